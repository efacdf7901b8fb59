/// Eigenvector centrality.
///
/// Definition: the entries of the left Perron eigenvector x of the adjacency matrix A,
/// λx_v = Σ_u A_uv x_u (in a directed graph a node is central when central nodes point to
/// it), scaled to unit Euclidean norm.
///
/// Paper: P. Bonacich, "Power and centrality: a family of measures", American Journal of
/// Sociology 92(5), 1987.
///
/// Complexity: O(m) per iteration.
///
/// networkx conventions (`eigenvector_centrality(G, max_iter=100, tol=1e-06, nstart=None,
/// weight=None)`): unweighted by default (weights, when used, are strengths); power
/// iteration on A + I from the uniform vector normalised to sum 1; after each step the
/// vector is divided by its Euclidean norm; stops when the L1 change is below n·tol, and
/// failing that in `maxIterations` is an error, as is the null graph.
public enum Eigenvector {
    /// Eigenvector centrality of every node, indexed like the graph's nodes.
    /// - Parameters:
    ///   - graph: the compact graph (see `IndexedNetwork`).
    ///   - maxIterations: the power iterations allowed before failing (networkx's `max_iter`).
    ///   - tolerance: stop when the L1 change is below nodeCount × tolerance (networkx's `tol`).
    ///   - weighted: use edge weights as strengths (networkx uses none by default).
    ///   - start: initial vector (normalised to sum 1 here); all ones when nil.
    public static func compute(on graph: CompactGraph, maxIterations: Int = 100, tolerance: Double = 1e-6,
                               start: [Double]? = nil, weighted: Bool = false) throws -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else {
            throw AnalyticsError.undefined(measure: "eigenvector centrality", reason: "the graph has no nodes")
        }
        if let start, start.allSatisfy({ $0 == 0 }) {
            throw AnalyticsError.invalidParameter("the start vector is all zeros")
        }
        var x = try PageRank.normalised(start, n, name: "start")
        let incoming = graph.reversed()
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            let squares = incoming.shiftedProduct(x, into: &next, weighted: weighted)
            var norm = squares.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for j in 0..<n {
                next[j] /= norm
                change += abs(next[j] - x[j])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalyticsError.didNotConverge(measure: "eigenvector centrality", iterations: maxIterations)
    }
}
