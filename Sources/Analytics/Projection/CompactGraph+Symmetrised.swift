/// Symmetrising: the undirected view of a directed compact graph, where an arc either way is
/// an edge whose weight is the sum of the weights of u→v and v→u (a self-loop's arc counts
/// once). Weakly connected components, the E-I index and Burt's mutual weights read a directed view this way.
extension CompactGraph {
    /// The undirected graph with an edge wherever this one has an arc either way
    /// (weights of u→v and v→u added).
    public func symmetrised() -> CompactGraph {
        guard isDirected else { return self }
        var edges: [(Int32, Int32)] = []
        var w: [Double] = []
        edges.reserveCapacity(neighbours.count)
        for v in 0..<nodeCount {
            for i in offsets[v]..<offsets[v + 1] {
                edges.append((Int32(v), neighbours[i])); w.append(weights[i])
            }
        }
        return CompactGraph(nodeCount: nodeCount, edges: edges, weights: w, directed: false)
    }
}
