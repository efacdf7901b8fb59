/// Degree-one nodes ("leaves") of an undirected graph, folded into their neighbour so that
/// all-pairs searches skip them: from a leaf s hanging on p, every shortest path goes through
/// p, so d(s, t) = d(s, p) + d(p, t) and σ_st = σ_pt for every t ≠ s. Measures derive the
/// leaf's contribution from p's search (Baglioni, Geraci, Pellegrini & Lastres, "Fast exact
/// computation of betweenness centrality in social networks", ASONAM 2012, degree-1
/// reduction). A leaf whose neighbour is itself a leaf (an isolated edge) is not folded.
///
/// Directed (`init(directed:incoming:)`, for searches along arcs): a node s whose only arc out
/// is s → p and whose only arcs in, if any, come from p. Every path from s starts s → p, and
/// no shortest path from p passes through s (it could only leave s back to p), so
/// σ_st = σ_pt and the dependencies from s are p's for every t ≠ s; p reaches s only by its
/// own arc p → s, if any, so s adds nothing to p's dependencies. `sourceLeafCount` counts the
/// leaves nothing points to (p does not reach them).
struct LeafFolding {
    /// `parent[s]` is the neighbour a folded leaf s hangs on, or -1.
    let parent: [Int32]
    /// Folded leaves hanging on each node (reached from it: undirected, or with an arc back).
    let leafCount: [Int32]
    /// Folded directed leaves hanging on each node that no arc reaches (always 0 undirected).
    let sourceLeafCount: [Int32]
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
        self.sourceLeafCount = [Int32](repeating: 0, count: n)
        self.sources = (0..<n).filter { parent[$0] < 0 }
    }

    /// The directed leaves of `graph` (`incoming` is its reverse), for searches along arcs.
    init(directed graph: CompactGraph, incoming: CompactGraph) {
        let n = graph.nodeCount
        // The one proper out-neighbour of an eligible node, else -1.
        var target = [Int32](repeating: -1, count: n)
        for s in 0..<n {
            var only: Int32 = -1, count = 0
            for p in graph.neighbours(of: s) where Int(p) != s { only = p; count += 1 }
            guard count == 1 else { continue }
            if incoming.neighbours(of: s).allSatisfy({ Int($0) == s || $0 == only }) { target[s] = only }
        }
        var parent = [Int32](repeating: -1, count: n)
        var leafCount = [Int32](repeating: 0, count: n)
        var sourceLeafCount = [Int32](repeating: 0, count: n)
        for s in 0..<n where target[s] >= 0 {
            let p = Int(target[s])
            // p eligible too means s ⇄ p alone: searched, not folded.
            guard target[p] < 0 else { continue }
            parent[s] = Int32(p)
            if incoming.neighbours(of: s).contains(Int32(p)) { leafCount[p] += 1 } else { sourceLeafCount[p] += 1 }
        }
        self.parent = parent
        self.leafCount = leafCount
        self.sourceLeafCount = sourceLeafCount
        self.sources = (0..<n).filter { parent[$0] < 0 }
    }
}
