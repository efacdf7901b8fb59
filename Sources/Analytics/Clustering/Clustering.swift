import Foundation

/// Local clustering coefficient, unweighted and weighted, and its average.
///
/// Definitions: c(v) = 2T(v) / (d(v)(d(v) − 1)), 0 when T(v) = 0, with d(v) the number of
/// neighbours other than v. Weighted (Onnela et al.): c(v) = 2 / (d(v)(d(v) − 1)) ·
/// Σ_{triangles vjk} (ŵ_vj ŵ_jk ŵ_kv)^{1/3}, where ŵ = w / max(w) over all edges (self-loops
/// included in the maximum, as networkx does). The average is the mean over all nodes (or
/// over nodes with c > 0 when zeros are not counted).
///
/// Papers: D. J. Watts & S. H. Strogatz, Nature 393, 1998; J.-P. Onnela, J. Saramäki,
/// J. Kertész & K. Kaski, "Intensity and coherence of motifs in weighted complex networks",
/// Physical Review E 71, 2005.
///
/// Complexity: O(Σ_v d(v)²).
///
/// networkx conventions (`clustering(G, weight=None)`, `average_clustering(G,
/// count_zeros=True)`); directed graphs use Fagiolo's directed form (DirectedClustering.swift).
public enum Clustering {
    /// The local clustering coefficient of every node.
    ///
    /// ```swift
    /// let coefficients = Clustering.local(on: IndexedNetwork(dataset).graph)
    /// ```
    ///
    /// - Parameters:
    ///   - graph: the compact graph (see `IndexedNetwork`).
    ///   - weighted: use Onnela's weighted form with weights as strengths.
    public static func local(on graph: CompactGraph, weighted: Bool = false) -> [Double] {
        if graph.isDirected { return directedLocal(on: graph, weighted: weighted) }
        let g = graph
        let n = g.nodeCount
        var sums = [Double](repeating: 0, count: n)
        if weighted {
            let maxWeight = g.weights.max() ?? 1
            Triangles.forEachTriangleCorner(g) { i, ej, ek in
                let j = Int(g.neighbours[ej]), k = Int(g.neighbours[ek])
                let wjk = g.weight(from: j, to: k)!
                sums[i] += cbrt((g.weights[ej] / maxWeight) * (wjk / maxWeight) * (g.weights[ek] / maxWeight))
            }
        } else {
            Triangles.forEachTriangleCorner(g) { i, _, _ in sums[i] += 1 }
        }
        return (0..<n).map { v in
            let d = Double(g.rowLength(of: v) - (g.hasSelfLoop(v) ? 1 : 0))
            return sums[v] == 0 ? 0 : 2 * sums[v] / (d * (d - 1))
        }
    }

    /// The mean local clustering; nil for a graph without nodes (or, when zeros are not
    /// counted, without a node of positive clustering), where networkx divides by zero.
    public static func average(on graph: CompactGraph, weighted: Bool = false, countZeros: Bool = true) -> Double? {
        var values = local(on: graph, weighted: weighted)
        if !countZeros { values.removeAll { abs($0) == 0 } }
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }
}
