import Foundation
import Graph
import TestSupport
import XCTest
@testable import Analytics

/// `CompetitionRank`, `MeasureShift` and `CommunityShift`: ranks against a brute-force
/// reference, values against networkx on both versions, splits and merges of given partitions.
final class MeasureShiftTests: XCTestCase {
    /// Old: the path a–b–c–d, e alone, g alone. New: g gone, f added (joined to a), d–e and
    /// b–d added.
    static let old = Dataset(nodes: ["a", "b", "c", "d", "e", "g"].map { Node(id: $0) }, agreements: [
        Agreement(id: "1", from: "a", to: "b"), Agreement(id: "2", from: "b", to: "c"), Agreement(id: "3", from: "c", to: "d"),
    ])
    static let new = Dataset(nodes: ["a", "b", "c", "d", "e", "f"].map { Node(id: $0) }, agreements: [
        Agreement(id: "1", from: "a", to: "b"), Agreement(id: "2", from: "b", to: "c"), Agreement(id: "3", from: "c", to: "d"),
        Agreement(id: "4", from: "d", to: "e"), Agreement(id: "5", from: "b", to: "d"), Agreement(id: "6", from: "f", to: "a"),
    ])

    func testCompetitionRanks() {
        XCTAssertEqual(CompetitionRank.ranks(of: [3, 5, 3, 1, .nan]), [2, 1, 2, 4, nil])
        XCTAssertEqual(CompetitionRank.ranks(of: [0, 0, 0]), [1, 1, 1])
        XCTAssertEqual(CompetitionRank.ranks(of: []), [])
    }

    /// Every rank is 1 + the number of actors of the same version with a larger value, and the
    /// change is old − new; only actors in both versions have a row.
    func testRanksAgainstABruteForceReference() {
        let shift = MeasureShift(old: Self.old, new: Self.new)
        XCTAssertEqual(shift.rows.map(\.id), ["a", "b", "c", "d", "e"])
        let before = CentralityMeasures(Self.old, measures: MeasureShift.measures)
        let after = CentralityMeasures(Self.new, measures: MeasureShift.measures)
        for row in shift.rows {
            for (k, measure) in MeasureShift.measures.enumerated() {
                let oldValues = before.values[measure]!, newValues = after.values[measure]!
                let oldRank = 1 + oldValues.filter { $0 > oldValues[row.old] }.count
                let newRank = 1 + newValues.filter { $0 > newValues[row.new] }.count
                XCTAssertEqual(row.oldRanks[k], oldRank, "\(row.id) \(measure)")
                XCTAssertEqual(row.newRanks[k], newRank, "\(row.id) \(measure)")
                XCTAssertEqual(row.rankChanges[k], oldRank - newRank)
            }
        }
        // Degree by hand: b and c tie first (2) in the old path, a and d third, e and g fifth;
        // in the new network b and d lead (3), then a and c (2), then e and f (1).
        let degree = shift.rows.map { ($0.id, $0.oldRanks[0]!, $0.newRanks[0]!) }
        XCTAssertEqual(degree.map(\.1), [3, 1, 1, 3, 5])
        XCTAssertEqual(degree.map(\.2), [3, 1, 3, 1, 5])
        // The movers are sorted by their largest rank change, largest first.
        XCTAssertEqual(shift.movers.first?.largestRankChange, shift.rows.map(\.largestRankChange).max())
        // Risers and fallers: each actor whose rank rose (fell) on some measure, largest first.
        let rose = shift.rows.filter { $0.rankChanges.contains { ($0 ?? 0) > 0 } }.map(\.id)
        let fell = shift.rows.filter { $0.rankChanges.contains { ($0 ?? 0) < 0 } }.map(\.id)
        XCTAssertEqual(Set(shift.risers.map(\.id)), Set(rose))
        XCTAssertEqual(Set(shift.fallers.map(\.id)), Set(fell))
        XCTAssertFalse(rose.isEmpty || fell.isEmpty, "the test network has both")
        XCTAssertEqual(shift.risers.map(\.largestRise), shift.risers.map(\.largestRise).sorted(by: >))
        XCTAssertEqual(shift.fallers.map(\.largestFall), shift.fallers.map(\.largestFall).sorted(by: >))
        for row in shift.risers { XCTAssertEqual(row.largestRise, row.rankChanges.compactMap { $0 }.max()) }
        for row in shift.fallers { XCTAssertEqual(row.largestFall, -(row.rankChanges.compactMap { $0 }.min() ?? 0)) }
    }

    func testAVersionAgainstItselfMovesNothing() {
        let shift = MeasureShift(old: Self.new, new: Self.new)
        XCTAssertTrue(shift.movers.isEmpty)
        XCTAssertTrue(shift.risers.isEmpty && shift.fallers.isEmpty)
        XCTAssertEqual(shift.rows.count, 6)
    }

    /// The values of both versions are networkx's degree, betweenness_centrality and pagerank.
    func testValuesAgainstNetworkx() throws {
        let script = """
        import json, networkx as nx
        old = nx.Graph(); old.add_nodes_from("abcdeg"); old.add_edges_from([("a","b"),("b","c"),("c","d")])
        new = nx.Graph(); new.add_nodes_from("abcdef"); new.add_edges_from([("a","b"),("b","c"),("c","d"),("d","e"),("b","d"),("f","a")])
        out = []
        for G in (old, new):
            b = nx.betweenness_centrality(G); p = nx.pagerank(G)
            out.append({v: [G.degree(v), b[v], p[v]] for v in G})
        print(json.dumps(out))
        """
        let output = try Python.output(script, requiring: ["networkx"])
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: [Double]]])
        let shift = MeasureShift(old: Self.old, new: Self.new)
        for row in shift.rows {
            for k in MeasureShift.measures.indices {
                XCTAssertEqual(row.oldValues[k], reference[0][row.id]![k], accuracy: 1e-6, "\(row.id) old \(MeasureShift.measures[k])")
                XCTAssertEqual(row.newValues[k], reference[1][row.id]![k], accuracy: 1e-6, "\(row.id) new \(MeasureShift.measures[k])")
            }
        }
    }

    /// Given partitions (by the attribute `group`): old {a,b,c,d} {e,f} {g,h} x; new {a,b}
    /// {c,d} {e,f,g,h} and y. The first old community split in two; the third new one merged
    /// two; a lone actor (x in old, y in new) counts for nothing.
    func testSplitsAndMerges() {
        func dataset(_ groups: [(String, String)]) -> Dataset {
            Dataset(nodes: groups.map { Node(id: $0.0, attributes: ["group": .string($0.1)]) },
                    agreements: [Agreement(id: "1", from: groups[0].0, to: groups[1].0)])
        }
        let old = dataset([("a", "A"), ("b", "A"), ("c", "A"), ("d", "A"), ("e", "B"), ("f", "B"), ("g", "C"), ("h", "C"), ("x", "X")])
        let new = dataset([("a", "P"), ("b", "P"), ("c", "Q"), ("d", "Q"), ("e", "R"), ("f", "R"), ("g", "R"), ("h", "R"), ("y", "Y")])
        let shift = CommunityShift(old: old, new: new, search: CommunitySearch(partition: "group"))
        XCTAssertEqual(shift.commonActors, 8)
        XCTAssertEqual(shift.splits.map(\.community), [0])
        XCTAssertEqual(shift.splits[0].parts, [CommunityShift.Part(community: 0, shared: 2), CommunityShift.Part(community: 1, shared: 2)])
        XCTAssertEqual(shift.merges.map(\.community), [2])
        XCTAssertEqual(shift.merges[0].size, 4)
        XCTAssertEqual(shift.merges[0].parts.map(\.community), [1, 2])
        XCTAssertEqual(shift.matches.map(\.new), [0, 2, 2])
        XCTAssertEqual(shift.matches.map(\.jaccard), [0.5, 0.5, 0.5])
        let same = CommunityShift(old: old, new: old, search: CommunitySearch(partition: "group"))
        XCTAssertTrue(same.splits.isEmpty && same.merges.isEmpty)
        XCTAssertEqual(same.matches.map(\.jaccard), [1, 1, 1])
    }
}
