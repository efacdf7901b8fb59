/// Degree assortativity and attribute (categorical) assortativity.
///
/// Definitions: degree assortativity r is Pearson's correlation between the degrees at the
/// two ends of an edge, over every edge seen from both ends in an undirected graph (a
/// self-loop once), and over arcs as (out-degree of tail, in-degree of head) in a directed
/// one; with weights, degrees become strengths. Attribute assortativity is
/// r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i), where e is the normalised mixing matrix
/// of categories over the same edge ends and a, b its row and column sums.
///
/// Paper: M. E. J. Newman, "Mixing patterns in networks", Physical Review E 67, 026126, 2003.
///
/// Complexity: O(n + m) (plus O(c²) for c categories).
///
/// networkx conventions (`degree_assortativity_coefficient(G, x="out", y="in",
/// weight=None)`, `attribute_assortativity_coefficient(G, attribute)`): nil where networkx
/// returns nan or raises (no edges, or zero variance), except that attribute assortativity
/// of a graph without edges is 0, as networkx's empty mixing matrix gives.
public enum Assortativity {
    /// Degree assortativity; `weighted` uses strengths instead of degrees.
    public static func degree(of graph: CompactGraph, weighted: Bool = false) -> Double? {
        let outDegree: [Double], inDegree: [Double]
        if weighted {
            outDegree = Degree.outStrengths(of: graph); inDegree = Degree.inStrengths(of: graph)
        } else {
            outDegree = Degree.outDegrees(of: graph).map(Double.init)
            inDegree = Degree.inDegrees(of: graph).map(Double.init)
        }
        var count = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0
        for u in 0..<graph.nodeCount {
            let x = outDegree[u]
            for v in graph.neighbours(of: u) {
                let y = inDegree[Int(v)]
                count += 1; sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y
            }
        }
        guard count > 0 else { return nil }
        let mx = sx / count, my = sy / count
        let varX = sxx / count - mx * mx, varY = syy / count - my * my
        let r = (sxy / count - mx * my) / (varX * varY).squareRoot()
        return r.isFinite ? r : nil
    }

    /// Assortativity by a categorical node attribute; `category[v]` is a small non-negative
    /// code for node v's value (or -1 for a node without one: networkx would fail there, so
    /// such nodes' edges are left out).
    public static func attribute(of graph: CompactGraph, categories category: [Int]) -> Double? {
        precondition(category.count == graph.nodeCount)
        let c = (category.max() ?? -1) + 1
        guard c > 0 else { return 0 }
        var mixing = [Double](repeating: 0, count: c * c)
        var total = 0.0
        for u in 0..<graph.nodeCount where category[u] >= 0 {
            for v in graph.neighbours(of: u) where category[Int(v)] >= 0 {
                mixing[category[u] * c + category[Int(v)]] += 1
                total += 1
            }
        }
        guard total > 0 else { return 0 }  // networkx's empty mixing matrix gives 0
        var trace = 0.0, ab = 0.0
        for i in 0..<c {
            var a = 0.0, b = 0.0
            for j in 0..<c { a += mixing[i * c + j]; b += mixing[j * c + i] }
            trace += mixing[i * c + i] / total
            ab += (a / total) * (b / total)
        }
        let r = (trace - ab) / (1 - ab)
        return r.isFinite ? r : nil
    }

    /// Assortativity by a node attribute given as text per node (nil: no value).
    public static func attribute(of graph: CompactGraph, values: [String?]) -> Double? {
        attribute(of: graph, categories: codes(values))
    }

    /// Small integer codes for text values, in order of first appearance (-1 for nil).
    public static func codes(_ values: [String?]) -> [Int] {
        var code: [String: Int] = [:]
        return values.map { value in
            guard let value else { return -1 }
            if let known = code[value] { return known }
            code[value] = code.count
            return code.count - 1
        }
    }
}
