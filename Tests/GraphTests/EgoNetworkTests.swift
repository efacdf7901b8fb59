import Graph
import XCTest

final class EgoNetworkTests: XCTestCase {
    /// a – b – c – d, plus b – e and an agreement to a node that does not exist.
    let path = Dataset(
        nodes: ["a", "b", "c", "d", "e"].map { Node(id: $0) },
        agreements: [Agreement(id: "1", from: "a", to: "b"), Agreement(id: "2", from: "b", to: "c"),
                     Agreement(id: "3", from: "c", to: "d", directed: true), Agreement(id: "4", from: "e", to: "b", directed: true),
                     Agreement(id: "5", from: "c", to: "ghost")])

    func testRadiusCountsHopsBothWays() throws {
        XCTAssertEqual(try path.egoNetwork(of: "a", radius: 0).nodes.map(\.id), ["a"])
        let one = try path.egoNetwork(of: "b", radius: 1)
        XCTAssertEqual(one.nodes.map(\.id), ["a", "b", "c", "e"])
        XCTAssertEqual(one.agreements.map(\.id), ["1", "2", "4"])
        XCTAssertEqual(try path.egoNetwork(of: "d", radius: 2).nodes.map(\.id), ["b", "c", "d"])
        XCTAssertEqual(try path.egoNetwork(of: "a", radius: 10).nodes.count, 5)
    }

    func testUnknownNodeIsAnError() {
        XCTAssertThrowsError(try path.egoNetwork(of: "zz", radius: 1)) { error in
            XCTAssertEqual(error as? EgoNetworkError, .unknownNode("zz"))
            XCTAssertEqual("\(error)", "no node has the id 'zz'")
        }
        XCTAssertThrowsError(try path.egoNetwork(of: "a", radius: -1))
    }
}
