import Foundation
import XCTest
import Graph
@testable import Analytics

/// Complexity guards for the local measures on one huge hub: the same measure at n and at 8n
/// leaves, best of 3 runs each, n doubled until the small run takes at least 20 ms; the ratio
/// must stay under 24 (linear or n·log n gives about 8 to 10, quadratic about 64). A star is
/// where a measure that walks a neighbour's whole row from every node turns quadratic.
final class MeasureComplexityTests: XCTestCase {
    /// Hub 0 joined to leaves 1…n; `rim` also joins each leaf to the next (a wheel: n triangles
    /// through the hub); `directed` makes hub → leaf arcs, and leaf → hub for even leaves.
    static func star(_ n: Int, rim: Bool = false, directed: Bool = false) -> CompactGraph {
        var edges: [(Int32, Int32)] = []
        var weights: [Double] = []
        for leaf in 1...n {
            edges.append((0, Int32(leaf))); weights.append(Double(1 + leaf % 3))
            if directed && leaf % 2 == 0 { edges.append((Int32(leaf), 0)); weights.append(2) }
            if rim && leaf < n { edges.append((Int32(leaf), Int32(leaf + 1))); weights.append(1.5) }
        }
        return CompactGraph(nodeCount: n + 1, edges: edges, weights: weights, directed: directed)
    }

    /// The best of 3 timings of `reps` runs of `body`.
    static func seconds(reps: Int = 1, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<reps { body() }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// Times `measure` on `shape(n)` and `shape(8n)` and asserts the ratio is below 24. A
    /// measure too fast for 20 ms at n runs `reps` times at both sizes (doubled as needed).
    func assertNearLinear<Input>(_ name: String, n: Int = 2_000, shape: (Int) -> Input,
                                 _ measure: @escaping (Input) -> Void, line: UInt = #line) {
        let small = shape(n), large = shape(8 * n)
        var reps = 1
        var smallTime = Self.seconds(reps: reps) { measure(small) }
        while smallTime < 0.02 && reps < 64 {
            reps *= 2
            smallTime = Self.seconds(reps: reps) { measure(small) }
        }
        let largeTime = Self.seconds(reps: reps) { measure(large) }
        XCTAssertLessThan(largeTime / smallTime, 24, "\(name): \(n) leaves \(smallTime) s, \(8 * n) leaves \(largeTime) s (\(reps) runs)", line: line)
    }

    func assertNearLinear(_ name: String, _ measure: @escaping (CompactGraph) -> Void, line: UInt = #line) {
        assertNearLinear(name, shape: { Self.star($0) }, measure, line: line)
    }

    func testTrianglesAndTransitivity() {
        assertNearLinear("triangles") { _ = Triangles.count(on: $0) }
        assertNearLinear("transitivity") { _ = Triangles.transitivity(of: $0) }
        assertNearLinear("triangles on a wheel", shape: { Self.star($0, rim: true) }) { _ = Triangles.count(on: $0) }
    }

    func testClustering() {
        assertNearLinear("clustering") { _ = Clustering.local(on: $0) }
        assertNearLinear("weighted clustering on a wheel", shape: { Self.star($0, rim: true) }) { _ = Clustering.local(on: $0, weighted: true) }
        assertNearLinear("directed clustering", shape: { Self.star($0, directed: true) }) { _ = Clustering.local(on: $0, weighted: true) }
    }

    /// networkx's square clustering is O(Σ_v Σ_{u∈N(v)} d(u)); on a star that is linear (a
    /// leaf has one neighbour and no square to close).
    func testSquareClustering() {
        assertNearLinear("square clustering") { _ = SquareClustering.compute(on: $0) }
    }

    func testCoreNumbers() {
        assertNearLinear("core number") { _ = try? KCore.coreNumbers(of: $0) }
    }

    func testBurtConstraintAndEffectiveSize() {
        assertNearLinear("constraint, weighted", shape: { Self.star($0, rim: true) }) { _ = BurtConstraint(of: $0, weighted: true) }
        assertNearLinear("constraint, Borgatti's effective size") { _ = BurtConstraint(of: $0, weighted: false) }
        assertNearLinear("constraint, directed", shape: { Self.star($0, directed: true) }) { _ = BurtConstraint(of: $0) }
    }

    func testBrokerage() {
        assertNearLinear("Gould–Fernandez", shape: { Self.star($0, directed: true) }) { graph in
            let groups = NodeGroups(group: (0..<graph.nodeCount).map { Int32($0 % 3) }, names: ["x", "y", "z"])
            _ = GouldFernandezBrokerage(of: graph, groups: groups)
        }
    }

    func testDegreeAssortativityAndStrength() {
        assertNearLinear("degree assortativity") { _ = Assortativity.degree(of: $0, weighted: true) }
        assertNearLinear("strength", shape: { Self.star($0, directed: true) }) { _ = Degree.strengths(of: $0) }
    }

    func testEgoSummaryOfTheHub() {
        func dataset(_ n: Int) -> Dataset {
            var data = Dataset(nodes: [Node(id: "hub")] + (1...n).map { Node(id: "l\($0)") })
            data.agreements = (1...n).map { Agreement(id: "e\($0)", from: "hub", to: "l\($0)") }
            return data
        }
        assertNearLinear("ego summary", n: 1_000, shape: dataset) { _ = try? EgoSummary($0, node: "hub", radius: 2) }
    }
}
