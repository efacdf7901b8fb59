import XCTest
@testable import Analytics

/// Katz, HITS, edge betweenness and betweenness from sampled sources against networkx.
final class CentralityVariantsTests: XCTestCase {
    func testKatz() {
        for f in Fixture.all {
            let alpha = f.graph.isDirected ? 0.1 : 0.05
            assertMatchesOrThrows(try Katz.compute(on: f.graph, alpha: alpha), f, "katz")
            assertMatchesOrThrows(try Katz.compute(on: f.graph, alpha: 0.02, beta: 0.5, normalized: false, weighted: true),
                                  f, "katz_weighted_raw")
        }
    }

    func testHITS() throws {
        for f in Fixture.directed where !f.isError("hits_hub") {
            let (hubs, authorities) = try HITS.compute(on: f.graph)
            assertMatches(hubs, f, "hits_hub")
            assertMatches(authorities, f, "hits_authority")
        }
    }

    func testEdgeBetweenness() {
        for f in Fixture.all {
            check(EdgeBetweenness.compute(on: f.graph), f, "edge_betweenness")
            if !f.graph.isDirected {
                check(EdgeBetweenness.compute(on: f.graph, normalized: false, weighted: true), f,
                      "edge_betweenness_weighted_raw")
            }
        }
    }

    func testSampledSources() {
        for f in Fixture.all {
            guard let sources = f.vector("sample_sources")?.map({ Int($0) }) else { continue }
            let g = f.graph
            assertMatches(Betweenness.compute(on: g, sources: sources), f, "betweenness_k")
            assertMatches(Betweenness.compute(on: g, sources: sources, normalized: false), f, "betweenness_k_raw")
            assertMatches(Betweenness.compute(on: g, sources: sources, endpoints: true), f, "betweenness_k_endpoints")
            assertMatches(Betweenness.compute(on: g, sources: sources, normalized: false, weighted: true, endpoints: true),
                          f, "betweenness_k_weighted_raw_endpoints")
            check(EdgeBetweenness.compute(on: g, sources: sources), f, "edge_betweenness_k")
        }
    }

    func testApproximateIsReproducibleAndExactWithAllSources() {
        let f = Fixture.all.first { $0.name == "lesmis" }!
        let a = Betweenness.approximate(on: f.graph, sources: 20, seed: 9)
        XCTAssertEqual(a, Betweenness.approximate(on: f.graph, sources: 20, seed: 9))
        XCTAssertNotEqual(a, Betweenness.approximate(on: f.graph, sources: 20, seed: 10))
        assertMatches(Betweenness.approximate(on: f.graph, sources: f.graph.nodeCount, seed: 1), f, "betweenness")
        XCTAssertEqual(EdgeBetweenness.approximate(on: f.graph, sources: 20, seed: 9),
                       EdgeBetweenness.approximate(on: f.graph, sources: 20, seed: 9))
    }

    func testCoreNumbersDirected() {
        for f in Fixture.directed {
            assertMatchesOrThrows(try KCore.coreNumbers(of: f.graph).map(Double.init), f, "core_number")
        }
    }

    private func check(_ scores: [EdgeBetweenness.Score], _ f: Fixture, _ key: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        guard let expected = f.measures[key] as? [[NSNumber]] else {
            XCTFail("\(f.name): no \(key)", file: file, line: line); return
        }
        var byEdge: [[Int]: Double] = [:]
        for s in scores { byEdge[[s.source, s.target]] = s.value }
        XCTAssertEqual(scores.count, expected.count, "\(f.name) \(key): edge count", file: file, line: line)
        for e in expected {
            var u = e[0].intValue, v = e[1].intValue
            if !f.graph.isDirected && u > v { swap(&u, &v) }
            guard let value = byEdge[[u, v]] else { XCTFail("\(f.name) \(key): no edge \(u)-\(v)"); return }
            if !close(value, e[2].doubleValue) {
                XCTFail("\(f.name) \(key) \(u)-\(v): \(value) ≠ networkx \(e[2])", file: file, line: line); return
            }
        }
    }
}
