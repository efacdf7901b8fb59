/// Connected components of an undirected graph (weakly connected components of a directed
/// one, following edges both ways), by breadth-first search: O(n + m).
///
/// Components are numbered by their smallest node index, so the numbering is deterministic.
public struct ConnectedComponents: Sendable {
    /// `component[v]` is the component number of node `v`.
    public let component: [Int32]
    /// Sizes, indexed by component number.
    public let sizes: [Int]

    public var count: Int { sizes.count }
    public var largestSize: Int { sizes.max() ?? 0 }

    public init(of graph: CompactGraph) {
        let undirected = graph.isDirected ? graph.symmetrised() : graph
        var component = [Int32](repeating: -1, count: graph.nodeCount)
        var sizes: [Int] = []
        var queue = [Int32](); queue.reserveCapacity(graph.nodeCount)
        for start in 0..<graph.nodeCount where component[start] < 0 {
            let label = Int32(sizes.count)
            component[start] = label
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(start))
            var head = 0
            while head < queue.count {
                let v = Int(queue[head]); head += 1
                for n in undirected.neighbours(of: v) where component[Int(n)] < 0 {
                    component[Int(n)] = label
                    queue.append(n)
                }
            }
            sizes.append(queue.count)
        }
        self.component = component
        self.sizes = sizes
    }
}
