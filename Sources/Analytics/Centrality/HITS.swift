/// HITS hubs and authorities.
///
/// Definition: authorities a are the leading right singular vector of the (weighted)
/// adjacency matrix A (the Perron vector of AᵀA); hubs h = A a. A good hub points to good
/// authorities; a good authority is pointed to by good hubs.
///
/// Paper: J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of
/// the ACM 46(5), 1999.
///
/// Complexity: O(m) per iteration; power iteration on AᵀA from the uniform vector, to a
/// tight tolerance, since networkx solves the singular value problem with ARPACK.
///
/// networkx conventions (`hits(G, max_iter=100, tol=1e-08, normalized=True)`): weights are
/// strengths and used; normalised so that each vector sums to 1 (unnormalised: a has unit
/// Euclidean norm, h = A a). When the leading singular value is not simple the vectors are
/// not unique and neither library's choice is canonical. A graph without edges is an error.
public enum HITS {
    /// Hub and authority scores, indexed like the graph's nodes.
    public static func compute(on graph: CompactGraph, maxIterations: Int = 100_000, tolerance: Double = 1e-14,
                               normalized: Bool = true, weighted: Bool = true) throws -> (hubs: [Double], authorities: [Double]) {
        let n = graph.nodeCount
        if n == 0 { return ([], []) }
        guard !graph.neighbours.isEmpty else {
            throw AnalyticsError.undefined(measure: "HITS", reason: "the graph has no edges")
        }
        let incoming = graph.reversed()
        func weight(_ g: CompactGraph, _ e: Int) -> Double { weighted ? g.weights[e] : 1 }
        // h = A a (over out-rows), a' = Aᵀ h (over in-rows).
        func hubs(_ a: [Double]) -> [Double] {
            (0..<n).map { i in
                var s = 0.0
                for e in graph.offsets[i]..<graph.offsets[i + 1] { s += weight(graph, e) * a[Int(graph.neighbours[e])] }
                return s
            }
        }
        var a = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var converged = false
        for _ in 0..<maxIterations {
            let h = hubs(a)
            var next = (0..<n).map { j in
                var s = 0.0
                for e in incoming.offsets[j]..<incoming.offsets[j + 1] {
                    s += weight(incoming, e) * h[Int(incoming.neighbours[e])]
                }
                return s
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { throw AnalyticsError.undefined(measure: "HITS", reason: "the graph has no edges") }
            var change = 0.0
            for j in 0..<n { next[j] /= norm; change += abs(next[j] - a[j]) }
            a = next
            if change < tolerance * Double(n) { converged = true; break }
        }
        if !converged { throw AnalyticsError.didNotConverge(measure: "HITS", iterations: maxIterations) }
        var h = hubs(a)
        if normalized {
            let sh = h.reduce(0, +), sa = a.reduce(0, +)
            h = h.map { $0 / sh }
            a = a.map { $0 / sa }
        }
        return (h, a)
    }
}
