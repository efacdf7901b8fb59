/// Density.
///
/// Definition: m / (n(n − 1)/2) for an undirected graph, m / (n(n − 1)) for a directed one,
/// where m counts distinct edges (self-loops included, as networkx counts them); 0 when
/// there is no edge or n ≤ 1.
///
/// Paper: S. Wasserman & K. Faust, "Social Network Analysis", 1994, §4.2. Complexity: O(n).
///
/// networkx conventions: `density(G)`.
public enum Density {
    /// The density of `graph`.
    public static func of(_ graph: CompactGraph) -> Double {
        let n = graph.nodeCount, m = graph.edgeCount
        if m == 0 || n <= 1 { return 0 }
        let d = Double(m) / (Double(n) * Double(n - 1))
        return graph.isDirected ? d : 2 * d
    }
}
