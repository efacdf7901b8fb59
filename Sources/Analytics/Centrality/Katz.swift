import Foundation

/// Katz centrality.
///
/// Definition: x_v = α Σ_u A_uv x_u + β_v, the fixed point of x = α Aᵀx + β (in a directed
/// graph a node gains from those pointing to it); it exists when α < 1/λ_max.
///
/// Paper: L. Katz, "A new status index derived from sociometric analysis", Psychometrika
/// 18(1), 1953.
///
/// Complexity: O(m) per iteration.
///
/// networkx conventions (`katz_centrality(G, alpha=0.1, beta=1.0, max_iter=1000,
/// tol=1e-06, nstart=None, normalized=True, weight=None)`): unweighted by default (weights,
/// when used, are strengths); iteration from the zero vector until the L1 change is below
/// n·tol; normalised to unit Euclidean norm; failure to converge is an error.
public enum Katz {
    /// Katz centrality of every node, indexed like the graph's nodes.
    /// - Parameters:
    ///   - graph: the compact graph (see `IndexedNetwork`).
    ///   - alpha: attenuation factor (below 1/λ_max for convergence).
    ///   - beta: the constant given to every node, unless `betaPerNode` gives one each.
    ///   - betaPerNode: a constant for each node, indexed like the graph's nodes; `beta` for all when nil.
    ///   - maxIterations: the iterations allowed before failing (networkx's `max_iter`).
    ///   - tolerance: stop when the L1 change is below nodeCount × tolerance (networkx's `tol`).
    ///   - start: initial vector (networkx's `nstart`); the zero vector when nil.
    ///   - normalized: scale to unit Euclidean norm.
    ///   - weighted: use edge weights as strengths.
    public static func compute(on graph: CompactGraph, alpha: Double = 0.1, beta: Double = 1,
                               betaPerNode: [Double]? = nil, maxIterations: Int = 1000, tolerance: Double = 1e-6,
                               start: [Double]? = nil, normalized: Bool = true,
                               weighted: Bool = false) throws -> [Double] {
        let n = graph.nodeCount
        if n == 0 { return [] }
        if let betaPerNode, betaPerNode.count != n {
            throw AnalyticsError.invalidParameter("beta has \(betaPerNode.count) entries for \(n) nodes")
        }
        if let start, start.count != n {
            throw AnalyticsError.invalidParameter("start has \(start.count) entries for \(n) nodes")
        }
        let b = betaPerNode ?? [Double](repeating: beta, count: n)
        let incoming = graph.reversed()
        var x = start ?? [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var change = 0.0
            for j in 0..<n {
                var s = 0.0
                for e in incoming.offsets[j]..<incoming.offsets[j + 1] {
                    s += x[Int(incoming.neighbours[e])] * (weighted ? incoming.weights[e] : 1)
                }
                next[j] = alpha * s + b[j]
                change += abs(next[j] - x[j])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                if normalized {
                    let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
                    if norm > 0 { x = x.map { $0 / norm } }
                }
                return x
            }
        }
        throw AnalyticsError.didNotConverge(measure: "Katz centrality", iterations: maxIterations)
    }
}
