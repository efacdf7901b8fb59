import Foundation
import XCTest

/// The report: its figures are the commands' figures, its HTML opens in a browser without
/// errors and holds the diagram, the tables and the charts, and Markdown gets its files.
final class ReportTests: XCTestCase {
    var work: URL!
    let dataset = "graphs/belarus-asia"

    override func setUpWithError() throws { work = try Twinning.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    private func json(_ arguments: [String]) throws -> Any {
        let result = try Twinning.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// The rows of a report table, by section id and table name.
    private func table(_ report: [String: Any], _ section: String, _ name: String) throws -> [[String: Any]] {
        let sections = try XCTUnwrap(report["sections"] as? [[String: Any]])
        let tables = try XCTUnwrap(sections.first { $0["id"] as? String == section }?["tables"] as? [String: Any])
        return try XCTUnwrap(tables[name] as? [[String: Any]], "\(section)/\(name)")
    }

    private func byID(_ rows: [[String: Any]]) -> [String: [String: Any]] {
        Dictionary(rows.map { ($0["id"] as! String, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func testReportFiguresAreTheCommandsFigures() throws {
        let path = work.appendingPathComponent("report.json").path
        XCTAssertEqual(try Twinning.run(["report", dataset, "-o", path, "--quiet"]).status, 0)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])

        let centrality = byID(try json(["centrality", dataset, "--format", "json", "--measures", "strength", "--quiet"]) as! [[String: Any]])
        let actors = byID(try table(report, "actors", "actors"))
        XCTAssertEqual(actors.count, centrality.count)
        for (id, row) in centrality {
            for measure in ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "strength"] {
                XCTAssertEqual("\(actors[id]?[measure] ?? "missing")", "\(row[measure] ?? "missing")", "\(id) \(measure)")
            }
        }

        let stats = try json(["stats", dataset, "--format", "json"]) as! [String: Any]
        let figures = Dictionary(try table(report, "summary", "statistics").map { ($0["figure"] as! String, "\($0["value"] ?? "null")") },
                                 uniquingKeysWith: { a, _ in a })
        for key in ["nodes", "edges", "density", "components", "largest_component", "transitivity", "average_clustering", "degree_assortativity"] {
            XCTAssertEqual(figures[key], "\(stats[key] ?? "null")", key)
        }

        let timeline = try json(["timeline", dataset, "--format", "json", "--quiet"]) as! [[String: Any]]
        let reported = try table(report, "timeline", "timeline")
        XCTAssertEqual(reported.map { "\($0["year"]!) \($0["agreements"]!) \($0["density"]!) \($0["largest_component"]!)" },
                       timeline.map { "\($0["year"]!) \($0["agreements"]!) \($0["density"]!) \($0["largest_component"]!)" })

        let brokerage = byID(try json(["brokerage", dataset, "--groups", "country", "--format", "json"]) as! [[String: Any]])
        for (id, row) in byID(try table(report, "brokerage", "brokerage")) {
            XCTAssertEqual("\(row["constraint"]!) \(row["total"]!) \(row["liaison"]!)",
                           "\(brokerage[id]!["constraint"]!) \(brokerage[id]!["total"]!) \(brokerage[id]!["liaison"]!)", id)
        }

        let communities = try json(["communities", dataset, "--seed", "1", "--format", "json"]) as! [String: Any]
        let members = try table(report, "communities", "communities")
        XCTAssertEqual(members.map { $0["size"] as! Int }.sorted(), (communities["sizes"] as! [Int]).sorted())

        XCTAssertEqual(try table(report, "agreements", "agreements").count, (stats["agreements"] as! Int))
    }

    func testHTMLReportOpensInChromiumWithoutErrors() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("chromium is not installed (scripts/setup.sh installs it)")
        }
        let path = work.appendingPathComponent("report.html").path
        XCTAssertEqual(try Twinning.run(["report", dataset, "-o", path, "--quiet"]).status, 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertFalse(html.contains("http://") && html.contains("<script src"), "the page must need no network")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--log-level=0",
                             "--user-data-dir=" + work.appendingPathComponent("profile").path, "--dump-dom", "file://" + path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = Captured()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        group.wait()
        process.waitUntilExit()
        let log = String(decoding: errData.data, as: UTF8.self)
        let consoleLines = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        XCTAssertEqual(consoleLines, [], "console messages")
        XCTAssertTrue(dom.contains("data-tables-ready=\"yes\""), "the table script did not run")
        XCTAssertTrue(dom.contains("data-diagram-ready=\"yes\""), "the diagram script did not run")
        let nodes = try String(contentsOf: Twinning.repositoryRoot.appendingPathComponent(dataset + "/nodes.csv"), encoding: .utf8)
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
}

/// Standard error read on another thread.
private final class Captured: @unchecked Sendable {
    var data = Data()
}
