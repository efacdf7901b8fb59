/// Shortest-path edge betweenness centrality.
///
/// Definition: c_B(e) = Σ_{s,t} σ(s, t | e) / σ(s, t), summed over ordered pairs for
/// directed graphs and unordered pairs for undirected ones.
///
/// Paper: U. Brandes, "On variants of shortest-path betweenness centrality and their generic
/// computation", Social Networks 30(2), 2008; M. Girvan & M. E. J. Newman, PNAS 99, 2002.
///
/// Complexity: O(n·m) unweighted, O(n·m + n² log n) weighted; sources on all cores.
///
/// networkx conventions (`edge_betweenness_centrality(G, k=None, normalized=True,
/// weight=None, seed)`): normalised by n(n − 1) (networkx's `_rescale` with endpoints);
/// not normalised, undirected scores are halved; weights are lengths; self-loops score 0.
public enum EdgeBetweenness {
    /// One edge (an arc in a directed graph; source < target otherwise) and its score.
    public struct Score: Sendable, Equatable {
        /// The tail of the arc, or the smaller end of an undirected edge.
        public let source: Int
        /// The head of the arc, or the larger end of an undirected edge.
        public let target: Int
        /// The edge's betweenness.
        public let value: Double
    }

    /// Exact edge betweenness of every edge, in row order (by source, then target).
    public static func compute(on graph: CompactGraph, normalized: Bool = true, weighted: Bool = false) -> [Score] {
        compute(graph, sources: Array(0..<graph.nodeCount), sampled: false, normalized: normalized, weighted: weighted)
    }

    /// Edge betweenness from `k` sources drawn with `seed` (as `Betweenness.approximate`).
    public static func approximate(on graph: CompactGraph, sources k: Int, seed: UInt64, normalized: Bool = true,
                                   weighted: Bool = false) -> [Score] {
        let n = graph.nodeCount
        if k >= n { return compute(on: graph, normalized: normalized, weighted: weighted) }
        return compute(graph, sources: Betweenness.sampleSources(nodeCount: n, k: k, seed: seed), sampled: true,
                       normalized: normalized, weighted: weighted)
    }

    /// Edge betweenness accumulated from the given sources, rescaled as a sample of them.
    public static func compute(on graph: CompactGraph, sources: [Int], normalized: Bool = true,
                               weighted: Bool = false) -> [Score] {
        compute(graph, sources: sources, sampled: Set(sources).count < graph.nodeCount,
                normalized: normalized, weighted: weighted)
    }

    static func compute(_ graph: CompactGraph, sources: [Int], sampled: Bool, normalized: Bool,
                        weighted: Bool) -> [Score] {
        let n = graph.nodeCount
        let incoming = graph.reversed()
        let slots = incoming.neighbours.count
        let states = graph.withRows { rows in
            incoming.withRows { inRows in
                Parallel.forEach(count: sources.count, makeState: { Worker(nodeCount: n, slots: slots) }) { worker, item in
                    worker.run(rows, inRows, source: sources[item], weighted: weighted)
                }
            }
        }
        var raw = [Double](repeating: 0, count: slots)
        for state in states { for e in 0..<slots { raw[e] += state.score[e] } }
        // Scale as networkx's _rescale with endpoints: N = n, k sources.
        var scale = 1.0
        if n >= 2 {
            let k = Double(sampled ? sources.count : n)
            scale = normalized ? 1 / (k * Double(n - 1)) : Double(n) / (k * (graph.isDirected ? 1 : 2))
        }
        // Slot e of the reversed rows holds arc i → j (i = neighbour, j = row).
        var scores: [Score] = []
        scores.reserveCapacity(graph.isDirected ? slots : slots / 2 + 1)
        if graph.isDirected {
            for j in 0..<n {
                for e in incoming.offsets[j]..<incoming.offsets[j + 1] {
                    scores.append(Score(source: Int(incoming.neighbours[e]), target: j, value: raw[e] * scale))
                }
            }
            scores.sort { $0.source != $1.source ? $0.source < $1.source : $0.target < $1.target }
        } else {
            // Rows are sorted, so u's slot for v and v's slot for u are found by binary search.
            for u in 0..<n {
                for e in graph.offsets[u]..<graph.offsets[u + 1] {
                    let v = Int(graph.neighbours[e])
                    if v < u { continue }
                    var total = raw[e]
                    if v != u, let f = slot(graph, v, u) { total += raw[f] }
                    scores.append(Score(source: u, target: v, value: v == u ? 0 : total * scale))
                }
            }
        }
        return scores
    }

    static func slot(_ g: CompactGraph, _ u: Int, _ v: Int) -> Int? {
        var lo = g.offsets[u], hi = g.offsets[u + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(g.neighbours[mid]) < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < g.offsets[u + 1] && Int(g.neighbours[lo]) == v ? lo : nil
    }

    final class Worker {
        let search: SingleSourceSearch
        let score: UnsafeMutableBufferPointer<Double>

        init(nodeCount: Int, slots: Int) {
            search = SingleSourceSearch(nodeCount: nodeCount)
            score = .allocate(capacity: max(1, slots))
            score.initialize(repeating: 0)
        }

        deinit { score.deallocate() }

        func run(_ rows: Rows, _ inRows: Rows, source: Int, weighted: Bool) {
            search.search(rows, from: source, weighted: weighted, countPaths: true)
            let order = search.order, distance = search.distance, sigma = search.sigma
            let delta = search.scratch
            var i = search.reachedCount - 1
            while i > 0 {
                let w = Int(order[i])
                let dw = distance[w]
                let coefficient = (1 + delta[w]) / sigma[w]
                for e in inRows.start(w)..<inRows.end(w) {
                    let v = Int(inRows.neighbours[e])
                    let onPath = weighted ? (distance[v] + inRows.weights[e] == dw && v != w) : distance[v] == dw - 1
                    if onPath {
                        let c = sigma[v] * coefficient
                        score[e] += c
                        delta[v] += c
                    }
                }
                i -= 1
            }
        }
    }
}
