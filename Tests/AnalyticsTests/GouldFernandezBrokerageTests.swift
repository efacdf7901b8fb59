import Graph
import XCTest
@testable import Analytics

/// Hand-counted examples from Gould & Fernandez's (1989) definitions, and a check against a
/// literal reading of the definition (every ordered triple) on random graphs.
final class GouldFernandezBrokerageTests: XCTestCase {
    /// Rows: coordinator, gatekeeper, representative, consultant, liaison.
    private func roles(_ b: GouldFernandezBrokerage, _ v: Int) -> [Int] { b.roles(of: v) }

    /// Groups A = {1, 2, 3}, B = {4, 5}, C = {6}; node 0 has no tie and no group. Arcs:
    /// 2→1, 4→1, 6→1, 1→3, 1→5, 1→2, 2→3, 6→2, 5→4.
    ///
    /// Node 1 (A): in {2 A, 4 B, 6 C}, out {3 A, 5 B, 2 A}. Pairs a → 1 → b, a ≠ b:
    ///   2→1→3 closed by 2→3;          2→1→5 A→A→B representative;
    ///   4→1→3 B→A→A gatekeeper;       4→1→5 B→A→B consultant (5→4 does not close it);
    ///   4→1→2 gatekeeper;             6→1→3 C→A→A gatekeeper;
    ///   6→1→5 C→A→B liaison;          6→1→2 closed by 6→2.
    ///   → coordinator 0, gatekeeper 3, representative 1, consultant 1, liaison 1.
    /// Node 2 (A): in {1, 6}, out {1, 3}: 1→2→3 closed by 1→3; 6→2→1 closed by 6→1;
    ///   6→2→3 C→A→A gatekeeper. → gatekeeper 1.
    /// Node 4 (B): 5→4→1, no 5→1: B→B→A representative.
    /// Node 5 (B): 1→5→4, no 1→4: A→B→B gatekeeper.
    /// Nodes 3 and 6 have no out- or no in-arcs: nothing.
    func testHandCountedDirectedExample() {
        let arcs: [(Int32, Int32)] = [(2, 1), (4, 1), (6, 1), (1, 3), (1, 5), (1, 2), (2, 3), (6, 2), (5, 4)]
        let graph = CompactGraph(nodeCount: 7, edges: arcs, directed: true)
        let groups = NodeGroups(values: [nil, "A", "A", "A", "B", "B", "C"])
        let b = GouldFernandezBrokerage(of: graph, groups: groups)
        XCTAssertEqual(roles(b, 1), [0, 3, 1, 1, 1])
        XCTAssertEqual(roles(b, 2), [0, 1, 0, 0, 0])
        XCTAssertEqual(roles(b, 4), [0, 0, 1, 0, 0])
        XCTAssertEqual(roles(b, 5), [0, 1, 0, 0, 0])
        XCTAssertEqual([0, 3, 6].map { roles(b, $0) }, Array(repeating: [0, 0, 0, 0, 0], count: 3))
        XCTAssertEqual(b.total, [0, 6, 1, 0, 1, 1, 0])
        XCTAssertEqual(b[.gatekeeper], [0, 3, 1, 0, 0, 1, 0])
    }

    /// Undirected, each tie two arcs. Groups X = {0, 1, 2, 6, 7}, Y = {3, 4}, Z = {5}.
    /// Ties: 0–1, 1–2, 0–2, 1–3, 3–4, 3–5, 3–6, 1–7.
    ///
    /// Node 1 (X), neighbours {0 X, 2 X, 3 Y, 7 X}: 12 ordered pairs, 0→1→2 and 2→1→0 closed
    ///   by 0–2. 0,2,7 among themselves (open): 7→0, 0→7, 7→2, 2→7 coordinator (4); with 3:
    ///   0→1→3, 2→1→3, 7→1→3 representative (3), the reverses gatekeeper (3). Total 10.
    /// Node 3 (Y), neighbours {1 X, 4 Y, 5 Z, 6 X}, no ties among them: 12 ordered pairs.
    ///   1↔4, 6↔4: gatekeeper 2 (X→Y→Y) and representative 2 (Y→Y→X); 4↔5: gatekeeper 1
    ///   (Z→Y→Y), representative 1; 1↔6: consultant 2 (X→Y→X); 1↔5, 6↔5: liaison 4.
    ///   → gatekeeper 3, representative 3, consultant 2, liaison 4.
    /// Nodes 0 and 2: their two neighbours are tied: nothing. 4, 5, 6, 7: one neighbour.
    func testHandCountedUndirectedExampleIsSymmetric() {
        let ties: [(Int32, Int32)] = [(0, 1), (1, 2), (0, 2), (1, 3), (3, 4), (3, 5), (3, 6), (1, 7)]
        let graph = CompactGraph(nodeCount: 8, edges: ties)
        let groups = NodeGroups(values: ["X", "X", "X", "Y", "Y", "Z", "X", "X"])
        let b = GouldFernandezBrokerage(of: graph, groups: groups)
        XCTAssertEqual(roles(b, 1), [4, 3, 3, 0, 0])
        XCTAssertEqual(roles(b, 3), [0, 3, 3, 2, 4])
        XCTAssertEqual(b.total, [0, 10, 0, 12, 0, 0, 0, 0])
        XCTAssertEqual(b[.gatekeeper], b[.representative])
        // The same ties as two arcs each give the same counts.
        let arcs = ties.flatMap { [($0.0, $0.1), ($0.1, $0.0)] }
        let directed = GouldFernandezBrokerage(of: CompactGraph(nodeCount: 8, edges: arcs, directed: true), groups: groups)
        XCTAssertEqual(BrokerageRole.allCases.map { directed[$0] }, BrokerageRole.allCases.map { b[$0] })
    }

    /// A node without a group leaves the two-paths it is part of unclassified.
    func testNodesWithoutGroupAreLeftOut() {
        let graph = CompactGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (1, 3)])
        let b = GouldFernandezBrokerage(of: graph, groups: NodeGroups(values: ["X", "X", nil, "Y"]))
        // Only 0–1–3 and 3–1–0 are classified: representative and gatekeeper.
        XCTAssertEqual(roles(b, 1), [0, 1, 1, 0, 0])
    }

    /// The counts equal a literal reading of the definition on random directed graphs.
    func testMatchesTheDefinitionOnRandomGraphs() {
        var generator = SplitMix(seed: 7)
        for trial in 0..<30 {
            let n = 12
            var arcs: [(Int32, Int32)] = []
            for _ in 0..<40 { arcs.append((Int32(generator.next() % UInt64(n)), Int32(generator.next() % UInt64(n)))) }
            let directed = trial % 2 == 0
            let graph = CompactGraph(nodeCount: n, edges: arcs, directed: directed)
            let groups = (0..<n).map { _ in Int32(Int(generator.next() % 4) - 1) }
            let fast = GouldFernandezBrokerage(of: graph, groups: NodeGroups(group: groups, names: ["0", "1", "2"]))
            var expected = Array(repeating: [Int](repeating: 0, count: n), count: 5)
            func arc(_ x: Int, _ y: Int) -> Bool { graph.neighbours(of: x).contains(Int32(y)) }
            for v in 0..<n {
                for a in 0..<n where a != v && arc(a, v) {
                    for b in 0..<n where b != v && b != a && arc(v, b) && !arc(a, b) {
                        let (ga, gv, gb) = (groups[a], groups[v], groups[b])
                        guard ga >= 0, gv >= 0, gb >= 0 else { continue }
                        let role: BrokerageRole
                        if ga == gv && gv == gb { role = .coordinator }
                        else if ga != gv && gv == gb { role = .gatekeeper }
                        else if ga == gv { role = .representative }
                        else if ga == gb { role = .consultant }
                        else { role = .liaison }
                        expected[BrokerageRole.allCases.firstIndex(of: role)!][v] += 1
                    }
                }
            }
            XCTAssertEqual(BrokerageRole.allCases.map { fast[$0] }, expected, "trial \(trial)")
        }
    }
}

/// A small deterministic generator for randomised tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The dataset-level entry points agree with the compact-graph ones.
final class DatasetEntryPointTests: XCTestCase {
    func testBelarusAsiaByCountry() throws {
        let dataset = try NativeFolder.read(folder: belarusAsiaFolder)
        let brokerage = GouldFernandezBrokerage(dataset, groupsBy: .country)
        let belarus = dataset.nodeIndex()["belarus"]!
        XCTAssertGreaterThan(brokerage.total[belarus], 0)
        XCTAssertEqual(brokerage.total.reduce(0, +), BrokerageRole.allCases.reduce(0) { $0 + brokerage[$1].reduce(0, +) })
        let ei = EIIndex(dataset, groupsBy: .country)
        XCTAssertGreaterThan(ei.network.index, 0)  // Belarus's ties mostly reach other countries
        XCTAssertEqual(MixingMatrix(dataset, by: .type).categories.first, "city")
        XCTAssertEqual(BurtConstraint(dataset).constraint.count, dataset.nodes.count)
    }
}
