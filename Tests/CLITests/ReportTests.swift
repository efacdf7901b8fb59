import Foundation
import TestSupport
import XCTest

/// The report: its figures are what the commands print (read back from their CSV output and
/// checked against counts taken from the dataset's own files), its HTML needs no network and
/// opens in a browser without errors, holding the diagram, the tables and the charts, and
/// Markdown gets its files.
final class ReportTests: XCTestCase {
    var work: URL!
    let dataset = "graphs/belarus-asia"

    override func setUpWithError() throws { work = try scratchFolder("cli") }

    /// The report as JSON, read from the file `twinning report` writes.
    private func reportJSON() throws -> [String: Any] {
        let path = work.appendingPathComponent("report.json").path
        let result = try Twinning.run(["report", dataset, "-o", path, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// What a command prints with `--format csv`, read by the test's own CSV parser.
    private func csv(_ arguments: [String]) throws -> CSVTable {
        let result = try Twinning.run(arguments + ["--format", "csv"])
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        let table = CSVTable(result.stdout)
        XCTAssertFalse(table.rows.isEmpty, "\(arguments) printed no rows")
        return table
    }

    /// A file of the bundled dataset, read by the test's own CSV parser.
    private func datasetFile(_ name: String) throws -> [[String: String]] {
        try CSVTable(String(contentsOf: Repository.url(dataset + "/" + name), encoding: .utf8)).records
    }

    /// The rows of a report table, by section id and table name.
    private func table(_ report: [String: Any], _ section: String, _ name: String) throws -> [[String: Any]] {
        let sections = try XCTUnwrap(report["sections"] as? [[String: Any]])
        let tables = try XCTUnwrap(sections.first { $0["id"] as? String == section }?["tables"] as? [String: Any])
        let rows = try XCTUnwrap(tables[name] as? [[String: Any]], "\(section)/\(name)")
        XCTAssertFalse(rows.isEmpty, "\(section)/\(name) is empty")
        return rows
    }

    /// Rows keyed by the value of `column`; a repeated key fails the test.
    private func keyed<Row>(_ rows: [Row], _ key: (Row) -> String?, _ what: String) throws -> [String: Row] {
        try Dictionary(rows.map { (try XCTUnwrap(key($0), "\(what): a row without its key"), $0) },
                       uniquingKeysWith: { first, _ in XCTFail("\(what): a key is repeated"); return first })
    }

    /// Asserts that the report's JSON value and the command's CSV text are the same figure:
    /// numbers equal to 1e-14 relative, zero exactly (both files print the shortest round-trip
    /// form, but Foundation's JSONSerialization on Linux may round the last bit of a parsed
    /// double differently), anything else as text, an empty CSV cell matching JSON null. A
    /// missing value on either side fails.
    private func assertSameFigure(_ reported: Any?, _ printed: String?, _ what: String,
                                  file: StaticString = #filePath, line: UInt = #line) {
        guard let reported, let printed else {
            XCTFail("\(what): report has \(String(describing: reported)), command printed \(String(describing: printed))",
                    file: file, line: line)
            return
        }
        switch reported {
        case is NSNull:
            XCTAssertEqual(printed, "", what, file: file, line: line)
        case let number as NSNumber where !(reported is String):
            guard let value = Double(printed) else {
                XCTFail("\(what): printed \(printed), reported \(number)", file: file, line: line); return
            }
            XCTAssertEqual(value, number.doubleValue, accuracy: 1e-14 * abs(value), "\(what): printed \(printed)",
                           file: file, line: line)
        default:
            XCTAssertEqual("\(reported)", printed, what, file: file, line: line)
        }
    }

    /// The actors table holds, for every actor of nodes.csv, the figures `centrality` prints,
    /// and its degree and strength are those counted from agreements.csv.
    func testReportActorsAreTheCentralityCommandsFigures() throws {
        let actors = try keyed(try table(reportJSON(), "actors", "actors"), { $0["id"] as? String }, "report actors")
        let printed = try csv(["centrality", dataset, "--measures", "strength", "--quiet"])
        let centrality = try keyed(printed.records, { $0["id"] }, "centrality")
        let nodes = try datasetFile("nodes.csv").map { try XCTUnwrap($0["id"]) }
        XCTAssertEqual(Set(actors.keys), Set(nodes))
        XCTAssertEqual(Set(centrality.keys), Set(nodes))
        let measures = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "strength"]
        XCTAssertEqual(Array(printed.header.suffix(measures.count)), measures)
        for (id, row) in centrality {
            for measure in measures { assertSameFigure(actors[id]?[measure], row[measure], "\(id) \(measure)") }
        }
        var neighbours: [String: Set<String>] = [:], agreements: [String: Int] = [:]
        for agreement in try datasetFile("agreements.csv") {
            let from = try XCTUnwrap(agreement["from"]), to = try XCTUnwrap(agreement["to"])
            neighbours[from, default: []].insert(to)
            neighbours[to, default: []].insert(from)
            agreements[from, default: 0] += 1
            agreements[to, default: 0] += 1
        }
        for id in nodes {
            XCTAssertEqual(actors[id]?["degree"] as? Int, neighbours[id]?.count ?? 0, "\(id) degree")
            XCTAssertEqual(actors[id]?["strength"] as? Double, Double(agreements[id] ?? 0), "\(id) strength")
        }
    }

    /// The summary holds the figures `stats` prints, and its counts are those of the dataset's files.
    func testReportSummaryIsTheStatsCommandsFigures() throws {
        let report = try reportJSON()
        let statistics = try keyed(try table(report, "summary", "statistics"), { $0["figure"] as? String }, "statistics")
        let stats = try csv(["stats", dataset]).records
        let summary = try keyed(stats.filter { $0["section"] == "summary" }, { $0["key"] }, "stats")
        XCTAssertEqual(Set(statistics.keys), Set(summary.keys))
        for (key, row) in summary { assertSameFigure(statistics[key]?["value"], row["value"], key) }

        let nodes = try datasetFile("nodes.csv"), agreements = try datasetFile("agreements.csv")
        assertSameFigure(statistics["nodes"]?["value"], "\(nodes.count)", "nodes counted in nodes.csv")
        assertSameFigure(statistics["agreements"]?["value"], "\(agreements.count)", "agreements counted in agreements.csv")
        func counts(_ rows: [[String: String]], _ column: String) -> [String: Int] {
            rows.reduce(into: [:]) { $0[$1[column] ?? "", default: 0] += 1 }
        }
        let byKind = try table(report, "summary", "agreements-by-kind")
        XCTAssertEqual(try keyed(byKind, { $0["kind"] as? String }, "by kind").mapValues { $0["count"] as? Int },
                       counts(agreements, "kind"))
        let byType = try table(report, "summary", "actors-by-type")
        let reportedTypes = try keyed(byType, { $0["type"] as? String }, "by type").mapValues { $0["count"] as? Int }
        XCTAssertEqual(reportedTypes, counts(nodes, "type"))
        let printedTypes = stats.filter { $0["section"] == "nodes_by_type" }
        XCTAssertEqual(try keyed(printedTypes, { $0["key"] }, "nodes_by_type").mapValues { $0["value"].flatMap { Int($0) } },
                       reportedTypes)
        XCTAssertEqual(try table(report, "agreements", "agreements").map { $0["id"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") },
                       agreements.map { $0["id"] }.sorted { ($0 ?? "") < ($1 ?? "") })
    }

    /// The timeline, brokerage and community tables of the report are what those commands print.
    func testReportTimelineBrokerageAndCommunitiesAreTheCommandsFigures() throws {
        let report = try reportJSON()
        let timeline = try csv(["timeline", dataset, "--quiet"])
        let years = try keyed(try table(report, "timeline", "timeline"), { ($0["year"] as? Int).map(String.init) }, "report years")
        let printedYears = try keyed(timeline.records, { $0["year"] }, "timeline years")
        XCTAssertEqual(Set(years.keys), Set(printedYears.keys))
        XCTAssertGreaterThan(timeline.header.count, 5)
        for (year, row) in printedYears {
            for column in timeline.header { assertSameFigure(years[year]?[column], row[column], "\(year) \(column)") }
        }
        var dated: [String: Int] = [:]
        for agreement in try datasetFile("agreements.csv") where !(agreement["date"] ?? "").isEmpty {
            dated[String(agreement["date"]!.prefix(4)), default: 0] += 1
        }
        for (year, count) in dated { XCTAssertEqual(years[year]?["new_agreements"] as? Int, count, "agreements dated \(year)") }

        let brokerage = try csv(["brokerage", dataset, "--groups", "country"])
        let reported = try keyed(try table(report, "brokerage", "brokerage"), { $0["id"] as? String }, "report brokerage")
        let printed = try keyed(brokerage.records, { $0["id"] }, "brokerage")
        XCTAssertEqual(Set(reported.keys), Set(printed.keys))
        for (id, row) in printed {
            for column in brokerage.header { assertSameFigure(reported[id]?[column], row[column], "\(id) \(column)") }
        }

        // The same partition: communities as sets of actors, whatever their numbers.
        let communities = try csv(["communities", dataset, "--seed", "1"]).records
        func partition(_ pairs: [(String, String)]) -> Set<Set<String>> {
            Set(Dictionary(grouping: pairs, by: \.1).values.map { Set($0.map(\.0)) })
        }
        let printedPartition = partition(try communities.map { (try XCTUnwrap($0["id"]), try XCTUnwrap($0["community"])) })
        let actors = try table(report, "actors", "actors")
        let reportedPartition = partition(try actors.map {
            (try XCTUnwrap($0["id"] as? String), "\(try XCTUnwrap($0["community"] as? Int))")
        })
        XCTAssertGreaterThan(printedPartition.count, 1)
        XCTAssertEqual(reportedPartition, printedPartition)
        let labels = partition(try communities.map { (try XCTUnwrap($0["label"]), try XCTUnwrap($0["community"])) })
        let members = try table(report, "communities", "communities")
        XCTAssertEqual(Set(try members.map { Set(try XCTUnwrap($0["members"] as? String).components(separatedBy: "; ")) }), labels)
        XCTAssertEqual(members.map { $0["size"] as? Int }, members.map { ($0["members"] as? String)?.components(separatedBy: "; ").count })
    }

    /// The geography section holds the summaries and the permutation test `twinning geography
    /// --seed 1` prints (the report's seed), and the map.
    func testReportGeographyIsTheGeographyCommandsFigures() throws {
        let report = try reportJSON()
        let printed = try csv(["geography", dataset, "--quiet"]).records
        for (grouping, name, column) in [("all", "distances", nil), ("kind", "distances-by-kind", "kind"),
                                         ("country-pair", "distances-by-country-pair", "country_pair"), ("decade", "distances-by-decade", "decade")] {
            let rows = try table(report, "geography", name)
            let reported = try keyed(rows, { row in column.map { row[$0] as? String } ?? "all" }, name)
            let expected = try keyed(printed.filter { $0["grouping"] == grouping }, { $0["group"] }, grouping)
            XCTAssertEqual(Set(reported.keys), Set(expected.keys), name)
            for (group, row) in expected {
                for column in ["count", "min_km", "q1_km", "median_km", "q3_km", "max_km", "mean_km"] {
                    assertSameFigure(reported[group]?[column], row[column], "\(name) \(group) \(column)")
                }
            }
        }
        let run = try Twinning.run(["geography", dataset, "--seed", "1", "--format", "json", "--quiet"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let test = try XCTUnwrap(json["test"] as? [String: Any])
        let reported = try keyed(try table(report, "geography", "distance-test"), { $0["statistic"] as? String }, "distance-test")
        XCTAssertEqual(Set(reported.keys), ["mean", "median"])
        for statistic in ["mean", "median"] {
            let expected = try XCTUnwrap(test[statistic] as? [String: Any])
            XCTAssertEqual(Set(expected.keys), Set(reported[statistic]?.keys.map { $0 } ?? []))
            for (column, value) in expected where column != "statistic" {
                assertSameFigure(reported[statistic]?[column], "\(value)", "test \(statistic) \(column)")
            }
        }
        let sections = try XCTUnwrap(report["sections"] as? [[String: Any]])
        let geography = try XCTUnwrap(sections.first { $0["id"] as? String == "geography" })
        XCTAssertTrue("\(geography)".contains("Map of the twinning and friendship agreements"), "the map opens the section")
    }

    /// The page loads nothing from the network: no script, style sheet, image or font from a server.
    func testHTMLReportNeedsNoNetwork() throws {
        let path = work.appendingPathComponent("report.html").path
        XCTAssertEqual(try Twinning.run(["report", dataset, "-o", path, "--quiet"]).status, 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.contains("<a href=\"https://"), "the page links its sources (links are not fetched)")
        XCTAssertEqual(NetworkReferences.find(in: html), [], "the page must need no network")
    }

    /// The check above can fail: it finds every kind of external reference and passes plain links.
    func testNetworkCheckFindsExternalResources() {
        let page = """
        <html><head><script src="https://cdn.example.org/d3.js"></script>
        <link rel="stylesheet" href='http://example.org/a.css'><style>@import "//fonts.example.org/f.css";
        body { background: url(https://example.org/b.png) }</style></head>
        <body><img alt="x > y" src=//example.org/c.png><a href="https://example.org/source">source</a>
        <svg><image xlink:href="https://example.org/d.svg"/></svg><script src="local.js"></script></body></html>
        """
        XCTAssertEqual(NetworkReferences.find(in: page), [
            "script src=https://cdn.example.org/d3.js",
            "link href=http://example.org/a.css",
            "@import \"//fonts.example.org/f.css",
            "url(https://example.org/b.png",
            "img src=//example.org/c.png",
            "image xlink:href=https://example.org/d.svg",
        ])
        XCTAssertEqual(NetworkReferences.find(in: "<a href=\"https://example.org\">a</a><img src=\"data:image/png;base64,AA\">"), [])
    }

    func testHTMLReportOpensInChromiumWithoutErrors() throws {
        _ = try Chromium.executable()
        let path = work.appendingPathComponent("report.html").path
        XCTAssertEqual(try Twinning.run(["report", dataset, "-o", path, "--quiet"]).status, 0)
        let (dom, consoleLines) = try Chromium.dumpDOM(of: path, profile: work.appendingPathComponent("profile"))
        XCTAssertEqual(consoleLines, [], "console messages")
        XCTAssertTrue(dom.contains("data-tables-ready=\"yes\""), "the table script did not run")
        XCTAssertTrue(dom.contains("data-diagram-ready=\"yes\""), "the diagram script did not run")
        let nodes = try String(contentsOf: Repository.url(dataset + "/nodes.csv"), encoding: .utf8)
            .split(separator: "\n").count - 1
        XCTAssertEqual(dom.components(separatedBy: "class=\"node").count - 1 >= nodes, true, "one node group per actor")
        XCTAssertGreaterThanOrEqual(dom.components(separatedBy: "<table class=\"sortable\"").count - 1, 10)
        XCTAssertGreaterThanOrEqual(dom.components(separatedBy: "class=\"chart\"").count - 1, 3)
        for section in ["network", "actors", "communities", "rollup", "timeline", "brokerage", "homophily", "agreements"] {
            XCTAssertTrue(dom.contains("<section id=\"\(section)\""), section)
        }
    }

    func testMarkdownReportWritesItsFiguresAndTablesBesideIt() throws {
        let path = work.appendingPathComponent("report.md").path
        let result = try Twinning.run(["report", dataset, "-o", path, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        for file in ["network.svg", "network.png", "agreements-per-year.svg", "country-network.svg", "actors.csv", "agreements.csv"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("report_files/" + file).path), file)
            XCTAssertTrue(markdown.contains("report_files/" + file), file)
        }
        let png = try Data(contentsOf: work.appendingPathComponent("report_files/network.png"))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }

    /// `--timeline-start` moves the charts' first year; a year it cannot take is refused, before the long work.
    func testTimelineStartMovesTheChartsOrIsRefused() throws {
        let last = try datasetFile("agreements.csv").compactMap { Int($0["date", default: ""].prefix(4)) }.max()!
        let path = work.appendingPathComponent("report.json").path
        let after = try Twinning.run(["report", dataset, "-o", path, "--quiet", "--timeline-start", String(last + 1)])
        XCTAssertEqual(after.status, 1, after.stderr)
        XCTAssertTrue(after.stderr.contains("--timeline-start \(last + 1) is after the last dated agreement, of \(last)"), after.stderr)
        let notAYear = try Twinning.run(["report", dataset, "-o", path, "--timeline-start", "20100"])
        XCTAssertEqual(notAYear.status, 2, notAYear.stderr)
        XCTAssertTrue(notAYear.stderr.contains("--timeline-start must be a year from 1 to 9999"), notAYear.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))

        XCTAssertEqual(try Twinning.run(["report", dataset, "-o", path, "--quiet", "--timeline-start", "2010"]).status, 0)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let timeline = try XCTUnwrap((report["sections"] as? [[String: Any]])?.first { $0["id"] as? String == "timeline" })
        let text = (timeline["text"] as? [String] ?? []).joined()
        XCTAssertTrue(text.contains("The charts start in 2010, the year asked for (--timeline-start)"), text)
        let before = try datasetFile("agreements.csv").filter { Int($0["date", default: ""].prefix(4)).map { $0 < 2010 } ?? false }.count
        let captions = timeline["figures"] as? [String] ?? []
        XCTAssertTrue(captions.contains { $0.contains("\(before) agreements dated before 2010 are not drawn.") }, "\(captions)")
    }
}
