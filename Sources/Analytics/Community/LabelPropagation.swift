/// Asynchronous label propagation.
///
/// Definition: every node starts with its own label; in rounds, nodes visited in a random
/// order take the label most frequent (by count, or by total edge weight) among their
/// neighbours, a tie broken uniformly at random, keeping their label when it is already
/// among the most frequent. It stops after a round in which every node already held a
/// most frequent label. Communities are the final labels.
///
/// Paper: U. N. Raghavan, R. Albert & S. Kumara, "Near linear time algorithm to detect
/// community structures in large-scale networks", Physical Review E 76, 036106, 2007.
///
/// Complexity: O(m) per round.
///
/// networkx conventions (`community.asyn_lpa_communities(G, weight=None, seed)`):
/// unweighted by default; a self-loop counts the node's own label; isolated nodes keep
/// theirs; nodes are reshuffled every round. Directed graphs follow out-arcs, as networkx
/// does, and their modularity is the directed one. Seeded by this package's generator: reproducible, not networkx's numbers.
public enum LabelPropagation {
    /// Communities of `graph` found by asynchronous label propagation.
    public static func communities(on graph: CompactGraph, seed: UInt64 = 0, weighted: Bool = false,
                                   maxRounds: Int = 10_000) -> Communities {
        let n = graph.nodeCount
        var label = (0..<n).map { Int32($0) }
        var generator = SeededGenerator(seed: seed)
        var order = (0..<n).map { Int32($0) }
        var counts = CommunityWeights(capacity: n)
        var best: [Int32] = []
        var rounds = 0
        var changed = true
        while changed && rounds < maxRounds {
            changed = false; rounds += 1
            generator.shuffle(&order)
            for v32 in order {
                let v = Int(v32)
                let start = graph.offsets[v], end = graph.offsets[v + 1]
                if start == end { continue }
                for i in start..<end {
                    counts.add(label[Int(graph.neighbours[i])], weighted ? graph.weights[i] : 1)
                }
                var top = -Double.infinity
                for c in counts.touched { top = max(top, counts.weight[Int(c)]) }
                best.removeAll(keepingCapacity: true)
                for c in counts.touched where counts.weight[Int(c)] == top { best.append(c) }
                if !best.contains(label[v]) {
                    label[v] = best[generator.below(best.count)]
                    changed = true
                }
                counts.clear()
            }
        }
        let modularity = Modularity.of(label.map(Int.init), on: graph, weighted: weighted)
        return Communities(membership: label, modularity: modularity, quality: nil)
    }
}
