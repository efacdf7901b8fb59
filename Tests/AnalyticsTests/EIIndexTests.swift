import XCTest
@testable import Analytics

/// Hand-computed from Krackhardt & Stern's (1988) definition, E–I = (E − I) / (E + I).
final class EIIndexTests: XCTestCase {
    /// Groups X = {0, 1, 2}, Y = {3, 4}; node 5 has no tie, node 6 no group.
    /// Agreements 0–1, 1–2, 0–3 (twice), 2–3, 3–4, 4–6, and a self-loop 1–1.
    ///
    /// Unweighted (distinct pairs, 4–6 and 1–1 left out): internal 0–1, 1–2, 3–4 → I = 3;
    ///   external 0–3, 2–3 → E = 2; E–I = (2 − 3) / 5 = −0.2.
    ///   Group X: I = 2 (0–1, 1–2), E = 2 (0–3, 2–3) → 0. Group Y: I = 1, E = 2 → 1/3.
    ///   Node 0: E 1 (3), I 1 (1) → 0. Node 1: I 2 → −1. Node 3: E 2, I 1 → 1/3.
    ///   Node 4: I 1 (4–6 left out) → −1. Node 5: no tie → NaN.
    /// Weighted (agreement counts): 0–3 counts 2, so E = 3, I = 3 → 0; group X: E 3, I 2 → 0.2;
    ///   node 0: E 2, I 1 → 1/3; node 3: E 3, I 1 → 0.5.
    let graph = CompactGraph(nodeCount: 7, edges: [(0, 1), (1, 2), (0, 3), (0, 3), (2, 3), (3, 4), (4, 6), (1, 1)])
    let groups = NodeGroups(group: [0, 0, 0, 1, 1, 1, -1], names: ["X", "Y"])

    func testUnweightedCountsDistinctPairs() {
        let ei = EIIndex(of: graph, groups: groups)
        XCTAssertEqual(ei.network, EIIndex.Tally(externalTies: 2, internalTies: 3))
        XCTAssertEqual(ei.network.index, -0.2, accuracy: 1e-12)
        XCTAssertEqual(ei.groups.map(\.index), [0, 1.0 / 3])
        XCTAssertEqual(ei.groupNames, ["X", "Y"])
        // Baseline: X has 3 actors, Y 3 (5 is isolated, 6 has no group): E = 3·3 = 9 pairs,
        // I = 3 + 3 = 6 pairs; (9 − 6) / 15 = 0.2.
        XCTAssertEqual(ei.possible, EIIndex.Tally(externalTies: 9, internalTies: 6))
        XCTAssertEqual(ei.possible.index, 0.2, accuracy: 1e-12)
        XCTAssertEqual(ei.nodes[0].index, 0)
        XCTAssertEqual(ei.nodes[1].index, -1)
        XCTAssertEqual(ei.nodes[3].index, 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(ei.nodes[4].index, -1)
        XCTAssertTrue(ei.nodes[5].index.isNaN)
        XCTAssertTrue(ei.nodes[6].index.isNaN)
    }

    func testWeightedCountsAgreements() {
        let ei = EIIndex(of: graph, groups: groups, weighted: true)
        XCTAssertEqual(ei.network.index, 0)
        XCTAssertEqual(ei.groups[0], EIIndex.Tally(externalTies: 3, internalTies: 2))
        XCTAssertEqual(ei.groups[0].index, 0.2, accuracy: 1e-12)
        XCTAssertEqual(ei.nodes[0].index, 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(ei.nodes[3].index, 0.5, accuracy: 1e-12)
    }

    /// A directed graph is read as its ties: arcs 0→1 and 1→0 are one tie.
    func testDirectedArcsAreTies() {
        let directed = CompactGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: true)
        let ei = EIIndex(of: directed, groups: NodeGroups(values: ["X", "X", "Y"]))
        XCTAssertEqual(ei.network, EIIndex.Tally(externalTies: 1, internalTies: 1))
    }
}
