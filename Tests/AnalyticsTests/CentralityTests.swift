import XCTest
@testable import Analytics

final class CentralityTests: XCTestCase {
    func testDegreeAndStrength() {
        for f in Fixture.all {
            assertMatches(Degree.degrees(of: f.graph), f, "degree")
            assertMatches(Degree.strengths(of: f.graph), f, "strength")
            if f.graph.isDirected {
                assertMatches(Degree.inCentrality(of: f.graph), f, "in_degree_centrality")
                assertMatches(Degree.outCentrality(of: f.graph), f, "out_degree_centrality")
            } else if !f.isError("degree_centrality") {
                assertMatches(Degree.centrality(of: f.graph), f, "degree_centrality")
            }
        }
    }

    func testBetweenness() {
        for f in Fixture.all {
            let g = f.graph
            assertMatches(Betweenness.compute(on: g), f, "betweenness")
            assertMatches(Betweenness.compute(on: g, normalized: false), f, "betweenness_raw")
            assertMatches(Betweenness.compute(on: g, endpoints: true), f, "betweenness_endpoints")
            assertMatches(Betweenness.compute(on: g, weighted: true), f, "betweenness_weighted")
            if !g.isDirected {
                assertMatches(Betweenness.compute(on: g, normalized: false, endpoints: true), f, "betweenness_endpoints_raw")
            }
        }
    }

    func testClosenessAndHarmonic() {
        for f in Fixture.all {
            let g = f.graph
            assertMatches(Closeness.compute(on: g), f, "closeness")
            assertMatches(Closeness.compute(on: g, weighted: true), f, "closeness_weighted")
            assertMatches(Harmonic.compute(on: g), f, "harmonic")
            if !g.isDirected {
                assertMatches(Closeness.compute(on: g, wfImproved: false), f, "closeness_plain")
                assertMatches(Harmonic.compute(on: g, weighted: true), f, "harmonic_weighted")
            }
        }
    }

    func testPageRank() throws {
        for f in Fixture.all where f.graph.nodeCount > 0 {
            assertMatchesOrThrows(try PageRank.compute(on: f.graph), f, "pagerank")
            if f.graph.isDirected {
                assertMatchesOrThrows(try PageRank.compute(on: f.graph, weighted: false), f, "pagerank_unweighted")
            } else {
                assertMatchesOrThrows(try PageRank.compute(on: f.graph, alpha: 0.9, weighted: false), f,
                                      "pagerank_unweighted")
                let p = f.vector("pagerank_personalized_input")!
                assertMatchesOrThrows(try PageRank.compute(on: f.graph, personalization: p), f, "pagerank_personalized")
            }
        }
        XCTAssertEqual(try PageRank.compute(on: CompactGraph(nodeCount: 0, edges: [])), [])
    }

    func testEigenvector() {
        for f in Fixture.all {
            let keys = f.graph.isDirected ? ["eigenvector"] : ["eigenvector", "eigenvector_weighted"]
            for key in keys {
                let weighted = key.hasSuffix("weighted")
                let iterations = f.graph.isDirected ? 1000 : weighted ? 500 : 100
                let result = try? Eigenvector.compute(on: f.graph, maxIterations: iterations, weighted: weighted)
                if f.isError(key) {
                    XCTAssertNil(result, "\(f.name) \(key): networkx raised")
                } else if let result {
                    assertMatches(result, f, key)
                } else {
                    XCTFail("\(f.name) \(key): did not converge")
                }
            }
        }
    }
}
