/// Degree, strength and degree centrality.
///
/// Definitions: deg(v) is the number of edge ends at v (a self-loop counts twice, as in
/// networkx); in a directed graph deg(v) = in-degree + out-degree. Strength s(v) is the sum
/// of the weights of those edge ends (networkx's `G.degree(weight="weight")`). Degree
/// centrality is deg(v)/(n − 1), and 1 for every node when n ≤ 1 (networkx's
/// `degree_centrality`, `in_degree_centrality`, `out_degree_centrality`).
///
/// Paper: L. C. Freeman, "Centrality in networks: I. Conceptual clarification", 1979.
/// Complexity: O(n + m).
public enum Degree {
    /// The degree of every node (in + out for a directed graph; self-loops count twice).
    ///
    /// ```swift
    /// let network = IndexedNetwork(dataset)        // one edge per partner pair
    /// let partners = Degree.degrees(of: network.graph)
    /// let agreements = Degree.strengths(of: network.graph)   // weights = agreements per pair
    /// ```
    public static func degrees(of graph: CompactGraph) -> [Int] {
        if graph.isDirected {
            let incoming = inDegrees(of: graph)
            return (0..<graph.nodeCount).map { graph.rowLength(of: $0) + incoming[$0] }
        }
        return (0..<graph.nodeCount).map { graph.rowLength(of: $0) + (graph.hasSelfLoop($0) ? 1 : 0) }
    }

    /// Arcs leaving each node (the degree, for an undirected graph).
    public static func outDegrees(of graph: CompactGraph) -> [Int] {
        graph.isDirected ? (0..<graph.nodeCount).map { graph.rowLength(of: $0) } : degrees(of: graph)
    }

    /// Arcs entering each node (the degree, for an undirected graph).
    public static func inDegrees(of graph: CompactGraph) -> [Int] {
        guard graph.isDirected else { return degrees(of: graph) }
        var result = [Int](repeating: 0, count: graph.nodeCount)
        for n in graph.neighbours { result[Int(n)] += 1 }
        return result
    }

    /// The weighted degree of every node: the sum of the weights of its edges, a self-loop's
    /// twice (in + out for a directed graph).
    public static func strengths(of graph: CompactGraph) -> [Double] {
        var result = [Double](repeating: 0, count: graph.nodeCount)
        for v in 0..<graph.nodeCount {
            for i in graph.offsets[v]..<graph.offsets[v + 1] {
                let w = graph.weights[i]
                let n = Int(graph.neighbours[i])
                if graph.isDirected {
                    result[v] += w; result[n] += w
                } else {
                    result[v] += n == v ? 2 * w : w
                }
            }
        }
        return result
    }

    /// Out-strengths (weights leaving each node); the strength for an undirected graph.
    public static func outStrengths(of graph: CompactGraph) -> [Double] {
        guard graph.isDirected else { return strengths(of: graph) }
        return (0..<graph.nodeCount).map { v in
            var s = 0.0
            for i in graph.offsets[v]..<graph.offsets[v + 1] { s += graph.weights[i] }
            return s
        }
    }

    /// In-strengths (weights entering each node); the strength for an undirected graph.
    public static func inStrengths(of graph: CompactGraph) -> [Double] {
        guard graph.isDirected else { return strengths(of: graph) }
        var result = [Double](repeating: 0, count: graph.nodeCount)
        for i in 0..<graph.neighbours.count { result[Int(graph.neighbours[i])] += graph.weights[i] }
        return result
    }

    /// deg(v)/(n − 1) for every node; 1 for all when n ≤ 1.
    public static func centrality(of graph: CompactGraph) -> [Double] {
        scaled(degrees(of: graph), graph.nodeCount)
    }

    /// In-degree centrality of a directed graph (degree centrality when undirected).
    public static func inCentrality(of graph: CompactGraph) -> [Double] {
        scaled(inDegrees(of: graph), graph.nodeCount)
    }

    /// Out-degree centrality of a directed graph (degree centrality when undirected).
    public static func outCentrality(of graph: CompactGraph) -> [Double] {
        scaled(outDegrees(of: graph), graph.nodeCount)
    }

    private static func scaled(_ degrees: [Int], _ n: Int) -> [Double] {
        if n <= 1 { return [Double](repeating: 1, count: n) }
        let s = 1 / Double(n - 1)
        return degrees.map { Double($0) * s }
    }
}
