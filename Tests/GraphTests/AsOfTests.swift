import XCTest
@testable import Graph

final class AsOfTests: XCTestCase {
    let dataset = Dataset(
        nodes: [Node(id: "a"), Node(id: "b"), Node(id: "c")],
        agreements: [
            Agreement(id: "old", from: "a", to: "b", date: PartialDate("2001")),
            Agreement(id: "month", from: "a", to: "c", date: PartialDate("2005-12-31")),
            Agreement(id: "undated", from: "b", to: "c"),
            Agreement(id: "ended", from: "b", to: "c", date: PartialDate("2002"), attributes: ["end_date": .string("2004-06")]),
            Agreement(id: "ended-int", from: "a", to: "c", date: PartialDate("2002"), attributes: ["ended": .integer(2003)]),
            Agreement(id: "status-only", from: "a", to: "b", date: PartialDate("2002"), status: .ended),
        ])

    private func ids(_ year: Int) -> [String] { dataset.asOf(year: year).agreements.map(\.id) }

    func testDatedInOrBeforeTheYearAndNotEndedBeforeIt() {
        XCTAssertEqual(ids(2000), [])
        XCTAssertEqual(ids(2001), ["old"])
        XCTAssertEqual(ids(2003), ["old", "ended", "ended-int", "status-only"])
        XCTAssertEqual(ids(2004), ["old", "ended", "status-only"])  // ended during 2004: kept
        XCTAssertEqual(ids(2005), ["old", "month", "status-only"])
    }

    func testKeepsEveryNodeAndRecordsTheYear() {
        let asOf = dataset.asOf(year: 2001)
        XCTAssertEqual(asOf.nodes, dataset.nodes)
        XCTAssertEqual(asOf.metadata["as_of"], .integer(2001))
    }
}
