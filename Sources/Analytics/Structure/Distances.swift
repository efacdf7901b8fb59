/// Eccentricity, diameter, radius and average shortest path length.
///
/// Definitions: ecc(v) = max_u d(v, u); diameter = max_v ecc(v); radius = min_v ecc(v);
/// average shortest path length a = Σ_{s≠t} d(s, t) / (n(n − 1)). Distances count edges, or
/// sum weights as lengths when weighted; in a directed graph they follow arcs out of v.
///
/// Paper: F. Harary, "Graph Theory", Addison-Wesley, 1969 (eccentricity, diameter, radius);
/// D. J. Watts & S. H. Strogatz, Nature 393, 1998 (characteristic path length).
///
/// Complexity: O(n·m) unweighted, O(n·m + n² log n) weighted; sources on all cores.
///
/// networkx conventions (`eccentricity`, `diameter`, `radius`,
/// `average_shortest_path_length`): undefined (nil here, an exception there) when the graph
/// is not connected (strongly, for directed graphs) or has no nodes; the average path
/// length of a single node is 0.
public struct Distances: Sendable {
    /// ecc(v) for every node, or nil when some node cannot reach another.
    public let eccentricity: [Double]?
    /// Σ_u d(v, u) over the nodes v reaches.
    public let totalDistance: [Double]
    /// The number of nodes each node reaches, itself included.
    public let reachable: [Int]

    /// All-pairs distances summarised per source, on all cores (breadth-first level
    /// counts, leaves folded and nodes relabelled for locality when unweighted).
    public init(of graph: CompactGraph, weighted: Bool = false) {
        // DistanceSums measures distances *to* each node; reversing a directed graph first
        // gives the distances *from* it that eccentricity needs.
        let sums = DistanceSums(graph.isDirected ? graph.reversed() : graph, weighted: weighted)
        let n = graph.nodeCount
        eccentricity = sums.reached.allSatisfy { $0 == n } ? sums.farthest : nil
        totalDistance = sums.total
        reachable = sums.reached
    }

    /// The largest eccentricity; nil when undefined (disconnected or no nodes).
    public var diameter: Double? { eccentricity?.max() }
    /// The smallest eccentricity; nil when undefined.
    public var radius: Double? { eccentricity?.min() }

    /// The mean distance over ordered pairs of distinct nodes; nil when undefined.
    public var averageShortestPathLength: Double? {
        let n = reachable.count
        if n == 0 || eccentricity == nil { return nil }
        if n == 1 { return 0 }
        return totalDistance.reduce(0, +) / (Double(n) * Double(n - 1))
    }

    /// Nodes whose eccentricity equals the radius (the center); nil when undefined.
    public var center: [Int]? {
        guard let e = eccentricity, let r = radius else { return nil }
        return e.indices.filter { e[$0] == r }
    }

    /// Nodes whose eccentricity equals the diameter (the periphery); nil when undefined.
    public var periphery: [Int]? {
        guard let e = eccentricity, let d = diameter else { return nil }
        return e.indices.filter { e[$0] == d }
    }
}
