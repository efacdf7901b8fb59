import Graph
import Tables
import TestSupport
import XCTest
@testable import Reports

/// The report's "What changed Y1–Y2" section: the tables of `twinning diff --as-of Y1
/// --versus Y2` on the report's dataset.
final class ChangesSectionTests: XCTestCase {
    func testTheSectionHoldsTheDiffOfTheTwoYears() throws {
        let dataset = try NativeFolder.read(folder: Repository.path("graphs/belarus-asia"))
        let builder = ReportBuilder(dataset: dataset, name: "test", seed: 2)
        let section = builder.changesSection(from: 2015, to: 2024)
        XCTAssertEqual(section.id, "changes")
        XCTAssertEqual(section.title, "What changed 2015–2024")
        var tables: [String: ResultTable] = [:]
        for case .table(let block) in section.blocks { tables[block.name] = block.table }
        let added = dataset.agreements.filter { !$0.isInNetwork(asOf: 2015) && $0.isInNetwork(asOf: 2024) }.map(\.id)
        XCTAssertEqual(tables["changes-agreements-added"]?.rows.map { ResultTable.plain($0[0]) }, added)
        XCTAssertNil(tables["changes-agreements-removed"], "nothing in force in 2015 ended by 2024: no empty table")
        for (name, rising) in [("changes-risers", true), ("changes-fallers", false)] {
            let table = try XCTUnwrap(tables[name], name)
            XCTAssertEqual(table.rows.count, ReportBuilder.changeMoversShown, name)
            // Each row rose (fell) on at least one measure, by rank.
            let changes = table.columns.indices.filter { table.columns[$0].hasSuffix("_rank_change") }
            XCTAssertEqual(changes.count, 3)
            for row in table.rows {
                let values = changes.compactMap { Int(ResultTable.plain(row[$0])) }
                XCTAssertTrue(values.contains { rising ? $0 > 0 : $0 < 0 }, "\(name): \(row)")
            }
        }
        XCTAssertEqual(tables["changes-summary"]?.rows[1].map(ResultTable.plain), ["agreements", "90", "723", "633", "0", "0", "90"])
        XCTAssertNotNil(tables["changes-communities"])

        let same = builder.changesSection(from: 2024, to: 2024)
        guard case .paragraph(let text) = same.blocks[0] else { return XCTFail("a paragraph first") }
        XCTAssertTrue(text.contains("No actor or agreement differs."), text)
    }
}
