/// Closeness centrality.
///
/// Definition: C(u) = (r − 1) / Σ_v d(v, u), summed over the r − 1 other nodes that can
/// reach u; with the Wasserman–Faust improvement (the default) multiplied by
/// (r − 1)/(n − 1), so nodes in small components score less. A node that nothing reaches
/// scores 0. In a directed graph distances run *to* u (incoming), as in networkx.
///
/// Papers: L. C. Freeman, "Centrality in networks: I. Conceptual clarification", Social
/// Networks 1(3), 1979; S. Wasserman & K. Faust, "Social Network Analysis", Cambridge
/// University Press, 1994 (the correction for disconnected graphs).
///
/// Complexity: O(n·m) unweighted, O(n·m + n² log n) weighted; sources spread over all cores.
///
/// networkx conventions (`closeness_centrality(G, distance=None, wf_improved=True)`):
/// weights, when used, are lengths; the graph is reversed for directed graphs.
public enum Closeness {
    /// Closeness of every node, indexed like the graph's nodes.
    ///
    /// ```swift
    /// let closeness = Closeness.compute(on: IndexedNetwork(dataset).graph)
    /// ```
    ///
    /// - Parameters:
    ///   - graph: the compact graph (see `IndexedNetwork`).
    ///   - weighted: use edge weights as lengths (Dijkstra) rather than counting hops.
    ///   - wfImproved: scale by the reachable fraction (Wasserman–Faust), networkx's default.
    ///   - nodes: compute only these nodes (networkx's `u`), returned in this order; all when nil.
    public static func compute(on graph: CompactGraph, weighted: Bool = false, wfImproved: Bool = true,
                               nodes: [Int]? = nil) -> [Double] {
        let n = graph.nodeCount
        let sums = DistanceSums(graph, weighted: weighted, targets: nodes)
        return (nodes ?? Array(0..<n)).map { u in
            let reached = Double(sums.reached[u])
            guard sums.total[u] > 0 && n > 1 else { return 0 }
            let value = (reached - 1) / sums.total[u]
            return wfImproved ? value * (reached - 1) / Double(n - 1) : value
        }
    }
}

/// A result buffer that workers write at distinct indices.
struct SharedOutput<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
    @inline(__always) subscript(i: Int) -> T {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
}
