/// Strongly connected components of a directed graph (of an undirected graph: its connected
/// components).
///
/// Definition: maximal sets of nodes in which every node reaches every other along arcs.
///
/// Paper: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on
/// Computing 1(2), 1972; iterative form with an explicit stack (no recursion limit).
///
/// Complexity: O(n + m).
///
/// Components are numbered by their smallest node index, as `ConnectedComponents`, so the
/// numbering is deterministic (networkx's `strongly_connected_components` yields sets).
public struct StronglyConnectedComponents: Sendable {
    /// `component[v]` is the component number of node `v`.
    public let component: [Int32]
    /// Sizes, indexed by component number.
    public let sizes: [Int]

    /// The number of strongly connected components.
    public var count: Int { sizes.count }
    /// The size of the largest one (0 for the null graph).
    public var largestSize: Int { sizes.max() ?? 0 }

    /// Finds the strongly connected components of `graph` (arcs followed forwards only).
    public init(of graph: CompactGraph) {
        let n = graph.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var raw = [Int32](repeating: -1, count: n)
        var rawCount: Int32 = 0
        var counter: Int32 = 0
        // Call stack of (node, next row position).
        var frames: [(v: Int, next: Int)] = []
        for root in 0..<n where index[root] < 0 {
            frames.append((root, graph.offsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while !frames.isEmpty {
                let (v, next) = frames[frames.count - 1]
                if next < graph.offsets[v + 1] {
                    frames[frames.count - 1].next += 1
                    let w = Int(graph.neighbours[next])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        frames.append((w, graph.offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.v] = min(low[parent.v], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        raw[Int(w)] = rawCount
                        if Int(w) == v { break }
                    }
                    rawCount += 1
                }
            }
        }
        // Renumber by smallest member.
        var renumber = [Int32](repeating: -1, count: Int(rawCount))
        var sizes: [Int] = []
        var component = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            let r = Int(raw[v])
            if renumber[r] < 0 { renumber[r] = Int32(sizes.count); sizes.append(0) }
            component[v] = renumber[r]
            sizes[Int(renumber[r])] += 1
        }
        self.component = component
        self.sizes = sizes
    }
}
