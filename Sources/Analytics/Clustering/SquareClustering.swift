/// Square clustering coefficient.
///
/// Definition: for node v, C₄(v) = Σ_{u<w ∈ N(v)} q_v(u, w) / Σ_{u<w ∈ N(v)} [a_v(u, w) + q_v(u, w)],
/// where q_v(u, w) counts common neighbours of u and w other than v (squares v–u–x–w) and
/// a_v(u, w) = (k_u − (1 + q_v(u, w) + θ_uw)) + (k_w − (1 + q_v(u, w) + θ_uw)), θ_uw = 1 when u
/// and w are adjacent. 0 when the denominator is 0 or v has fewer than two neighbours.
///
/// Paper: P. G. Lind, M. C. González & H. J. Herrmann, "Cycles and clustering in bipartite
/// networks", Physical Review E 72, 2005; counted as in networkx 3.x (the P2/C4 identities of
/// arXiv:2007.11111): squares = Σ_x p2(x)(p2(x) − 1)/2 over the other nodes x, where p2(x) is
/// the number of common neighbours of v and x.
///
/// Complexity: O(Σ_v Σ_{u∈N(v)} d(u)) with count arrays (directed graphs, whose rows are
/// successors as networkx's `G._adj`, need one more hop), the bound of networkx's own
/// algorithm (O(d²) per node in the worst case). On one huge hub it is linear: a leaf has
/// fewer than two neighbours and is skipped before its hub's row is walked
/// (MeasureComplexityTests). Self-loops are ignored.
public enum SquareClustering {
    /// The square clustering coefficient of every node.
    public static func compute(on graph: CompactGraph) -> [Double] {
        let g = graph
        let n = g.nodeCount
        let degree = (0..<n).map { g.rowLength(of: $0) - (g.hasSelfLoop($0) ? 1 : 0) }
        var isNeighbour = [Bool](repeating: false, count: n)
        var common = [Int](repeating: 0, count: n)   // p2(x) for the current v
        var touched: [Int] = []
        var result = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let dv = degree[v]
            if dv - 1 <= 0 { continue }
            for u in g.neighbours(of: v) where Int(u) != v { isNeighbour[Int(u)] = true }
            var uwDegrees = 0, triangles = 0, squares = 0
            let uwCount = dv * (dv - 1)
            if g.isDirected {
                // networkx follows successors: p2 counts successors of u (or x) among v's.
                func inNeighbourhood(_ x: Int) -> Int {
                    var p2 = 0
                    for y in g.neighbours(of: x) where Int(y) != x && isNeighbour[Int(y)] { p2 += 1 }
                    return p2
                }
                for u in g.neighbours(of: v) where Int(u) != v {
                    uwDegrees += degree[Int(u)] * (dv - 1)
                    let p2 = inNeighbourhood(Int(u))
                    triangles += p2
                    squares += p2 * (p2 - 1)
                    for x in g.neighbours(of: Int(u)) where Int(x) != v && !isNeighbour[Int(x)] && common[Int(x)] == 0 {
                        common[Int(x)] = 1; touched.append(Int(x))
                    }
                }
                for x in touched {
                    let p2 = inNeighbourhood(x)
                    squares += p2 * (p2 - 1)
                    common[x] = 0
                }
                touched.removeAll(keepingCapacity: true)
                for u in g.neighbours(of: v) { isNeighbour[Int(u)] = false }
                squares /= 2
                let potential = uwDegrees - uwCount - triangles - squares
                result[v] = potential > 0 ? Double(squares) / Double(potential) : 0
                continue
            }
            for u in g.neighbours(of: v) where Int(u) != v {
                uwDegrees += degree[Int(u)] * (dv - 1)
                for x in g.neighbours(of: Int(u)) where Int(x) != Int(u) && Int(x) != v {
                    if common[Int(x)] == 0 { touched.append(Int(x)) }
                    common[Int(x)] += 1
                }
            }
            // Common neighbours with v: for neighbours of v they are triangles' corners.
            for x in touched {
                let p2 = common[x]
                if isNeighbour[x] { triangles += p2 }
                squares += p2 * (p2 - 1)
                common[x] = 0
            }
            touched.removeAll(keepingCapacity: true)
            for u in g.neighbours(of: v) { isNeighbour[Int(u)] = false }
            squares /= 2
            let potential = uwDegrees - uwCount - triangles - squares
            result[v] = potential > 0 ? Double(squares) / Double(potential) : 0
        }
        return result
    }
}
