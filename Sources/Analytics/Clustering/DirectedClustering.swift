import Foundation

/// Local clustering of a directed graph.
///
/// Definition: c(i) = T(i) / (2 [d_tot(i)(d_tot(i) − 1) − 2 d↔(i)]), where T(i) counts the
/// directed triangles through i: every choice of j and k among i's predecessors and
/// successors, with k a predecessor or successor of j, counted once per role (a reciprocated
/// pair counts in both); d_tot is in- plus out-degree and d↔ the reciprocated neighbours.
/// Self-loops are ignored. Weighted (as networkx): each triangle counts (ŵ ŵ ŵ)^{1/3} over
/// its three arcs, ŵ = w / max(w).
///
/// Paper: G. Fagiolo, "Clustering in complex directed networks", Physical Review E 76,
/// 026107, 2007.
///
/// Complexity: O(Σ over arcs i–j of min(d(i), d(j)) · log d) with marker arrays: for each
/// neighbour j, j's rows are walked when no longer than i's, else i's neighbours are looked
/// up in j's sorted rows (linear on a star, where every leaf would walk the hub's rows).
///
/// networkx conventions: `clustering(G, weight=None)` on a DiGraph.
extension Clustering {
    static func directedLocal(on g: CompactGraph, weighted: Bool) -> [Double] {
        let n = g.nodeCount
        let incoming = g.reversed()
        let maxWeight = weighted ? (g.weights.max() ?? 1) : 1
        // Weight (scaled) of arc k→i and i→k for the node i being processed; 0 = no arc.
        var fromK = [Double](repeating: 0, count: n)
        var toK = [Double](repeating: 0, count: n)
        var result = [Double](repeating: 0, count: n)
        func w(_ raw: Double) -> Double { weighted ? raw / maxWeight : 1 }
        for i in 0..<n {
            var predecessors = 0, successors = 0, reciprocated = 0
            for e in incoming.offsets[i]..<incoming.offsets[i + 1] where Int(incoming.neighbours[e]) != i {
                fromK[Int(incoming.neighbours[e])] = w(incoming.weights[e]); predecessors += 1
            }
            for e in g.offsets[i]..<g.offsets[i + 1] where Int(g.neighbours[e]) != i {
                let k = Int(g.neighbours[e])
                toK[k] = w(g.weights[e]); successors += 1
                if fromK[k] != 0 { reciprocated += 1 }
            }
            var triangles = 0.0
            let degreeI = incoming.rowLength(of: i) + g.rowLength(of: i)
            // Each neighbour k ≠ i of i once, predecessors first.
            func forEachNeighbour(of i: Int, _ body: (Int) -> Void) {
                for e in incoming.offsets[i]..<incoming.offsets[i + 1] where Int(incoming.neighbours[e]) != i {
                    body(Int(incoming.neighbours[e]))
                }
                let predecessors = incoming.neighbours(of: i)
                for e in g.offsets[i]..<g.offsets[i + 1] where Int(g.neighbours[e]) != i && !predecessors.containsSorted(g.neighbours[e]) {
                    body(Int(g.neighbours[e]))
                }
            }
            // j in the role of predecessor (arc j→i) then of successor (arc i→j).
            for role in 0..<2 {
                let rows = role == 0 ? incoming : g
                for e in rows.offsets[i]..<rows.offsets[i + 1] {
                    let j = Int(rows.neighbours[e])
                    if j == i { continue }
                    let wij = w(rows.weights[e])
                    // One third arc k→j or j→k (weight wjk) closes a triangle with each arc
                    // between i and k.
                    func close(_ k: Int, _ wjk: Double) {
                        if fromK[k] != 0 { triangles += weighted ? cbrt(wij * fromK[k] * wjk) : 1 }
                        if toK[k] != 0 { triangles += weighted ? cbrt(wij * toK[k] * wjk) : 1 }
                    }
                    let degreeJ = incoming.rowLength(of: j) + g.rowLength(of: j)
                    if degreeJ <= degreeI {
                        // k a predecessor of j (arc k→j), then a successor of j (arc j→k).
                        for f in incoming.offsets[j]..<incoming.offsets[j + 1] where Int(incoming.neighbours[f]) != j {
                            close(Int(incoming.neighbours[f]), w(incoming.weights[f]))
                        }
                        for f in g.offsets[j]..<g.offsets[j + 1] where Int(g.neighbours[f]) != j {
                            close(Int(g.neighbours[f]), w(g.weights[f]))
                        }
                    } else {
                        // The same arcs from i's side: each neighbour k of i, looked up in j's rows.
                        forEachNeighbour(of: i) { k in
                            guard k != j else { return }
                            if let wkj = incoming.weight(from: j, to: k) { close(k, w(wkj)) }
                            if let wjk = g.weight(from: j, to: k) { close(k, w(wjk)) }
                        }
                    }
                }
            }
            for e in incoming.offsets[i]..<incoming.offsets[i + 1] { fromK[Int(incoming.neighbours[e])] = 0 }
            for e in g.offsets[i]..<g.offsets[i + 1] { toK[Int(g.neighbours[e])] = 0 }
            let total = Double(predecessors + successors)
            if triangles != 0 {
                result[i] = triangles / ((total * (total - 1) - 2 * Double(reciprocated)) * 2)
            }
        }
        return result
    }
}
