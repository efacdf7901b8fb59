/// PageRank.
///
/// Definition: the stationary distribution of a random walk that follows an out-edge with
/// probability α (chosen in proportion to its weight) and otherwise jumps to a node drawn
/// from the personalisation vector p; from a node without out-edges (dangling) it jumps by
/// the dangling distribution (p by default). Power iteration:
/// x ← α (xᵀ·D⁻¹A + (Σ_dangling x)·d) + (1 − α) p, stopped when ‖x − x_last‖₁ < n·tol.
///
/// Paper: S. Brin & L. Page, "The anatomy of a large-scale hypertextual Web search engine",
/// Computer Networks 30, 1998.
///
/// Complexity: O(m) per iteration; the product runs on all cores.
///
/// networkx conventions (`pagerank(G, alpha=0.85, personalization=None, max_iter=100,
/// tol=1e-06, nstart=None, weight="weight", dangling=None)`): weights are strengths and used
/// by default; an undirected edge is an arc each way and a self-loop is one arc; the start
/// vector is uniform; the result is the last iterate, not renormalised; failure to converge
/// in `maxIterations` is an error.
public enum PageRank {
    /// PageRank of every node, indexed like the graph's nodes.
    ///
    /// ```swift
    /// let network = IndexedNetwork(dataset)                   // weights = agreements per pair
    /// let ranks = try PageRank.compute(on: network.graph)     // throws when it does not converge
    /// ```
    ///
    /// - Parameters:
    ///   - graph: the compact graph (see `IndexedNetwork`).
    ///   - alpha: damping factor, the probability of following an edge.
    ///   - personalization: jump weights per node (normalised here); uniform when nil.
    ///   - maxIterations: the power iterations allowed before failing (networkx's `max_iter`).
    ///   - tolerance: stop when the L1 change is below nodeCount × tolerance (networkx's `tol`).
    ///   - start: initial vector (normalised here); uniform when nil.
    ///   - weighted: follow edges in proportion to their weights (networkx's default).
    ///   - dangling: where walkers at nodes without out-edges jump; `personalization` when nil.
    public static func compute(on graph: CompactGraph, alpha: Double = 0.85, personalization: [Double]? = nil,
                               maxIterations: Int = 100, tolerance: Double = 1e-6, start: [Double]? = nil,
                               weighted: Bool = true, dangling: [Double]? = nil) throws -> [Double] {
        let n = graph.nodeCount
        if n == 0 { return [] }
        let p = try normalised(personalization, n, name: "personalization")
        let danglingWeights = try dangling.map { try normalised($0, n, name: "dangling") } ?? p
        var x = try normalised(start, n, name: "start")
        // Row sums and their inverses, as networkx's S and Q.
        var inverse = [Double](repeating: 0, count: n)
        var danglingNodes: [Int] = []
        for v in 0..<n {
            var s = 0.0
            for i in graph.offsets[v]..<graph.offsets[v + 1] { s += weighted ? graph.weights[i] : 1 }
            if s != 0 { inverse[v] = 1 / s } else { danglingNodes.append(v) }
        }
        // Transition probabilities laid out by target (the reversed rows), so each new entry
        // is a gather: no write conflicts between cores.
        let incoming = graph.reversed()
        var probability = [Double](repeating: 0, count: incoming.neighbours.count)
        for j in 0..<n {
            for e in incoming.offsets[j]..<incoming.offsets[j + 1] {
                let i = Int(incoming.neighbours[e])
                probability[e] = inverse[i] * (weighted ? incoming.weights[e] : 1)
            }
        }
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for v in danglingNodes { danglingSum += x[v] }
            let error = step(incoming, probability, x, &next, alpha: alpha, danglingSum: danglingSum,
                             danglingWeights: danglingWeights, personalization: p)
            swap(&x, &next)
            if error < Double(n) * tolerance { return x }
        }
        throw AnalyticsError.didNotConverge(measure: "PageRank", iterations: maxIterations)
    }

    /// One power-iteration step into `next`; returns ‖next − x‖₁.
    private static func step(_ incoming: CompactGraph, _ probability: [Double], _ x: [Double], _ next: inout [Double],
                             alpha: Double, danglingSum: Double, danglingWeights: [Double],
                             personalization p: [Double]) -> Double {
        let n = x.count
        var partial = [Double](repeating: 0, count: Parallel.coreCount)  // one error sum per chunk
        incoming.withRows { rows in
            probability.withUnsafeBufferPointer { prob in
                x.withUnsafeBufferPointer { xs in
                    danglingWeights.withUnsafeBufferPointer { dw in
                        p.withUnsafeBufferPointer { ps in
                            next.withUnsafeMutableBufferPointer { out in
                                partial.withUnsafeMutableBufferPointer { errs in
                                    let output = SharedOutput(out), errors = SharedOutput(errs)
                                    let chunks = n >= 16_384 ? Parallel.coreCount : 1
                                    Parallel.ranges(count: chunks, minimumPerWorker: 1) { workers in
                                        for w in workers {
                                            var err = 0.0
                                            for j in (n * w / chunks)..<(n * (w + 1) / chunks) {
                                                var s = 0.0
                                                for e in rows.start(j)..<rows.end(j) {
                                                    s += xs[Int(rows.neighbours[e])] * prob[e]
                                                }
                                                let value = alpha * (s + danglingSum * dw[j]) + (1 - alpha) * ps[j]
                                                output[j] = value
                                                err += abs(value - xs[j])
                                            }
                                            errors[w] = err
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return partial.reduce(0, +)
    }

    /// `vector` divided by its sum, or the uniform vector when nil.
    static func normalised(_ vector: [Double]?, _ n: Int, name: String) throws -> [Double] {
        guard let vector else { return [Double](repeating: 1 / Double(n), count: n) }
        guard vector.count == n else {
            throw AnalyticsError.invalidParameter("\(name) has \(vector.count) entries for \(n) nodes")
        }
        let total = vector.reduce(0, +)
        guard total != 0 else { throw AnalyticsError.invalidParameter("\(name) sums to zero") }
        return vector.map { $0 / total }
    }
}
