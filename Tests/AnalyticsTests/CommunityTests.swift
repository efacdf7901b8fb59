import XCTest
@testable import Analytics

final class CommunityTests: XCTestCase {
    func testModularityOfGivenPartition() {
        for f in Fixture.all where !f.graph.isDirected {
            let groups = (f.measures["group"] as? [String]) ?? []
            assertNumber(Modularity.of(attributeValues: groups, on: f.graph), f, "modularity_groups")
            assertNumber(Modularity.of(attributeValues: groups, on: f.graph, resolution: 2, weighted: false), f,
                         "modularity_groups_unweighted_res2")
        }
    }

    /// Louvain and Leiden against networkx's Louvain: both must reach the best of five
    /// networkx runs (both here keep the best of several seeded restarts).
    func testLouvainAndLeidenReachNetworkxLouvain() {
        for f in Fixture.undirected {
            guard let best = f.number("louvain_modularity_best") else { continue }
            for seed: UInt64 in 0..<3 {
                let louvain = Louvain.communities(on: f.graph, seed: seed)
                let leiden = Leiden.communities(on: f.graph, seed: seed)
                XCTAssertEqual(louvain.modularity!, Modularity.of(louvain.membership, on: f.graph)!, accuracy: 1e-12)
                XCTAssertEqual(leiden.modularity!, Modularity.of(leiden.membership, on: f.graph)!, accuracy: 1e-12)
                XCTAssertGreaterThanOrEqual(louvain.modularity!, best - 1e-12, "\(f.name) Louvain seed \(seed)")
                XCTAssertGreaterThanOrEqual(leiden.modularity!, best - 1e-12, "\(f.name) Leiden seed \(seed)")
            }
        }
    }

    /// On a directed graph both optimise directed modularity (the value they report is
    /// `Modularity.of` on the digraph) and, at least as well as on its undirected view,
    /// score the directed partition higher than the undirected one does.
    func testDirectedSearchOptimisesDirectedModularity() {
        for f in Fixture.all where f.graph.isDirected && f.graph.edgeCount > 0 {
            for seed: UInt64 in 0..<2 {
                let louvain = Louvain.communities(on: f.graph, seed: seed)
                let leiden = Leiden.communities(on: f.graph, seed: seed)
                let undirected = Louvain.communities(on: f.graph.undirected(), seed: seed)
                for found in [louvain, leiden] {
                    XCTAssertEqual(found.modularity!, Modularity.of(found.membership, on: f.graph)!, accuracy: 1e-12, f.name)
                    XCTAssertGreaterThanOrEqual(found.modularity!, Modularity.of(undirected.membership, on: f.graph)! - 1e-9,
                                                "\(f.name): the directed search is at least as good as the undirected one's partition")
                }
            }
        }
    }

    /// Directed CPM counts n_c(n_c − 1) possible arcs: one arc a → b in one community of two
    /// scores 1 − 2γ, so with γ = 0.6 (> 1/2) the pair stays apart; undirected it scores 1 − γ.
    func testDirectedCPM() {
        let arc = CompactGraph(nodeCount: 2, edges: [(0, 1)], weights: [1], directed: true)
        XCTAssertEqual(Leiden.communities(on: arc, objective: .cpm, resolution: 0.2, seed: 1).quality!, 1 - 2 * 0.2, accuracy: 1e-15)
        XCTAssertEqual(Leiden.communities(on: arc, objective: .cpm, resolution: 0.6, seed: 1).count, 2)
        let edge = CompactGraph(nodeCount: 2, edges: [(0, 1)], weights: [1], directed: false)
        XCTAssertEqual(Leiden.communities(on: edge, objective: .cpm, resolution: 0.6, seed: 1).quality!, 1 - 0.6, accuracy: 1e-15)
    }

    func testLabelPropagationFindsCommunities() {
        for f in Fixture.undirected where f.graph.edgeCount > 0 {
            let result = LabelPropagation.communities(on: f.graph, seed: 3)
            XCTAssertEqual(result.membership.count, f.graph.nodeCount)
            XCTAssertEqual(result.modularity!, Modularity.of(result.membership, on: f.graph, weighted: false)!, accuracy: 1e-12)
            // Every node holds a label that is most frequent among its neighbours.
            for v in 0..<f.graph.nodeCount where f.graph.rowLength(of: v) > 0 {
                var counts: [Int: Int] = [:]
                for u in f.graph.neighbours(of: v) { counts[result.membership[Int(u)], default: 0] += 1 }
                XCTAssertEqual(counts[result.membership[v]], counts.values.max(), "\(f.name) node \(v)")
            }
        }
    }

    func testRecoversPlantedPartitions() {
        for name in ["planted", "lfr"] {
            let f = Fixture.all.first { $0.name == name }!
            let planted = Assortativity.codes((f.measures["group"] as? [String])!)
            let truth = name == "planted" ? (0..<f.graph.nodeCount).map { $0 / 40 } : planted
            for seed: UInt64 in 0..<3 {
                let louvain = Louvain.communities(on: f.graph, seed: seed)
                let leiden = Leiden.communities(on: f.graph, seed: seed)
                let nmiLouvain = PartitionSimilarity.normalizedMutualInformation(louvain.membership, truth)
                let nmiLeiden = PartitionSimilarity.normalizedMutualInformation(leiden.membership, truth)
                XCTAssertGreaterThanOrEqual(nmiLouvain, 0.9, "\(name) Louvain seed \(seed)")
                XCTAssertGreaterThanOrEqual(nmiLeiden, 0.9, "\(name) Leiden seed \(seed)")
            }
        }
        XCTAssertEqual(PartitionSimilarity.normalizedMutualInformation([0, 0, 1, 1], [5, 5, 2, 2]), 1, accuracy: 1e-15)
        XCTAssertEqual(PartitionSimilarity.normalizedMutualInformation([0, 1, 0, 1], [0, 0, 1, 1]), 0, accuracy: 1e-15)
    }

    /// Leiden's guarantee: every community induces a connected subgraph.
    func testLeidenCommunitiesAreConnected() {
        for f in Fixture.undirected {
            for objective in [Leiden.Objective.modularity, .cpm] {
                let found = Leiden.communities(on: f.graph, objective: objective, resolution: objective == .cpm ? 0.05 : 1,
                                               seed: 5, restarts: 1)
                let m = found.membership
                var seen = [Bool](repeating: false, count: f.graph.nodeCount)
                var reachedCommunities = Set<Int>()
                for start in 0..<f.graph.nodeCount where !seen[start] {
                    XCTAssertTrue(reachedCommunities.insert(m[start]).inserted,
                                  "\(f.name) \(objective): community \(m[start]) is not connected")
                    var stack = [start]; seen[start] = true
                    while let v = stack.popLast() {
                        for u in f.graph.neighbours(of: v) where !seen[Int(u)] && m[Int(u)] == m[v] {
                            seen[Int(u)] = true; stack.append(Int(u))
                        }
                    }
                }
            }
        }
    }

    func testCPM() {
        let g = Fixture.all.first { $0.name == "planted" }!.graph
        let found = Leiden.communities(on: g, objective: .cpm, resolution: 0.1, seed: 1)
        XCTAssertEqual(found.count, 4)
        let everything = Leiden.communities(on: g, objective: .cpm, resolution: 0.0, seed: 1)
        XCTAssertEqual(everything.count, 1)
    }

    func testReproducible() {
        let g = Fixture.all.first { $0.name == "lesmis" }!.graph
        XCTAssertEqual(Louvain.communities(on: g, seed: 7).membership, Louvain.communities(on: g, seed: 7).membership)
        XCTAssertEqual(Leiden.communities(on: g, seed: 7).membership, Leiden.communities(on: g, seed: 7).membership)
        XCTAssertEqual(LabelPropagation.communities(on: g, seed: 7).membership,
                       LabelPropagation.communities(on: g, seed: 7).membership)
    }
}
