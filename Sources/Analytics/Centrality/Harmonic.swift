/// Harmonic centrality.
///
/// Definition: H(u) = Σ_{v ≠ u} 1 / d(v, u), where 1/∞ = 0; in a directed graph distances
/// run *to* u, as in networkx. Pairs at distance 0 (zero-length edges) are skipped.
///
/// Paper: M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285, 2000;
/// P. Boldi & S. Vigna, "Axioms for centrality", Internet Mathematics 10, 2014.
///
/// Complexity: O(n·m) unweighted, O(n·m + n² log n) weighted; sources spread over all cores.
///
/// networkx conventions (`harmonic_centrality(G, distance=None)`): not normalised; weights,
/// when used, are lengths.
public enum Harmonic {
    /// Harmonic centrality of every node, indexed like the graph's nodes.
    /// - Parameters:
    ///   - graph: the compact graph (see `IndexedNetwork`).
    ///   - weighted: use edge weights as lengths (Dijkstra) rather than counting hops.
    ///   - nodes: compute only these nodes (networkx's `nbunch`), in this order; all when nil.
    public static func compute(on graph: CompactGraph, weighted: Bool = false, nodes: [Int]? = nil) -> [Double] {
        let sums = DistanceSums(graph, weighted: weighted, targets: nodes)
        return nodes.map { $0.map { sums.harmonic[$0] } } ?? sums.harmonic
    }
}
