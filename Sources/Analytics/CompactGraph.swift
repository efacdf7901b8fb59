import Graph

/// The compact indexed graph every algorithm runs on: nodes are 0..<nodeCount (Int32), and
/// each node's neighbours sit in one flat array, sorted, between `offsets[v]` and
/// `offsets[v + 1]` (compressed sparse rows). Weights are parallel to `neighbours`.
///
/// An undirected graph stores each edge twice (u→v and v→u). A self-loop is stored once in
/// its node's row, as networkx's adjacency holds it once.
public struct CompactGraph: Sendable {
    public let nodeCount: Int
    public let isDirected: Bool
    /// Row starts; `offsets.count == nodeCount + 1`.
    public let offsets: [Int]
    public let neighbours: [Int32]
    public let weights: [Double]

    /// Builds rows from an edge list. Parallel edges are merged into one whose weight is the
    /// sum of theirs; for an undirected graph (u, v) and (v, u) are the same edge.
    public init(nodeCount: Int, edges: [(Int32, Int32)], weights edgeWeights: [Double]? = nil,
                directed: Bool = false) {
        precondition(edgeWeights == nil || edgeWeights!.count == edges.count)
        self.nodeCount = nodeCount
        self.isDirected = directed
        // Count, place, then sort and merge each row: O(m log d).
        var degree = [Int](repeating: 0, count: nodeCount + 1)
        for (u, v) in edges {
            degree[Int(u)] += 1
            if !directed && u != v { degree[Int(v)] += 1 }
        }
        var starts = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { starts[v + 1] = starts[v] + degree[v] }
        var fill = starts
        var rawNeighbours = [Int32](repeating: 0, count: starts[nodeCount])
        var rawWeights = [Double](repeating: 0, count: starts[nodeCount])
        for (e, (u, v)) in edges.enumerated() {
            let w = edgeWeights?[e] ?? 1
            rawNeighbours[fill[Int(u)]] = v; rawWeights[fill[Int(u)]] = w; fill[Int(u)] += 1
            if !directed && u != v {
                rawNeighbours[fill[Int(v)]] = u; rawWeights[fill[Int(v)]] = w; fill[Int(v)] += 1
            }
        }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var neighbours = [Int32](); neighbours.reserveCapacity(rawNeighbours.count)
        var weights = [Double](); weights.reserveCapacity(rawNeighbours.count)
        var row: [(Int32, Double)] = []
        for v in 0..<nodeCount {
            row.removeAll(keepingCapacity: true)
            for i in starts[v]..<starts[v + 1] { row.append((rawNeighbours[i], rawWeights[i])) }
            row.sort { $0.0 < $1.0 }
            for (n, w) in row {
                if let last = neighbours.last, neighbours.count > offsets[v], last == n {
                    weights[weights.count - 1] += w
                } else {
                    neighbours.append(n)
                    weights.append(w)
                }
            }
            offsets[v + 1] = neighbours.count
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
    }

    /// The neighbours of `v` (successors in a directed graph).
    @inlinable
    public func neighbours(of v: Int) -> ArraySlice<Int32> {
        neighbours[offsets[v]..<offsets[v + 1]]
    }

    /// The number of distinct neighbours of `v` (a self-loop counts once here).
    @inlinable
    public func rowLength(of v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// Distinct edges: unordered pairs for an undirected graph, ordered pairs for a directed one.
    public var edgeCount: Int {
        if isDirected { return neighbours.count }
        var loops = 0
        for v in 0..<nodeCount { for n in neighbours(of: v) where Int(n) == v { loops += 1 } }
        return (neighbours.count - loops) / 2 + loops
    }
}

extension CompactGraph {
    /// The same rows with every weight set to 1.
    public init(unitWeightsOf other: CompactGraph) {
        self.nodeCount = other.nodeCount
        self.isDirected = other.isDirected
        self.offsets = other.offsets
        self.neighbours = other.neighbours
        self.weights = [Double](repeating: 1, count: other.neighbours.count)
    }
}
