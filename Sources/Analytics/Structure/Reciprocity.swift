/// Reciprocity of a directed graph: the share of arcs whose reverse arc is also present.
///
/// Definition (overall reciprocity): r = |{(u, v) ∈ A : (v, u) ∈ A, u ≠ v}| / |A|, where A
/// counts distinct arcs, self-loops included (a self-loop is never reciprocated). Undefined
/// (nil) for a graph without arcs, where networkx raises.
///
/// Paper: D. Garlaschelli and M. I. Loffredo, "Patterns of Link Reciprocity in Directed
/// Networks", Physical Review Letters 93, 268701, 2004 (r as the first, unnormalised measure);
/// S. Wasserman & K. Faust, "Social Network Analysis", 1994, §13.2.
///
/// networkx conventions: `nx.reciprocity(G)` / `overall_reciprocity(G)`.
///
/// Complexity: O(m log d): each arc's reverse is looked up in its head's sorted row.
public enum Reciprocity {
    /// The overall reciprocity of `graph` (1 for an undirected graph with an edge that is not a
    /// self-loop: every edge goes both ways); nil without arcs.
    public static func of(_ graph: CompactGraph) -> Double? {
        let arcs = graph.isDirected ? graph.neighbours.count : graph.edgeCount
        guard arcs > 0 else { return nil }
        guard graph.isDirected else {
            let loops = graph.selfLoopCount
            return Double(arcs - loops) / Double(arcs)
        }
        var reciprocated = 0
        for u in 0..<graph.nodeCount {
            for v in graph.neighbours(of: u) where Int(v) != u {
                let row = graph.neighbours(of: Int(v))
                if sortedContains(row, Int32(u)) { reciprocated += 1 }
            }
        }
        return Double(reciprocated) / Double(arcs)
    }

    /// Binary search in a sorted row.
    private static func sortedContains(_ row: ArraySlice<Int32>, _ value: Int32) -> Bool {
        var low = row.startIndex, high = row.endIndex
        while low < high {
            let mid = (low + high) / 2
            if row[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < row.endIndex && row[low] == value
    }
}
