import Analytics
import Graph
import Tables
import XCTest
@testable import Reports

/// `GeographyTables`: the columns of each table, the long CSV table, what was left out said
/// in words, the test's rows, and the refusals when nothing can be measured.
final class GeographyTablesTests: XCTestCase {
    static func city(_ id: String, _ country: String, _ lat: Double, _ lon: Double) -> Node {
        Node(id: id, type: .city, country: country, attributes: ["lat": .double(lat), "lon": .double(lon)])
    }

    let dataset = Dataset(
        nodes: [city("minsk", "Belarus", 53.9, 27.5667), city("harbin", "China", 45.75, 126.65),
                city("gomel", "Belarus", 52.4345, 30.9754), Node(id: "plant", type: .firm, within: "gomel"),
                Node(id: "mogilev", type: .city, country: "Belarus")],
        agreements: [
            Agreement(id: "a", from: "minsk", to: "harbin", kind: .twinning, date: PartialDate("1992")),
            Agreement(id: "b", from: "plant", to: "harbin", kind: .investment, date: PartialDate("2015")),
            Agreement(id: "c", from: "mogilev", to: "harbin", kind: .twinning),
        ])

    func testTables() throws {
        let tables = try GeographyTables(dataset, permutations: 50, seed: 1)
        XCTAssertEqual(tables.agreementTable.columns, ["id", "from", "to", "kind", "date", "km"])
        XCTAssertEqual(tables.agreementTable.rows.map { ResultTable.plain($0[0]) }, ["a", "b"])
        XCTAssertEqual(tables.overallTable.rows.first?.first, .integer(2))
        XCTAssertEqual(tables.summaryTable(by: .countryPair).rows.map { ResultTable.plain($0[0]) }, ["Belarus – China"])
        let long = tables.longSummaryTable([.kind, .decade])
        XCTAssertEqual(long.columns.prefix(3), ["grouping", "group", "count"])
        XCTAssertEqual(long.rows.map { ResultTable.plain($0[0]) + "/" + ResultTable.plain($0[1]) },
                       ["all/all", "kind/investment", "kind/twinning", "decade/1990s", "decade/2010s"])
        let test = try XCTUnwrap(tables.testTable)
        XCTAssertEqual(test.columns, GeographyTables.testColumns)
        XCTAssertEqual(test.rows.map { ResultTable.plain($0[0]) }, ["mean", "median"])
        XCTAssertEqual(test.rows[0].last, .integer(50))
    }

    func testWhatWasLeftOutIsSaid() throws {
        let tables = try GeographyTables(dataset, permutations: nil)
        XCTAssertNil(tables.testTable)
        XCTAssertEqual(tables.leftOut, [
            "2 of 3 agreements measured",
            "1 agreement left out: an end without a place (1 actor at an agreement's end with no lat/lon of its own or on its within chain)",
            "3 actors at the measured agreements' ends, 1 of them placed through within (the place of a node they are within)",
        ])
        let text = tables.text(groupings: [.kind], agreements: true)
        for line in tables.leftOut { XCTAssertTrue(text.contains(line)) }
        XCTAssertFalse(text.contains("permutations"))
        let json = tables.json(groupings: [], agreements: false)
        XCTAssertEqual(json["measured"], .integer(2))
        XCTAssertEqual(json["placed_through_within"], .integer(1))
        XCTAssertNil(json["test"])
    }

    func testNothingToMeasureIsRefused() {
        let bare = Dataset(nodes: [Node(id: "a"), Node(id: "b")], agreements: [Agreement(id: "e", from: "a", to: "b")])
        XCTAssertThrowsError(try GeographyTables(bare, permutations: nil)) { XCTAssertTrue("\($0)".contains("no actor of the input has a place"), "\($0)") }
        var onePlaced = bare
        onePlaced.nodes[0].location = GeoPoint(latitude: 1, longitude: 2)
        XCTAssertThrowsError(try GeographyTables(onePlaced, permutations: nil)) { XCTAssertTrue("\($0)".contains("no agreement joins two actors with a place (1 of 2"), "\($0)") }
    }
}
