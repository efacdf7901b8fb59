import Foundation
import Graph
import Tables
import TestSupport
import XCTest
@testable import Reports

/// `DiffTables`: the long table holds exactly one row per planted change (a row per field),
/// the CSV and JSON parse, the text says when nothing changed and cuts lists to --top.
final class DiffTablesTests: XCTestCase {
    static let old = Dataset(nodes: [Node(id: "a", label: "A"), Node(id: "b", label: "B"), Node(id: "c", label: "C"),
                                     Node(id: "gone", label: "Gone")], agreements: [
        Agreement(id: "1", from: "a", to: "b", kind: .twinning, date: PartialDate("2001")),
        Agreement(id: "2", from: "b", to: "c", kind: .memorandum, date: PartialDate("2002")),
        Agreement(id: "3", from: "c", to: "gone", kind: .twinning, date: PartialDate("2003")),
    ])
    static let new = Dataset(nodes: [Node(id: "a", label: "A"), Node(id: "b", label: "Bee", country: "Belarus"), Node(id: "c", label: "C"),
                                     Node(id: "new", label: "New")], agreements: [
        Agreement(id: "1", from: "b", to: "a", kind: .twinning, date: PartialDate("2001")),
        Agreement(id: "e1", from: "b", to: "c", kind: .cooperation, date: PartialDate("2002-05")),
        Agreement(id: "4", from: "c", to: "new", kind: .friendship, date: PartialDate("2020")),
    ])

    func testTheLongTableHoldsExactlyThePlantedChanges() {
        let tables = DiffTables(old: Self.old, new: Self.new, oldName: "old", newName: "new", measures: false)
        XCTAssertEqual(tables.changeTable.columns, DiffTables.changeColumns)
        let rows = tables.changeTable.rows.map { $0.map(ResultTable.plain) }
        XCTAssertEqual(rows, [
            ["removed", "actor", "gone", "", "", "", "", "", ""],
            ["added", "actor", "new", "", "", "", "", "", ""],
            ["changed", "actor", "b", "", "", "", "label", "B", "Bee"],
            ["changed", "actor", "b", "", "", "", "country", "", "Belarus"],
            ["removed", "agreement", "3", "", "c", "gone", "", "", ""],
            ["added", "agreement", "4", "", "c", "new", "", "", ""],
            ["changed", "agreement", "2", "e1", "b", "c", "kind", "memorandum", "cooperation"],
            ["changed", "agreement", "2", "e1", "b", "c", "date", "2002", "2002-05"],
        ])
        XCTAssertEqual(CSVTable(tables.changeTable.csv).rows.count, 8)
        XCTAssertEqual(tables.diff.pairedBy[.id], 1)
        XCTAssertEqual(tables.diff.pairedBy[.pair], 1)
    }

    func testJSONParsesAndHoldsEveryList() throws {
        // The same shape on both sides (a path of four) would move no measure: a–c moves them.
        var new = Self.new
        new.agreements.append(Agreement(id: "5", from: "a", to: "c"))
        let tables = DiffTables(old: Self.old, new: new, oldName: "old", newName: "new", measures: true, seed: 3)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(tables.json.serialized(indent: 2).utf8)) as? [String: Any])
        XCTAssertEqual(object["empty"] as? Bool, false)
        let agreements = try XCTUnwrap(object["agreements"] as? [String: Any])
        XCTAssertEqual((agreements["added"] as? [[String: Any]])?.map { $0["id"] as? String }, ["4", "5"])
        XCTAssertEqual((agreements["changed"] as? [[String: Any]])?.count, 2)
        let measures = try XCTUnwrap(object["measures"] as? [String: Any])
        XCTAssertEqual(measures["actors_in_both"] as? Int, 3)
        let movers = try XCTUnwrap(measures["movers"] as? [[String: Any]])
        XCTAssertEqual(Set(try XCTUnwrap(movers.first).keys), Set(DiffTables.moverColumns))
        XCTAssertEqual(movers.first?["degree_new"] as? Int, 2, "a gains c as a partner")
        XCTAssertNotNil(object["communities"] as? [String: Any])
    }

    func testNothingChangedIsSaid() throws {
        let tables = DiffTables(old: Self.new, new: Self.new, oldName: "x", newName: "y", measures: true)
        XCTAssertTrue(tables.text(top: 10).contains("no differences"))
        XCTAssertTrue(tables.changeTable.rows.isEmpty)
        XCTAssertEqual(tables.changeTable.csv, DiffTables.changeColumns.joined(separator: ",") + "\n")
        XCTAssertTrue(tables.text(top: 10).contains("0 of the 4 actors in both moved"))
    }

    func testTextCutsListsAndSaysHowManyMore() {
        let many = Dataset(nodes: (0..<10).map { Node(id: "n\($0)") })
        let tables = DiffTables(old: Dataset(), new: many, oldName: "none", newName: "ten", measures: false)
        let text = tables.text(top: 4)
        XCTAssertTrue(text.contains("actors added (10)"), text)
        XCTAssertTrue(text.contains("… 6 more rows"), text)
        XCTAssertFalse(text.contains("n4"), text)
        XCTAssertTrue(text.contains("measures and communities not compared (--no-measures)"), text)
    }
}
