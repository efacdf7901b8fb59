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

    func testWeightedPathsAndAssortativity() {
        for f in Fixture.directed {
            let d = Distances(of: f.graph, weighted: true)
            if f.isError("eccentricity_weighted") { XCTAssertNil(d.eccentricity, f.name) } else {
                assertMatches(d.eccentricity ?? [], f, "eccentricity_weighted")
            }
            assertMatches(Betweenness.compute(on: f.graph, normalized: false, weighted: true, endpoints: true), f,
                          "betweenness_weighted_endpoints_raw")
            let scores = EdgeBetweenness.compute(on: f.graph, normalized: false, weighted: true)
            let expected = (f.measures["edge_betweenness_weighted_raw"] as? [[NSNumber]]) ?? []
            XCTAssertEqual(scores.count, expected.count, f.name)
            var byArc: [[Int]: Double] = [:]
            for s in scores { byArc[[s.source, s.target]] = s.value }
            for e in expected where !close(byArc[[e[0].intValue, e[1].intValue]] ?? .nan, e[2].doubleValue) {
                XCTFail("\(f.name) edge \(e[0])→\(e[1]): \(String(describing: byArc[[e[0].intValue, e[1].intValue]])) ≠ \(e[2])")
            }
            let groups = (f.measures["group"] as? [String]) ?? []
            assertNumber(Assortativity.attribute(of: f.graph, values: groups), f, "attribute_assortativity")
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
