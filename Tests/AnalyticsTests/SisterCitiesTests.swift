import Foundation
import TestSupport
import XCTest
@testable import Analytics

/// networkx's answers on the Wikidata sister-city graph (../shared, beside the repository),
/// recorded by Fixtures/make_sister_city_reference.py. Skipped when ../shared is absent.
final class SisterCitiesTests: XCTestCase {
    static let relations = Repository.url("../shared/datasets/wikidata-sister-cities/relations.tsv").standardizedFileURL

    /// The graph as the reference script reads it: nodes in order of first appearance.
    func loadGraph() throws -> (CompactGraph, [String: Any]) {
        guard let data = FileManager.default.contents(atPath: Self.relations.path) else {
            throw XCTSkip("sister-city data not found at \(Self.relations.path): skipping")
        }
        var index: [Substring: Int32] = [:]
        var edges: [(Int32, Int32)] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard fields.count >= 2 else { continue }
            let u = index[fields[0]] ?? { let i = Int32(index.count); index[fields[0]] = i; return i }()
            let v = index[fields[1]] ?? { let i = Int32(index.count); index[fields[1]] = i; return i }()
            if u != v { edges.append((u, v)) }
        }
        let graph = CompactGraph(unitWeightsOf: CompactGraph(nodeCount: index.count, edges: edges))
        let url = Bundle.module.url(forResource: "Fixtures/sister_cities_reference", withExtension: "json")!
        let reference = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return (graph, reference)
    }

    func testAgainstNetworkx() throws {
        let (g, reference) = try loadGraph()
        func vector(_ key: String) -> [Double] { (reference[key] as! [NSNumber]).map(\.doubleValue) }
        func assertClose(_ actual: [Double], _ key: String) {
            let expected = vector(key)
            XCTAssertEqual(actual.count, expected.count, key)
            if let i = expected.indices.first(where: { $0 >= actual.count || !close(actual[$0], expected[$0]) }),
               i < actual.count {
                XCTFail("\(key)[\(i)]: \(actual[i]) ≠ networkx \(expected[i])")
            }
        }
        XCTAssertEqual(g.nodeCount, reference["nodes"] as? Int)
        XCTAssertEqual(g.edgeCount, reference["edges"] as? Int)
        let sources = vector("sample_sources").map { Int($0) }
        assertClose(Betweenness.compute(on: g, sources: sources), "betweenness_k")
        assertClose(Closeness.compute(on: g, nodes: Array(0..<200)), "closeness_first")
        assertClose(Harmonic.compute(on: g, nodes: Array(0..<200)), "harmonic_first")
        assertClose(try PageRank.compute(on: g), "pagerank")
        assertClose(try KCore.coreNumbers(of: g).map(Double.init), "core_number")
        assertClose(Clustering.local(on: g), "clustering")
        XCTAssertEqual(Triangles.transitivity(of: g), (reference["transitivity"] as! NSNumber).doubleValue, accuracy: 1e-12)
        XCTAssertEqual(ConnectedComponents(of: g).count, reference["components"] as? Int)
        XCTAssertEqual(Assortativity.degree(of: g)!, (reference["degree_assortativity"] as! NSNumber).doubleValue,
                       accuracy: 1e-9)
        let louvain = Louvain.communities(on: g, seed: 1, restarts: 2)
        XCTAssertGreaterThanOrEqual(louvain.modularity!, (reference["louvain_modularity"] as! NSNumber).doubleValue)
    }

}

/// The relabelled, leaf-folded fast paths agree with plain searches on a graph large enough
/// to take them (a random tree with extra edges: many leaves, long paths).
final class FastPathTests: XCTestCase {
    func testFastPathsAgreeWithPlainSearches() {
        var generator = SeededGenerator(seed: 4)
        let n = 2100
        var edges: [(Int32, Int32)] = []
        for v in 1..<n { edges.append((Int32(v), Int32(generator.below(v)))) }
        for _ in 0..<300 { edges.append((Int32(generator.below(n)), Int32(generator.below(n)))) }
        let g = CompactGraph(nodeCount: n, edges: edges).withoutSelfLoops()
        let plain = Betweenness.accumulateInPlace(g, sources: Array(0..<n), weighted: false, endpoints: false,
                                                  foldLeaves: false)
        let fast = Betweenness.accumulate(g, sources: Array(0..<n), weighted: false, endpoints: false)
        for v in 0..<n where !close(plain[v], fast[v]) {
            XCTFail("betweenness[\(v)]: \(fast[v]) ≠ \(plain[v])"); break
        }
        let sums = DistanceSums(g, weighted: false), reference = DistanceSums(inPlace: g, weighted: false, targets: Array(0..<n))
        XCTAssertEqual(sums.reached, reference.reached)
        XCTAssertEqual(sums.farthest, reference.farthest)
        for v in 0..<n where !close(sums.total[v], reference.total[v]) || !close(sums.harmonic[v], reference.harmonic[v]) {
            XCTFail("distance sums of \(v) differ"); break
        }
    }

    /// Directed leaf folding (a node whose one arc out goes to p and whose arcs in come only
    /// from p, with or without p → s) gives the plain searches' betweenness, unweighted and with
    /// integer weights; with endpoints nothing is folded and the two agree too.
    func testDirectedLeafFoldingAgreesWithPlainSearches() {
        var generator = SeededGenerator(seed: 9)
        let n = 2300
        var edges: [(Int32, Int32)] = [], weights: [Double] = []
        func arc(_ u: Int, _ v: Int) { edges.append((Int32(u), Int32(v))); weights.append(Double(1 + generator.below(3))) }
        for v in 1..<n {
            let p = generator.below(v)
            arc(v, p)
            switch generator.below(3) {
            case 0: arc(p, v)                      // a leaf p points back to
            case 1: break                          // a leaf nothing points to
            default: arc(generator.below(n), v)    // not a leaf: another node points to it
            }
        }
        for _ in 0..<400 { arc(generator.below(n), generator.below(n)) }
        let g = CompactGraph(nodeCount: n, edges: edges, weights: weights, directed: true).withoutSelfLoops()
        let folding = LeafFolding(directed: g, incoming: g.reversed())
        XCTAssertGreaterThan(folding.leafCount.reduce(0, +), 100)
        XCTAssertGreaterThan(folding.sourceLeafCount.reduce(0, +), 100)
        for (weighted, endpoints) in [(false, false), (true, false), (false, true)] {
            let plain = Betweenness.accumulateInPlace(g, sources: Array(0..<n), weighted: weighted, endpoints: endpoints,
                                                      foldLeaves: false)
            let fast = Betweenness.accumulate(g, sources: Array(0..<n), weighted: weighted, endpoints: endpoints)
            for v in 0..<n where !close(plain[v], fast[v]) {
                XCTFail("weighted \(weighted) endpoints \(endpoints): betweenness[\(v)] \(fast[v]) ≠ \(plain[v])"); break
            }
        }
    }

    /// The parallel PageRank product (taken from 16,384 nodes up) against a plain loop.
    func testParallelPageRankAgreesWithPlainIteration() throws {
        var generator = SeededGenerator(seed: 8)
        let n = 20_000
        let edges = (0..<60_000).map { _ in (Int32(generator.below(n)), Int32(generator.below(n))) }
        let g = CompactGraph(nodeCount: n, edges: edges, directed: true)
        let fast = try PageRank.compute(on: g, weighted: false)
        // networkx's iteration, written plainly.
        var x = [Double](repeating: 1 / Double(n), count: n)
        let outDegree = (0..<n).map { g.rowLength(of: $0) }
        for _ in 0..<100 {
            var next = [Double](repeating: 0, count: n)
            var dangling = 0.0
            for u in 0..<n {
                if outDegree[u] == 0 { dangling += x[u]; continue }
                for v in g.neighbours(of: u) { next[Int(v)] += x[u] / Double(outDegree[u]) }
            }
            var error = 0.0
            for v in 0..<n {
                next[v] = 0.85 * (next[v] + dangling / Double(n)) + 0.15 / Double(n)
                error += abs(next[v] - x[v])
            }
            x = next
            if error < Double(n) * 1e-6 { break }
        }
        for v in 0..<n where !close(fast[v], x[v], tolerance: 1e-12) {
            XCTFail("pagerank[\(v)]: \(fast[v]) ≠ \(x[v])"); break
        }
    }
}
