/// Shortest-path betweenness centrality.
///
/// Definition: c_B(v) = Σ_{s≠v≠t} σ(s, t | v) / σ(s, t), where σ(s, t) is the number of
/// shortest s–t paths and σ(s, t | v) the number passing through v.
///
/// Paper: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2), 2001; variants (endpoints, sampled sources) from U. Brandes,
/// "On variants of shortest-path betweenness centrality and their generic computation",
/// Social Networks 30(2), 2008.
///
/// Complexity: O(n·m) unweighted (one breadth-first search per source), O(n·m + n² log n)
/// weighted (Dijkstra); O(n + m) memory per core. Sources are spread over all cores, each
/// with its own accumulator, merged in a fixed order.
///
/// networkx conventions (`betweenness_centrality(G, k, normalized=True, weight=None,
/// endpoints=False, seed)`): weights are lengths; undirected scores are halved when not
/// normalised; normalised scores are divided by (n−1)(n−2) (undirected and directed alike,
/// n counting endpoints when they are included); predecessors are found by exact
/// floating-point equality of path lengths, as networkx does; self-loops never lie on a
/// shortest path. With `k` sampled sources the scores are rescaled as networkx's `_rescale`.
public enum Betweenness {
    /// Exact betweenness of every node, indexed like the graph's nodes.
    /// - Parameters:
    ///   - normalized: divide by the number of ordered pairs not containing the node.
    ///   - weighted: use edge weights as lengths (Dijkstra) rather than counting hops.
    ///   - endpoints: count the path's ends as lying on it.
    public static func compute(on graph: CompactGraph, normalized: Bool = true, weighted: Bool = false,
                               endpoints: Bool = false) -> [Double] {
        let raw = accumulate(graph, sources: Array(0..<graph.nodeCount), weighted: weighted, endpoints: endpoints)
        return rescale(raw, nodeCount: graph.nodeCount, normalized: normalized, directed: graph.isDirected,
                       endpoints: endpoints, sampled: nil)
    }

    /// Betweenness estimated from `k` source nodes drawn without replacement by a generator
    /// seeded with `seed` (reproducible). `k ≥ n` gives the exact scores.
    public static func approximate(on graph: CompactGraph, sources k: Int, seed: UInt64,
                                   normalized: Bool = true, weighted: Bool = false,
                                   endpoints: Bool = false) -> [Double] {
        let n = graph.nodeCount
        if k >= n { return compute(on: graph, normalized: normalized, weighted: weighted, endpoints: endpoints) }
        let sources = sampleSources(nodeCount: n, k: max(0, k), seed: seed)
        let raw = accumulate(graph, sources: sources, weighted: weighted, endpoints: endpoints)
        return rescale(raw, nodeCount: n, normalized: normalized, directed: graph.isDirected,
                       endpoints: endpoints, sampled: sources)
    }

    /// Betweenness accumulated from the given source nodes only, rescaled as networkx rescales
    /// a sample of `sources.count` sources (exact when every node is a source).
    public static func compute(on graph: CompactGraph, sources: [Int], normalized: Bool = true,
                               weighted: Bool = false, endpoints: Bool = false) -> [Double] {
        let n = graph.nodeCount
        if Set(sources).count == n { return compute(on: graph, normalized: normalized, weighted: weighted, endpoints: endpoints) }
        let raw = accumulate(graph, sources: sources, weighted: weighted, endpoints: endpoints)
        return rescale(raw, nodeCount: n, normalized: normalized, directed: graph.isDirected,
                       endpoints: endpoints, sampled: sources)
    }

    /// `k` distinct nodes of `0..<nodeCount`, a partial Fisher–Yates shuffle.
    static func sampleSources(nodeCount: Int, k: Int, seed: UInt64) -> [Int] {
        var generator = SeededGenerator(seed: seed)
        var pool = Array(0..<nodeCount)
        for i in 0..<min(k, nodeCount) {
            pool.swapAt(i, i + generator.below(nodeCount - i))
        }
        return Array(pool.prefix(k))
    }

    /// Unscaled sums of pair dependencies over `sources`, on all cores.
    static func accumulate(_ graph: CompactGraph, sources: [Int], weighted: Bool, endpoints: Bool) -> [Double] {
        let n = graph.nodeCount
        let incoming = graph.reversed()
        let states = graph.withRows { rows in
            incoming.withRows { inRows in
                Parallel.forEach(count: sources.count, makeState: { Worker(nodeCount: n) }) { worker, item in
                    worker.run(rows, inRows, source: sources[item], weighted: weighted, endpoints: endpoints)
                }
            }
        }
        var total = [Double](repeating: 0, count: n)
        for state in states {
            for v in 0..<n { total[v] += state.score[v] }
        }
        return total
    }

    /// One thread's search workspace and accumulator.
    final class Worker {
        let search: SingleSourceSearch
        let score: UnsafeMutableBufferPointer<Double>

        init(nodeCount: Int) {
            search = SingleSourceSearch(nodeCount: nodeCount)
            score = .allocate(capacity: nodeCount)
            score.initialize(repeating: 0)
        }

        deinit { score.deallocate() }

        /// Brandes' dependency accumulation from one source, predecessors found on the fly.
        func run(_ rows: Rows, _ inRows: Rows, source: Int, weighted: Bool, endpoints: Bool) {
            search.search(rows, from: source, weighted: weighted, countPaths: true)
            let order = search.order, distance = search.distance, sigma = search.sigma
            let delta = search.scratch
            let reached = search.reachedCount
            if endpoints { score[source] += Double(reached - 1) }
            var i = reached - 1
            while i > 0 {
                let w = Int(order[i])
                let dw = distance[w]
                let coefficient = (1 + delta[w]) / sigma[w]
                if weighted {
                    for e in inRows.start(w)..<inRows.end(w) {
                        let v = Int(inRows.neighbours[e])
                        if distance[v] + inRows.weights[e] == dw && v != w {
                            delta[v] += sigma[v] * coefficient
                        }
                    }
                } else {
                    let previous = dw - 1
                    for e in inRows.start(w)..<inRows.end(w) {
                        let v = Int(inRows.neighbours[e])
                        if distance[v] == previous { delta[v] += sigma[v] * coefficient }
                    }
                }
                score[w] += endpoints ? delta[w] + 1 : delta[w]
                i -= 1
            }
        }
    }

    /// networkx's `_rescale` for node betweenness.
    static func rescale(_ raw: [Double], nodeCount n: Int, normalized: Bool, directed: Bool,
                        endpoints: Bool, sampled: [Int]?) -> [Double] {
        let pairs = endpoints ? n : n - 1
        if pairs < 2 { return raw }
        let k = sampled?.count ?? pairs
        let correction = directed ? 1.0 : 2.0
        if sampled == nil || endpoints {
            let scale = normalized ? 1 / (Double(k) * Double(pairs - 1)) : Double(pairs) / (Double(k) * correction)
            return scale == 1 ? raw : raw.map { $0 * scale }
        }
        let source: Double, other: Double
        if normalized {
            source = k > 1 ? 1 / (Double(k - 1) * Double(pairs - 1)) : .nan
            other = 1 / (Double(k) * Double(pairs - 1))
        } else {
            source = k > 1 ? Double(pairs) / (Double(k - 1) * correction) : .nan
            other = Double(pairs) / (Double(k) * correction)
        }
        var isSource = [Bool](repeating: false, count: n)
        for s in sampled! { isSource[s] = true }
        return raw.enumerated().map { v, b in b * (isSource[v] ? source : other) }
    }
}
