/// The spectral radius λ_max of a graph's adjacency matrix: the largest eigenvalue of a
/// non-negative matrix (Perron–Frobenius), which bounds Katz centrality's attenuation factor
/// (the series Σ αᵏ Aᵏ converges only when α < 1/λ_max).
///
/// Method: power iteration on A + I from the all-ones vector (the shift makes the dominant
/// eigenvalue unique in modulus even for bipartite or periodic graphs, as networkx's
/// eigenvector centrality does), λ_max = ‖(A + I)x‖₂ − 1 for the normalised iterate x, stopped
/// when the estimate changes by less than 10⁻¹² relatively, or after `maxIterations`.
///
/// Paper: R. von Mises and H. Pollaczek-Geiringer, "Praktische Verfahren der
/// Gleichungsauflösung", ZAMM 9, 1929 (the power method); L. Katz, 1953, for the bound.
///
/// Complexity: O(m) per iteration.
public enum SpectralRadius {
    /// λ_max of the (weighted, when `weighted`) adjacency matrix; 0 for a graph without edges.
    public static func of(_ graph: CompactGraph, weighted: Bool = false, maxIterations: Int = 10_000) -> Double {
        let n = graph.nodeCount
        guard n > 0, !graph.neighbours.isEmpty else { return 0 }
        let incoming = graph.reversed()
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var next = [Double](repeating: 0, count: n)
        var estimate = 0.0
        for _ in 0..<maxIterations {
            let norm = incoming.shiftedProduct(x, into: &next, weighted: weighted).squareRoot()
            guard norm > 0 else { return 0 }
            for j in 0..<n { next[j] /= norm }
            swap(&x, &next)
            let previous = estimate
            estimate = norm - 1
            if abs(estimate - previous) <= 1e-12 * max(1, abs(estimate)) { break }
        }
        return estimate
    }
}
