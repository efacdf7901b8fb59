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
    ///
    /// ```swift
    /// let network = IndexedNetwork(dataset)
    /// let scores = Betweenness.compute(on: network.graph)         // networkx's defaults
    /// let raw = Betweenness.compute(on: network.graph, normalized: false)
    /// ```
    ///
    /// - Parameters:
    ///   - graph: the compact graph (see `IndexedNetwork`).
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

    /// Unscaled sums of pair dependencies over `sources`, on all cores. When every node is a
    /// source, leaves are folded into their neighbour's search (`LeafFolding`; directed graphs
    /// fold nodes with one arc out, and only without endpoints).
    static func accumulate(_ graph: CompactGraph, sources: [Int], weighted: Bool, endpoints: Bool) -> [Double] {
        // Large graphs are relabelled for memory locality, then results mapped back.
        if graph.nodeCount >= 2048 {
            let local = LocalityOrder(graph)
            let raw = accumulateInPlace(local.graph, sources: sources.map { Int(local.newIndex[$0]) },
                                        weighted: weighted, endpoints: endpoints)
            return local.restore(raw)
        }
        return accumulateInPlace(graph, sources: sources, weighted: weighted, endpoints: endpoints)
    }

    static func accumulateInPlace(_ graph: CompactGraph, sources: [Int], weighted: Bool, endpoints: Bool,
                                  foldLeaves: Bool = true) -> [Double] {
        let n = graph.nodeCount
        // With real weights, d(s, t) = w + d(p, t) may round differently from networkx's
        // sums along paths from s itself, and change which paths tie; integer weights are exact.
        let exactLengths = !weighted || graph.weights.allSatisfy { $0 == $0.rounded() && abs($0) < 1e9 }
        let incoming = graph.reversed()
        // Directed leaves fold only without endpoints (whose leaf terms differ); see LeafFolding.
        let folds = foldLeaves && exactLengths && sources.count == n && !(graph.isDirected && endpoints)
        let folding = folds ? (graph.isDirected ? LeafFolding(directed: graph, incoming: incoming) : LeafFolding(graph)) : nil
        let searched = folding?.sources ?? sources
        let states = graph.withRows { rows in
            incoming.withRows { inRows in
                Parallel.forEach(count: searched.count, makeState: { Worker(nodeCount: n, slots: rows.neighbours.count) }) {
                    worker, item in
                    let s = searched[item]
                    let leaves = folding.map { Int($0.leafCount[s]) } ?? 0
                    let unreachedLeaves = folding.map { Int($0.sourceLeafCount[s]) } ?? 0
                    let reached: Int
                    if weighted {
                        reached = worker.dijkstraSource(rows, inRows, source: s, multiplier: Double(1 + leaves + unreachedLeaves),
                                                        endpoints: endpoints)
                    } else {
                        reached = worker.breadthFirstSource(rows, source: s, multiplier: Double(1 + leaves + unreachedLeaves),
                                                            endpoints: endpoints)
                    }
                    guard leaves + unreachedLeaves > 0, let folding else { return }
                    // What the leaves' own searches add beyond (1 + leaves) copies of s's.
                    if endpoints {
                        for e in rows.start(s)..<rows.end(s) where folding.parent[Int(rows.neighbours[e])] == Int32(s) {
                            worker.score[Int(rows.neighbours[e])] += Double(reached - 2)
                        }
                    } else {
                        // From each leaf, s lies on the path to every node s reaches but s and the
                        // leaf (reached from s when it points back, else not).
                        worker.score[s] += Double(leaves) * Double(reached - 2) + Double(unreachedLeaves) * Double(reached - 1)
                    }
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
        // Breadth-first workspace: levels (-1 unreached), path counts, the settling order,
        // and the shortest-path DAG's arcs grouped by tail in settling order.
        let level: UnsafeMutablePointer<Int32>
        let sigma: UnsafeMutablePointer<Double>
        let coefficient: UnsafeMutablePointer<Double>
        let order: UnsafeMutablePointer<Int32>
        let dagStart: UnsafeMutablePointer<Int32>
        let dagHead: UnsafeMutablePointer<Int32>

        init(nodeCount n: Int, slots: Int) {
            search = SingleSourceSearch(nodeCount: n)
            score = .allocate(capacity: max(1, n)); score.initialize(repeating: 0)
            level = .allocate(capacity: max(1, n)); level.initialize(repeating: -1, count: max(1, n))
            sigma = .allocate(capacity: max(1, n)); sigma.initialize(repeating: 0, count: max(1, n))
            coefficient = .allocate(capacity: max(1, n)); coefficient.initialize(repeating: 0, count: max(1, n))
            order = .allocate(capacity: max(1, n))
            dagStart = .allocate(capacity: n + 1)
            dagHead = .allocate(capacity: max(1, slots))
        }

        deinit {
            score.deallocate(); level.deallocate(); sigma.deallocate(); coefficient.deallocate()
            order.deallocate(); dagStart.deallocate(); dagHead.deallocate()
        }

        /// Brandes from one source by breadth-first search, recording the DAG of shortest
        /// paths so the backward sweep reads only its arcs: δ(v) = σ_v Σ_{w succ v} (1 + δ(w))/σ_w.
        /// Adds `multiplier` × the dependencies; returns the number of nodes reached.
        func breadthFirstSource(_ rows: Rows, source: Int, multiplier: Double, endpoints: Bool) -> Int {
            level[source] = 0; sigma[source] = 1
            order[0] = Int32(source)
            var head = 0, tail = 1, arcs: Int32 = 0
            while head < tail {
                let v = Int(order[head])
                dagStart[head] = arcs
                head += 1
                let next = level[v] + 1
                let sv = sigma[v]
                for e in rows.start(v)..<rows.end(v) {
                    let w32 = rows.neighbours[e]
                    let w = Int(w32)
                    let lw = level[w]
                    if lw < 0 {
                        level[w] = next; sigma[w] = sv
                        order[tail] = w32; tail += 1
                        dagHead[Int(arcs)] = w32; arcs += 1
                    } else if lw == next {
                        sigma[w] += sv
                        dagHead[Int(arcs)] = w32; arcs += 1
                    }
                }
            }
            dagStart[tail] = arcs
            var i = tail - 1
            while i >= 0 {
                let v = Int(order[i])
                var sum = 0.0
                for k in Int(dagStart[i])..<Int(dagStart[i + 1]) { sum += coefficient[Int(dagHead[k])] }
                let sv = sigma[v]
                let delta = sv * sum
                coefficient[v] = (1 + delta) / sv
                if i > 0 { score[v] += multiplier * (endpoints ? delta + 1 : delta) }
                level[v] = -1
                i -= 1
            }
            if endpoints { score[source] += multiplier * Double(tail - 1) }
            return tail
        }

        /// Brandes from one source by Dijkstra, predecessors found by exact equality of
        /// path lengths as networkx does. Returns the number of nodes reached.
        func dijkstraSource(_ rows: Rows, _ inRows: Rows, source: Int, multiplier: Double, endpoints: Bool) -> Int {
            search.dijkstra(rows, from: source, countPaths: true)
            let order = search.order, distance = search.distance, sigma = search.sigma
            let delta = search.scratch
            let reached = search.reachedCount
            if endpoints { score[source] += multiplier * Double(reached - 1) }
            var i = reached - 1
            while i > 0 {
                let w = Int(order[i])
                let dw = distance[w]
                let coefficient = (1 + delta[w]) / sigma[w]
                for e in inRows.start(w)..<inRows.end(w) {
                    let v = Int(inRows.neighbours[e])
                    if distance[v] + inRows.weights[e] == dw && v != w { delta[v] += sigma[v] * coefficient }
                }
                score[w] += multiplier * (endpoints ? delta[w] + 1 : delta[w])
                i -= 1
            }
            return reached
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
