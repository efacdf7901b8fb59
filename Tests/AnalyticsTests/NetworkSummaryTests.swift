import Graph
import XCTest
@testable import Analytics

final class NetworkSummaryTests: XCTestCase {
    /// Figures checked by hand and against networkx on nx.Graph of the same multigraph:
    /// 6 nodes, pairs {a,b} (3 agreements), {b,c}, {c,c} (self-loop), {d,e}; f isolated.
    func testCountsAndShapeOfTheSimpleProjection() {
        let dataset = Dataset(
            nodes: ["a", "b", "c", "d", "e", "f"].map { Node(id: $0, type: $0 < "d" ? .city : .region, country: $0 < "c" ? "Belarus" : "China") },
            agreements: [
                Agreement(id: "1", from: "a", to: "b", kind: .twinning, date: PartialDate("2009")),
                Agreement(id: "2", from: "b", to: "a", kind: .roadmap, date: PartialDate("2017-03")),
                Agreement(id: "3", from: "a", to: "b", kind: .roadmap, directed: true),
                Agreement(id: "4", from: "b", to: "c", kind: .memorandum, date: PartialDate("2001-05-02")),
                Agreement(id: "5", from: "c", to: "c"),
                Agreement(id: "6", from: "d", to: "e", date: PartialDate("2017")),
            ])
        let s = NetworkSummary(dataset)
        XCTAssertEqual(s.nodes, 6)
        XCTAssertEqual(s.agreements, 6)
        XCTAssertEqual(s.edges, 4)          // nx.Graph(G).number_of_edges()
        XCTAssertEqual(s.selfLoops, 1)
        XCTAssertEqual(s.directedAgreements, 1)
        XCTAssertEqual(s.density!, 4.0 / 15.0, accuracy: 1e-15)   // nx.density
        XCTAssertEqual(s.components, 3)
        XCTAssertEqual(s.largestComponent, 3)
        XCTAssertEqual(s.isolates, 1)       // a self-loop keeps c from being an isolate
        XCTAssertEqual(s.agreementsByKind.map(\.0), [NetworkSummary.unspecified, "roadmap", "memorandum", "twinning"])
        XCTAssertEqual(s.agreementsByYear.map(\.0), [2001, 2009, 2017])
        XCTAssertEqual(s.agreementsByYear.map(\.1), [1, 1, 2])
        XCTAssertEqual(s.undatedAgreements, 2)
        XCTAssertEqual(s.firstDate, PartialDate("2001-05-02"))
        XCTAssertEqual(s.lastDate, PartialDate("2017-03"))
        XCTAssertEqual(s.nodesByCountry.map(\.1), [4, 2])
    }

    func testEmptyAndSingleNodeGraphs() {
        let empty = NetworkSummary(Dataset())
        XCTAssertNil(empty.density)
        XCTAssertEqual(empty.components, 0)
        XCTAssertEqual(empty.largestComponent, 0)
        let single = NetworkSummary(Dataset(nodes: [Node(id: "x")]))
        XCTAssertNil(single.density)
        XCTAssertEqual(single.components, 1)
        XCTAssertEqual(single.isolates, 1)
    }

    func testCompactGraphMergesParallelEdgesAndKeepsSelfLoopsOnce() {
        let graph = CompactGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (2, 2), (1, 2)], weights: [1, 2, 5, 1])
        XCTAssertEqual(Array(graph.neighbours(of: 0)), [1])
        XCTAssertEqual(Array(graph.neighbours(of: 1)), [0, 2])
        XCTAssertEqual(Array(graph.neighbours(of: 2)), [1, 2])
        XCTAssertEqual(graph.weights[graph.offsets[0]], 3)
        XCTAssertEqual(graph.edgeCount, 3)
    }
}
