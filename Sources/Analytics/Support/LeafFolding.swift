/// Degree-one nodes ("leaves") of an undirected graph, folded into their neighbour so that
/// all-pairs searches skip them: from a leaf s hanging on p, every shortest path goes through
/// p, so d(s, t) = d(s, p) + d(p, t) and σ_st = σ_pt for every t ≠ s. Measures derive the
/// leaf's contribution from p's search (Baglioni, Geraci, Pellegrini & Lastres, "Fast exact
/// computation of betweenness centrality in social networks", ASONAM 2012, degree-1
/// reduction). A leaf whose neighbour is itself a leaf (an isolated edge) is not folded.
struct LeafFolding {
    /// `parent[s]` is the neighbour a folded leaf s hangs on, or -1.
    let parent: [Int32]
    /// Folded leaves hanging on each node.
    let leafCount: [Int32]
    /// Nodes that still need their own search, in increasing order.
    let sources: [Int]

    init(_ graph: CompactGraph) {
        let n = graph.nodeCount
        var parent = [Int32](repeating: -1, count: n)
        var leafCount = [Int32](repeating: 0, count: n)
        // Neighbours other than the node itself.
        func properDegree(_ v: Int) -> Int {
            var d = 0
            for u in graph.neighbours(of: v) where Int(u) != v { d += 1 }
            return d
        }
        if !graph.isDirected {
            let degree = (0..<n).map(properDegree)
            for s in 0..<n where degree[s] == 1 {
                let p = Int(graph.neighbours(of: s).first { Int($0) != s }!)
                if degree[p] > 1 { parent[s] = Int32(p); leafCount[p] += 1 }
            }
        }
        self.parent = parent
        self.leafCount = leafCount
        self.sources = (0..<n).filter { parent[$0] < 0 }
    }
}
