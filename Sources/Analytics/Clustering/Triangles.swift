import Foundation

/// Triangles and transitivity.
///
/// Definitions: T(v) is the number of triangles through v; transitivity is
/// 3 × triangles / connected triples = Σ_v 2T(v) / Σ_v d(v)(d(v) − 1), and 0 when there is
/// no triangle. d(v) counts distinct neighbours other than v: self-loops are ignored, as in
/// networkx's `triangles` and `transitivity`.
///
/// Paper: D. J. Watts & S. H. Strogatz, "Collective dynamics of 'small-world' networks",
/// Nature 393, 1998; M. E. J. Newman, "The structure and function of complex networks",
/// SIAM Review 45, 2003 (transitivity).
///
/// Complexity: O(m·√m·log d) (each edge's common neighbours from its smaller end: linear
/// on a star), O(n) extra memory.
///
/// Directed graphs are read through their undirected view (networkx refuses them for
/// `triangles`).
public enum Triangles {
    /// The number of triangles through every node.
    public static func count(on graph: CompactGraph) -> [Int] {
        let g = graph.undirected()
        var result = [Int](repeating: 0, count: g.nodeCount)
        forEachTriangleCorner(g) { i, _, _ in result[i] += 1 }
        return result
    }

    /// Global clustering: 3 × triangles / connected triples (0 without triangles).
    public static func transitivity(of graph: CompactGraph) -> Double {
        let g = graph.undirected()
        let triangles = count(on: g)
        var closed = 0, triples = 0
        for v in 0..<g.nodeCount {
            let d = g.rowLength(of: v) - (g.hasSelfLoop(v) ? 1 : 0)
            closed += 2 * triangles[v]
            triples += d * (d - 1)
        }
        return closed == 0 ? 0 : Double(closed) / Double(triples)
    }

    /// Calls `body(i, e_ij, e_ik)` once for every triangle {i, j, k} at every corner i, with
    /// the row positions of the edges i–j and i–k (e_ij < e_ik). Each triangle is seen once
    /// per corner.
    ///
    /// For each edge i–j the common neighbours are found from the smaller side: j's row
    /// against a mark of i's row when d(j) ≤ d(i), else i's row against j's sorted row by
    /// binary search. Cost O(Σ over edges of min(d(i), d(j)) · log d) = O(m·√m·log d): linear
    /// on a star, where scanning the hub's row from every leaf would be O(d²).
    static func forEachTriangleCorner(_ g: CompactGraph, _ body: (Int, Int, Int) -> Void) {
        // position[k] = row position of edge i–k while i is being processed, else -1.
        var position = [Int](repeating: -1, count: g.nodeCount)
        for i in 0..<g.nodeCount {
            let start = g.offsets[i], end = g.offsets[i + 1]
            for e in start..<end where Int(g.neighbours[e]) != i { position[Int(g.neighbours[e])] = e }
            for ej in start..<end {
                let j = Int(g.neighbours[ej])
                if j == i { continue }
                if g.rowLength(of: j) <= end - start {
                    for f in g.offsets[j]..<g.offsets[j + 1] {
                        let k = Int(g.neighbours[f])
                        let ek = position[k]
                        if ek > ej && k != i { body(i, ej, ek) }
                    }
                } else {
                    for ek in (ej + 1)..<max(ej + 1, end) {
                        let k = Int(g.neighbours[ek])
                        if k != i && k != j && g.neighbours(of: j).containsSorted(Int32(k)) { body(i, ej, ek) }
                    }
                }
            }
            for e in start..<end { position[Int(g.neighbours[e])] = -1 }
        }
    }
}
