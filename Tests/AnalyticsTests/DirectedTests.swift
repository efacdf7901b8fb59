import XCTest
@testable import Analytics

/// Directed-graph conventions against networkx's DiGraph answers.
final class DirectedTests: XCTestCase {
    func testClustering() {
        for f in Fixture.directed {
            assertMatches(Clustering.local(on: f.graph), f, "clustering")
            assertMatches(Clustering.local(on: f.graph, weighted: true), f, "clustering_weighted")
            assertNumber(Clustering.average(on: f.graph), f, "average_clustering")
            assertMatches(SquareClustering.compute(on: f.graph), f, "square_clustering")
        }
    }

    func testPathMeasures() {
        for f in Fixture.directed {
            assertMatches(Closeness.compute(on: f.graph, weighted: true, wfImproved: false), f, "closeness_weighted_plain")
            assertMatches(Harmonic.compute(on: f.graph, weighted: true), f, "harmonic_weighted")
            let d = Distances(of: f.graph)
            if f.isError("eccentricity") { XCTAssertNil(d.eccentricity, f.name) } else {
                assertMatches(d.eccentricity ?? [], f, "eccentricity")
            }
            assertNumber(d.diameter, f, "diameter")
            assertNumber(d.averageShortestPathLength, f, "average_shortest_path_length")
        }
    }

    func testPageRankDanglingAndModularity() {
        for f in Fixture.directed {
            let dangling = (0..<f.graph.nodeCount).map { Double(1 + $0 % 2) }
            assertMatchesOrThrows(try PageRank.compute(on: f.graph, dangling: dangling), f, "pagerank_dangling")
            let groups = (f.measures["group"] as? [String]) ?? []
            assertNumber(Modularity.of(attributeValues: groups, on: f.graph), f, "modularity_groups")
        }
    }
}
