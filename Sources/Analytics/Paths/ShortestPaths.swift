import Graph

/// Shortest paths from one node: distances to every node, and one shortest path to a
/// target with the agreements along it.
///
/// Definitions: d(s, t) is the least number of edges (unweighted) or the least sum of edge
/// weights (weighted: weights are lengths) over s–t paths; ∞ when t is unreachable.
///
/// Papers: E. F. Moore, "The shortest path through a maze", 1959 (breadth-first search);
/// E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik
/// 1, 1959.
///
/// Complexity: O(n + m) unweighted, O(m log n) weighted.
///
/// networkx conventions (`single_source_shortest_path_length`,
/// `single_source_dijkstra_path_length`, `shortest_path`): directed graphs follow arcs.
/// Where several shortest paths tie, the one returned follows, from the target back, the
/// first predecessor that reached each node; networkx (bidirectional search) may return
/// another of the same length.
public enum ShortestPaths {
    /// Distances from `source` to every node (`.infinity` where unreachable).
    public static func distances(on graph: CompactGraph, from source: Int, weighted: Bool = false) -> [Double] {
        let search = SingleSourceSearch(nodeCount: graph.nodeCount)
        graph.withRows { search.search($0, from: source, weighted: weighted, countPaths: false) }
        return (0..<graph.nodeCount).map { search.distance[$0] }
    }

    /// One shortest path from `source` to `target` as node indices, both ends included;
    /// nil when `target` cannot be reached.
    public static func path(on graph: CompactGraph, from source: Int, to target: Int,
                            weighted: Bool = false) -> [Int]? {
        let search = SingleSourceSearch(nodeCount: graph.nodeCount)
        graph.withRows { search.search($0, from: source, weighted: weighted, countPaths: false) }
        guard search.distance[target] < .infinity else { return nil }
        var path = [target]
        var v = target
        while v != source {
            v = Int(search.parent[v])
            path.append(v)
        }
        return path.reversed()
    }

    /// The number of shortest paths from `source` to every node (0 where unreachable),
    /// counted as Brandes' σ.
    public static func pathCounts(on graph: CompactGraph, from source: Int, weighted: Bool = false) -> [Double] {
        let search = SingleSourceSearch(nodeCount: graph.nodeCount)
        graph.withRows { search.search($0, from: source, weighted: weighted, countPaths: true) }
        return (0..<graph.nodeCount).map { search.sigma[$0] }
    }
}

extension IndexedNetwork {
    /// For each step of `path` (node indices of this network), the positions in
    /// `dataset.agreements` of the agreements joining the two nodes (following direction in
    /// a directed view), so a path can be told as the agreements it uses. `dataset` must be
    /// the one this network was built from.
    public func agreements(along path: [Int], in dataset: Dataset) -> [[Int]] {
        guard path.count > 1 else { return [] }
        var steps = [[Int]](repeating: [], count: path.count - 1)
        var stepOfPair: [PairKey: [Int]] = [:]
        for i in 0..<(path.count - 1) {
            stepOfPair[PairKey(nodeIDs[path[i]], nodeIDs[path[i + 1]]), default: []].append(i)
        }
        for (index, agreement) in dataset.agreements.enumerated() {
            for step in stepOfPair[PairKey(agreement.from, agreement.to)] ?? [] { steps[step].append(index) }
            if (!graph.isDirected || !agreement.directed) && agreement.from != agreement.to {
                for step in stepOfPair[PairKey(agreement.to, agreement.from)] ?? [] { steps[step].append(index) }
            }
        }
        return steps
    }

    private struct PairKey: Hashable {
        let from: String, to: String
        init(_ from: String, _ to: String) { self.from = from; self.to = to }
    }
}
