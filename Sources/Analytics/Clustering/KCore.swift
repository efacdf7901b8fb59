/// k-core decomposition (core numbers).
///
/// Definition: the core number of v is the largest k such that v belongs to a subgraph in
/// which every node has degree at least k (the k-core).
///
/// Paper: V. Batagelj & M. Zaversnik, "An O(m) algorithm for cores decomposition of
/// networks", arXiv:cs/0310049, 2003 (bucket sort by degree, then peel).
///
/// Complexity: O(n + m).
///
/// networkx conventions (`core_number(G)`): in a directed graph the degree is in + out
/// (a reciprocated pair counts twice); a graph with self-loops is refused.
public enum KCore {
    /// The core number of every node; throws when the graph has self-loops.
    public static func coreNumbers(of graph: CompactGraph) throws -> [Int] {
        if graph.selfLoopCount > 0 {
            throw AnalyticsError.undefined(measure: "core number", reason: "the graph has self-loops")
        }
        let n = graph.nodeCount
        let incoming = graph.isDirected ? graph.reversed() : nil
        func forEachNeighbour(_ v: Int, _ body: (Int) -> Void) {
            for u in graph.neighbours(of: v) { body(Int(u)) }
            if let incoming { for u in incoming.neighbours(of: v) { body(Int(u)) } }
        }
        var degree = (0..<n).map { graph.rowLength(of: $0) + (incoming?.rowLength(of: $0) ?? 0) }
        let maxDegree = degree.max() ?? 0
        // Bucket sort nodes by degree.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n { position[v] = fill[degree[v]]; order[position[v]] = v; fill[degree[v]] += 1 }
        for i in 0..<n {
            let v = order[i]
            forEachNeighbour(v) { u in
                guard degree[u] > degree[v] else { return }
                // Move u to the front of its bin, then shrink that bin by one.
                let du = degree[u]
                let pu = position[u], pw = binStart[du]
                let w = order[pw]
                if u != w {
                    order[pu] = w; position[w] = pu
                    order[pw] = u; position[u] = pw
                }
                binStart[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }
}
