import XCTest
@testable import Graph

final class DatasetFilterTests: XCTestCase {
    let dataset = Dataset(
        nodes: [Node(id: "minsk", type: .city, country: "Belarus"), Node(id: "beijing", type: .region, country: "China"),
                Node(id: "bsu", type: .university, country: "Belarus")],
        agreements: [Agreement(id: "t", from: "minsk", to: "beijing", kind: .twinning, date: PartialDate("2015"), status: .signed),
                     Agreement(id: "u", from: "bsu", to: "beijing", kind: .universityAgreement, date: PartialDate("2017-06-01"), status: .planned),
                     Agreement(id: "n", from: "minsk", to: "bsu", kind: .cooperation)])

    private func ids(_ filter: DatasetFilter) -> [String] { filter.apply(to: dataset).agreements.map(\.id) }

    func testNodeFiltersKeepTheInducedSubgraph() {
        let filtered = DatasetFilter(types: [.city, .region]).apply(to: dataset)
        XCTAssertEqual(filtered.nodes.map(\.id), ["minsk", "beijing"])
        XCTAssertEqual(filtered.agreements.map(\.id), ["t"])
        XCTAssertEqual(ids(DatasetFilter(countries: ["belarus"])), ["n"])
    }

    func testAgreementFiltersKeepEveryNode() {
        let filtered = DatasetFilter(kinds: [.twinning]).apply(to: dataset)
        XCTAssertEqual(filtered.nodes.count, 3)
        XCTAssertEqual(filtered.agreements.map(\.id), ["t"])
        XCTAssertEqual(ids(DatasetFilter(statuses: [.planned])), ["u"])
    }

    func testPartialDatesPassWhenTheyMayFallInside() {
        XCTAssertEqual(ids(DatasetFilter(since: PartialDate("2015-06"))), ["t", "u"])
        XCTAssertEqual(ids(DatasetFilter(since: PartialDate("2016"))), ["u"])
        XCTAssertEqual(ids(DatasetFilter(until: PartialDate("2017-05"))), ["t"])
        XCTAssertEqual(ids(DatasetFilter(since: PartialDate("2017-06-01"), until: PartialDate("2017-06-01"))), ["u"])
    }
}
