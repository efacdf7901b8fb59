import Analytics
import Foundation
import Graph
import Tables
import TestSupport
import XCTest
@testable import Reports

/// The report's timeline charts: where the axis starts, when density is drawn, how kinds fold,
/// what the cumulative chart counts, and that no text leaves a chart.
final class TimelineChartsTests: XCTestCase {
    /// Agreement i joins two actors of its own ("a i", "b i"), so a year's active actors are
    /// twice the agreements dated in or before it: (kind, year) for each dated one, a kind for
    /// each undated one.
    static func dataset(_ dated: [(String, Int)], undated: [String] = []) -> Dataset {
        let agreements = dated.map { ($0.0, PartialDate(year: $0.1)) } + undated.map { ($0, PartialDate?.none) }
        let nodes = agreements.indices.flatMap { [Node(id: "a\($0)"), Node(id: "b\($0)")] }
        return Dataset(nodes: nodes, agreements: agreements.enumerated().map { i, a in
            Agreement(id: "e\(i)", from: "a\(i)", to: "b\(i)", kind: AgreementKind(rawValue: a.0), date: a.1)
        })
    }

    /// One twinning of 1955, then 20 agreements a year from 1992 to 2001.
    static let lateBloomer = dataset([("twinning", 1955)] + (1992...2001).flatMap { year in (0..<20).map { i in (i % 3 == 0 ? "friendship" : "cooperation", year) } })

    static func figures(_ section: Report.Section) -> [Report.Figure] {
        section.blocks.compactMap { if case .figure(let f) = $0 { return f } else { return nil } }
    }

    static func paragraph(_ section: Report.Section) -> String {
        section.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }.joined(separator: "\n")
    }

    func testTheAxisStartsAtTheRulesYearAndCountsWhatItLeavesOut() throws {
        let section = try ReportBuilder(dataset: Self.lateBloomer, name: "t").timelineSection()
        let figures = Self.figures(section)
        XCTAssertEqual(figures.map(\.name), ["agreements-per-year", "growth", "cumulative-twinning-friendship", "density"])
        let perYear = try XCTUnwrap(figures.first)
        XCTAssertTrue(perYear.caption.contains("1 agreement dated before 1992 is not drawn."), perYear.caption)
        XCTAssertTrue(Self.paragraph(section).contains("The charts start in 1992, the first year by which 1% of the 201 dated agreements are dated: 1 agreement dated before 1992 is not drawn in the per-year chart (the network as of each year and the cumulative counts include it)."),
                      Self.paragraph(section))
        let years = try SVGTextBounds(svg: perYear.svg).boxes.map(\.text).filter { $0.count == 4 && Int($0) != nil }
        XCTAssertEqual(years.first, "1992", "the first category label")
        XCTAssertFalse(perYear.svg.contains("1955"))
        XCTAssertTrue(figures[1].caption.contains("(agreements dated before 1992 included)"), figures[1].caption)
        // The timeline table keeps every year.
        let table = section.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first
        XCTAssertEqual(table?.table.rows.count, 2001 - 1955 + 1)
    }

    func testAFirstYearWithOnePercentStartsTheAxisAndEveryYearIsDrawn() throws {
        let data = Self.dataset([("twinning", 1955), ("twinning", 1955)] + (0..<198).map { ("cooperation", 1990 + $0 % 10) })
        let charts = try XCTUnwrap(TimelineCharts(Timeline(data)))
        XCTAssertEqual(charts.axis.year, 1955)
        XCTAssertEqual(charts.categories, (1955...1999).map(String.init), "no year missing, empty ones included")
        let section = try ReportBuilder(dataset: data, name: "t").timelineSection()
        XCTAssertFalse(Self.figures(section).contains { $0.caption.contains("not drawn") })
    }

    func testAnExplicitStartOverridesTheRule() throws {
        let section = try ReportBuilder(dataset: Self.lateBloomer, name: "t", timelineStart: 1995).timelineSection()
        XCTAssertTrue(Self.figures(section)[0].caption.contains("61 agreements dated before 1995 are not drawn."))
        XCTAssertTrue(Self.paragraph(section).contains("The charts start in 1995, the year asked for (--timeline-start)"))
        let early = try XCTUnwrap(TimelineCharts(Timeline(Self.lateBloomer), explicitStart: 1900))
        XCTAssertEqual(early.categories.first, "1955")
        XCTAssertThrowsError(try ReportBuilder(dataset: Self.lateBloomer, name: "t", timelineStart: 2002).build()) { error in
            XCTAssertEqual(error as? TimeAxisStartError, .afterLastYear(start: 2002, last: 2001))
        }
    }

    func testDensityOnlyForYearsWithEnoughActors() throws {
        // 2000: 4 actors, 2001: 8, 2002: 10, 2003: 20.
        let data = Self.dataset([2000, 2000, 2001, 2001, 2002, 2003, 2003, 2003, 2003, 2003].map { ("cooperation", $0) })
        let timeline = Timeline(data)
        let charts = try XCTUnwrap(TimelineCharts(timeline))
        XCTAssertEqual(timeline.years.map(\.activeActors), [4, 8, 10, 20])
        let density = try XCTUnwrap(charts.density?.first?.values)
        XCTAssertTrue(density[0].isNaN && density[1].isNaN, "under 10 active actors: no point")
        XCTAssertEqual(density[2], try XCTUnwrap(timeline.years[2].density))
        XCTAssertEqual(density[3], try XCTUnwrap(timeline.years[3].density))
        let figure = try XCTUnwrap(Self.figures(try ReportBuilder(dataset: data, name: "t").timelineSection()).first { $0.name == "density" })
        XCTAssertEqual(figure.svg.components(separatedBy: "<circle").count - 1, 2 + 1, "two points and the legend's marker")
        XCTAssertTrue(figure.caption.contains("the 2 years with at least 10 active actors"), figure.caption)
    }

    func testNoDensityChartWhenNoYearHasEnoughActors() throws {
        let section = try ReportBuilder(dataset: SmallNetwork.dataset, name: "t").timelineSection()
        XCTAssertFalse(Self.figures(section).contains { $0.name == "density" })
        XCTAssertTrue(Self.paragraph(section).contains("There is no density chart: no year has 10 active actors or more (at most 4)"),
                      Self.paragraph(section))
    }

    func testFourteenKindsFoldIntoSevenAndOtherKinds() throws {
        // Kind k (k = 0...13) has k + 1 agreements, dated 2000 + (j mod 3) for its j-th.
        var agreements: [(kind: String, year: Int)] = []
        for k in 0..<14 { for j in 0...k { agreements.append(("kind \(k)", 2000 + j % 3)) } }
        let charts = try XCTUnwrap(TimelineCharts(Timeline(Self.dataset(agreements.map { ($0.kind, $0.year) }))))
        XCTAssertEqual(charts.perKind.map(\.name), (7..<14).reversed().map { "kind \($0)" } + ["other kinds (7)"])
        XCTAssertEqual(charts.foldedKinds, 7)
        let expected = (2000...2002).map { year in Double(agreements.filter { a in Int(a.kind.dropFirst(5))! < 7 && a.year == year }.count) }
        XCTAssertEqual(charts.perKind.last?.values, expected)
        XCTAssertEqual(expected.reduce(0, +), Double((1...7).reduce(0, +)), "all of the 7 smallest kinds")
        let svg = try XCTUnwrap(Self.figures(try ReportBuilder(dataset: Self.dataset(agreements.map { ($0.kind, $0.year) }), name: "t").timelineSection()).first).svg
        let fills = try XMLTree(svg).root.all.filter { $0.name == "rect" && $0.title?.hasPrefix("200") == true }.compactMap { $0.attributes["fill"] }
        XCTAssertEqual(Set(fills).count, 8)
    }

    func testCumulativeCountsAreRunningCountsOfTheDataset() throws {
        let dataset = try DatasetIO.read(Repository.path("graphs/belarus-asia"))
        let charts = try XCTUnwrap(TimelineCharts(Timeline(dataset)))
        let cumulative = try XCTUnwrap(charts.cumulative)
        XCTAssertEqual(cumulative.map(\.name), ["twinning", "friendship", "twinning + friendship"])
        let ids = Set(dataset.nodes.map(\.id))
        for (line, kinds) in zip(cumulative, [["twinning"], ["friendship"], ["twinning", "friendship"]]) {
            let expected = charts.categories.map { category in
                Double(dataset.agreements.filter { a in
                    kinds.contains(a.kind?.rawValue ?? "") && ids.contains(a.from) && ids.contains(a.to) && (a.date.map { $0.year <= Int(category)! } ?? false)
                }.count)
            }
            XCTAssertEqual(line.values, expected, line.name)
        }
        XCTAssertGreaterThan(cumulative[0].values.last ?? 0, 0)
        // Only twinning dated: one line and its name in the title.
        let section = try ReportBuilder(dataset: Self.dataset([("twinning", 2000), ("twinning", 2002)]), name: "t").timelineSection()
        let figure = try XCTUnwrap(Self.figures(section).first { $0.name == "cumulative-twinning-friendship" })
        XCTAssertTrue(figure.svg.contains("Twinning agreements dated up to each year"))
        XCTAssertEqual(figure.svg.components(separatedBy: "<polyline").count - 1, 2, "the line and its legend sample")
    }

    func testNoDatedAgreementNoChart() throws {
        let undated = Self.dataset([], undated: ["twinning", "friendship"])
        let section = try ReportBuilder(dataset: undated, name: "t").timelineSection()
        XCTAssertTrue(Self.figures(section).isEmpty)
        XCTAssertTrue(Self.paragraph(section).contains("No agreement has a date, so there is no timeline chart."))
        XCTAssertThrowsError(try ReportBuilder(dataset: undated, name: "t", timelineStart: 2000).timelineSection())
    }

    func testEveryChartTextLiesInsideItsViewBox() throws {
        let longKinds = ["memorandum of understanding", String(repeating: "a very long kind name ", count: 6), "中华人民共和国对外贸易协定"]
        let longKindAgreements: [(String, Int)] = (0..<300).map { i in
            let suffix: String = i % 5 == 0 ? "" : " \(i % 11)"
            return (longKinds[i % 3] + suffix, 1990 + i % 30)
        }
        let cases: [(String, Dataset)] = [
            ("belarus-asia", try DatasetIO.read(Repository.path("graphs/belarus-asia"))),
            ("late bloomer", Self.lateBloomer),
            ("long kind names", Self.dataset(longKindAgreements)),
            ("one year", Self.dataset(Array(repeating: ("twinning", 2024), count: 12))),
            ("hostile", HostileReportTests.dataset),
        ]
        for (label, dataset) in cases {
            let figures = Self.figures(try ReportBuilder(dataset: dataset, name: label).timelineSection())
            XCTAssertFalse(figures.isEmpty, label)
            for figure in figures {
                let bounds = try SVGTextBounds(svg: figure.svg)
                XCTAssertGreaterThan(bounds.boxes.count, 3, "\(label) \(figure.name)")
                XCTAssertEqual(bounds.outside.map(\.description), [], "\(label) \(figure.name)")
            }
        }
    }
}
