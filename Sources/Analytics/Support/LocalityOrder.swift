/// A relabelling of nodes that puts neighbours near each other in memory (breadth-first
/// order from the highest-degree node of each component, a Cuthill–McKee-like order), so
/// all-pairs searches touch fewer cache lines. Results computed on the relabelled graph are
/// mapped back with `restore`.
struct LocalityOrder {
    /// `newIndex[v]` is the position of original node v in the relabelled graph.
    let newIndex: [Int32]
    /// `oldIndex[i]` is the original node at position i.
    let oldIndex: [Int32]
    /// The relabelled graph (rows sorted).
    let graph: CompactGraph

    init(_ graph: CompactGraph) {
        let n = graph.nodeCount
        var byDegree = Array(0..<n)
        byDegree.sort { graph.rowLength(of: $0) > graph.rowLength(of: $1) }
        var newIndex = [Int32](repeating: -1, count: n)
        var oldIndex = [Int32](); oldIndex.reserveCapacity(n)
        let undirected = graph.undirected()
        for root in byDegree where newIndex[root] < 0 {
            newIndex[root] = Int32(oldIndex.count); oldIndex.append(Int32(root))
            var head = oldIndex.count - 1
            while head < oldIndex.count {
                let v = Int(oldIndex[head]); head += 1
                for w in undirected.neighbours(of: v) where newIndex[Int(w)] < 0 {
                    newIndex[Int(w)] = Int32(oldIndex.count); oldIndex.append(w)
                }
            }
        }
        // Rows in the new labels, each sorted.
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours = [Int32](repeating: 0, count: graph.neighbours.count)
        var weights = [Double](repeating: 0, count: graph.neighbours.count)
        var row: [(Int32, Double)] = []
        for i in 0..<n {
            let v = Int(oldIndex[i])
            row.removeAll(keepingCapacity: true)
            for e in graph.offsets[v]..<graph.offsets[v + 1] { row.append((newIndex[Int(graph.neighbours[e])], graph.weights[e])) }
            row.sort { $0.0 < $1.0 }
            var k = offsets[i]
            for (u, w) in row { neighbours[k] = u; weights[k] = w; k += 1 }
            offsets[i + 1] = k
        }
        self.newIndex = newIndex
        self.oldIndex = oldIndex
        self.graph = CompactGraph(nodeCount: n, directed: graph.isDirected, offsets: offsets,
                                  neighbours: neighbours, weights: weights)
    }

    /// Maps values indexed by new positions back to original node order.
    func restore<T>(_ values: [T]) -> [T] {
        newIndex.map { values[Int($0)] }
    }
}
