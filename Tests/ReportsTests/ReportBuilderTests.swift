import Analytics
import Graph
import Reports
import Tables
import XCTest

/// The report built in-process: its sections, and the tables it shares with the commands.
final class ReportBuilderTests: XCTestCase {
    let dataset = SmallNetwork.dataset

    private func table(_ report: Report, _ name: String) -> ResultTable? {
        for section in report.sections {
            for case .table(let block) in section.blocks where block.name == name { return block.table }
        }
        return nil
    }

    /// With places, a geography section before the agreements: the map and the tables of
    /// `GeographyTables` with the report's seed; without any (the small network), none.
    func testGeographySectionWhenActorsHavePlaces() throws {
        var placed = dataset
        for (i, (lat, lon)) in [(53.9, 27.57), (52.43, 30.98), (45.75, 126.65), (29.56, 106.55)].enumerated() {
            placed.nodes[i].attributes["lat"] = .double(lat)
            placed.nodes[i].attributes["lon"] = .double(lon)
        }
        let report = try ReportBuilder(dataset: placed, name: "Placed", seed: 3).build()
        XCTAssertEqual(report.sections.map(\.id).suffix(3), ["homophily", "geography", "agreements"])
        let section = try XCTUnwrap(report.sections.first { $0.id == "geography" })
        let figures = section.blocks.compactMap { block -> Report.Figure? in
            if case .figure(let figure) = block { return figure }
            return nil
        }
        XCTAssertEqual(figures.map(\.name), ["map"])
        let expected = try GeographyTables(placed, permutations: GeographyTables.defaultPermutations, seed: 3)
        XCTAssertEqual(table(report, "distances-by-kind")?.rows, expected.summaryTable(by: .kind).rows)
        XCTAssertEqual(table(report, "distance-test")?.rows, expected.testTable?.rows)
        XCTAssertEqual(table(report, "distances")?.rows.first?.first, .integer(5))
        XCTAssertNil(try ReportBuilder(dataset: dataset, name: "Small").build().sections.first { $0.id == "geography" })
    }

    func testSectionsAndSharedTables() throws {
        var stages: [String] = []
        let builder = ReportBuilder(dataset: dataset, name: "Small", seed: 1, groups: .country, progress: { stages.append($0) })
        let report = try builder.build()
        XCTAssertEqual(report.sections.map(\.id), ["network", "summary", "actors", "communities", "rollup", "timeline", "brokerage", "homophily", "agreements"])
        XCTAssertEqual(stages.first, "computing the timeline", "first, so that a --timeline-start it cannot take fails early")

        let found = CommunitySearch(algorithm: .louvain, seed: 1).communities(of: dataset)
        XCTAssertEqual(table(report, "communities")?.rows, CommunityTable.groups(dataset, found).rows, "the communities `twinning communities --seed 1` finds")
        XCTAssertEqual(table(report, "brokerage")?.rows, BrokerageTable.table(dataset, groupsBy: .country, weighted: true).rows)
        XCTAssertEqual(table(report, "timeline")?.rows, TimelineTable.printed(dataset, topActors: 3, format: .csv).rows)
        XCTAssertEqual(table(report, "ei-by-country")?.rows, HomophilyTables(dataset, groupsBy: .country, weighted: false).groupTable.rows)

        let actors = try XCTUnwrap(table(report, "actors"))
        let centrality = CentralityTable.table(dataset, measures: CentralityMeasure.standard + [.strength], weight: nil).table
        XCTAssertEqual(actors.columns, ["id", "label", "type", "country", "community", "agreements"] + centrality.columns.dropFirst(2))
        let community = SmallNetwork.column("community", of: actors)
        for (v, node) in dataset.nodes.enumerated() {
            XCTAssertEqual(community[node.id], .integer(found.membership[v]), node.id)
            let row = try XCTUnwrap(actors.rows.first { ResultTable.plain($0[0]) == node.id })
            XCTAssertEqual(Array(row.dropFirst(6)), Array(centrality.rows[v].dropFirst(2)), node.id)
        }
        XCTAssertEqual(SmallNetwork.column("agreements", of: actors), ["a": .integer(3), "b": .integer(3), "c": .integer(3), "d": .integer(1)])
    }

    func testSummaryAndAgreements() throws {
        let report = try ReportBuilder(dataset: dataset, name: "Small").build()
        XCTAssertEqual(report.title, "Small")
        XCTAssertEqual(report.subtitle, "4 actors and 5 agreements from 2001 to 2010; 0 sources.")
        XCTAssertEqual(report.summary.first?.value, "4")
        let agreements = try XCTUnwrap(table(report, "agreements"))
        XCTAssertEqual(agreements.columns, ["id", "from", "to", "kind", "date", "status", "quote", "source", "url"])
        XCTAssertEqual(agreements.rows[2].prefix(3), [.string("e3"), .string("Alpha"), .string("Gamma")])
        XCTAssertEqual(table(report, "statistics")?.rows.first, [.string("nodes"), .integer(4)])
    }
}
