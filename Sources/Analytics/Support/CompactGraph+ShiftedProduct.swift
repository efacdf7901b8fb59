extension CompactGraph {
    /// One step of power iteration on (A + I)ᵀ: next[j] = x[j] + Σ_{i → j} w_ij·x[i], where
    /// this graph holds the incoming rows (`graph.reversed()`); returns Σ next[j]². The shift
    /// by I makes the dominant eigenvalue unique in modulus (bipartite and periodic graphs
    /// converge), as networkx's eigenvector centrality iterates. O(n + m).
    func shiftedProduct(_ x: [Double], into next: inout [Double], weighted: Bool) -> Double {
        var squares = 0.0
        for j in 0..<nodeCount {
            var s = x[j]
            for e in offsets[j]..<offsets[j + 1] {
                s += x[Int(neighbours[e])] * (weighted ? weights[e] : 1)
            }
            next[j] = s
            squares += s * s
        }
        return squares
    }
}
