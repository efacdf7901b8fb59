import XCTest
import Graph
@testable import Analytics

/// The dataset → graph projection: several agreements between one pair and self-loops give
/// networkx's MultiGraph answers (weight = number of agreements).
final class ProjectionTests: XCTestCase {
    func testMultigraphMatchesNetworkx() throws {
        let f = try Fixture.named("multigraph")
        var dataset = Dataset()
        dataset.nodes = (0..<f.graph.nodeCount).map { Node(id: "n\($0)") }
        dataset.agreements = f.edgeList.enumerated().map { i, e in Agreement(id: "a\(i)", from: "n\(e.0)", to: "n\(e.1)") }
        let network = IndexedNetwork(dataset)
        let g = network.graph
        XCTAssertEqual(network.nodeIDs, dataset.nodes.map(\.id))
        assertMatches(Degree.strengths(of: g), f, "degree")
        assertMatches(try PageRank.compute(on: g), f, "pagerank")
        assertMatches(Betweenness.compute(on: g), f, "betweenness")
        assertMatches(Closeness.compute(on: g), f, "closeness")
        let groups = (f.measures["group"] as? [String]) ?? []
        assertNumber(Modularity.of(attributeValues: groups, on: g), f, "modularity_groups")
        XCTAssertGreaterThanOrEqual(Louvain.communities(on: g).modularity!, f.number("louvain_modularity_best")! - 1e-12)
        // Weighted: lengths take the lightest parallel agreement, strengths the sum.
        let weights = try XCTUnwrap(f.vector("weights"))
        for i in dataset.agreements.indices { dataset.agreements[i].weight = weights[i] }
        let lengths = IndexedNetwork(dataset, weighting: .attribute("weight"), parallelEdges: .minimum).graph
        assertMatches(Closeness.compute(on: lengths, weighted: true), f, "closeness_weighted")
        assertMatches(Betweenness.compute(on: lengths, weighted: true), f, "betweenness_weighted")
        let strengths = IndexedNetwork(dataset, weighting: .attribute("weight"), parallelEdges: .sum).graph
        assertMatches(Degree.strengths(of: strengths), f, "strength_weighted")
        dataset.nodes[3].country = "X"
        XCTAssertEqual(network.nodeValues(of: "country", in: dataset)[3], "X")
        XCTAssertNil(network.nodeValues(of: "country", in: dataset)[0])
    }
}
