import Graph

/// Raw, bounds-check-free access to a compact graph's rows for inner loops. Valid only
/// inside `CompactGraph.withRows`; shared read-only between threads.
struct Rows: @unchecked Sendable {
    let nodeCount: Int
    let offsets: UnsafeBufferPointer<Int>
    let neighbours: UnsafeBufferPointer<Int32>
    let weights: UnsafeBufferPointer<Double>

    @inline(__always) func start(_ v: Int) -> Int { offsets[v] }
    @inline(__always) func end(_ v: Int) -> Int { offsets[v + 1] }
}

extension CompactGraph {
    /// Calls `body` with pointers to the rows (no copies, no bounds checks in release builds).
    func withRows<R>(_ body: (Rows) throws -> R) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try neighbours.withUnsafeBufferPointer { nb in
                try weights.withUnsafeBufferPointer { w in
                    try body(Rows(nodeCount: nodeCount, offsets: o, neighbours: nb, weights: w))
                }
            }
        }
    }

    /// Builds a graph directly from finished rows (each sorted, no duplicates).
    init(nodeCount: Int, directed: Bool, offsets: [Int], neighbours: [Int32], weights: [Double]) {
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
    }

    /// The graph with every arc turned round (rows become predecessor lists); an undirected
    /// graph is its own reverse. Counting sort keeps each row sorted: O(n + m).
    public func reversed() -> CompactGraph {
        guard isDirected else { return self }
        var starts = [Int](repeating: 0, count: nodeCount + 1)
        for n in neighbours { starts[Int(n) + 1] += 1 }
        for v in 0..<nodeCount { starts[v + 1] += starts[v] }
        var fill = starts
        var rn = [Int32](repeating: 0, count: neighbours.count)
        var rw = [Double](repeating: 0, count: neighbours.count)
        for u in 0..<nodeCount {
            for i in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbours[i])
                rn[fill[v]] = Int32(u); rw[fill[v]] = weights[i]; fill[v] += 1
            }
        }
        return CompactGraph(nodeCount: nodeCount, directed: true, offsets: starts, neighbours: rn, weights: rw)
    }

    /// The same graph seen as undirected (arcs u→v and v→u become one edge, weights added);
    /// an undirected graph is returned unchanged.
    public func undirected() -> CompactGraph { symmetrised() }

    /// True when `v` has an edge to itself.
    @inlinable
    public func hasSelfLoop(_ v: Int) -> Bool {
        // Rows are sorted, so a binary search would do; rows are short, so scan.
        for n in neighbours(of: v) where Int(n) == v { return true }
        return false
    }

    /// The number of self-loops.
    public var selfLoopCount: Int {
        var loops = 0
        for v in 0..<nodeCount where hasSelfLoop(v) { loops += 1 }
        return loops
    }

    /// The weight of the edge u→v, or nil when there is none (binary search in u's row).
    public func weight(from u: Int, to v: Int) -> Double? {
        var lo = offsets[u], hi = offsets[u + 1]
        let target = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if neighbours[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[u + 1] && neighbours[lo] == target ? weights[lo] : nil
    }
}

extension CompactGraph {
    /// The same graph without self-loops.
    public func withoutSelfLoops() -> CompactGraph {
        guard selfLoopCount > 0 else { return self }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var kept = [Int32](), keptWeights = [Double]()
        for v in 0..<nodeCount {
            for i in self.offsets[v]..<self.offsets[v + 1] where Int(neighbours[i]) != v {
                kept.append(neighbours[i]); keptWeights.append(weights[i])
            }
            offsets[v + 1] = kept.count
        }
        return CompactGraph(nodeCount: nodeCount, directed: isDirected, offsets: offsets, neighbours: kept,
                            weights: keptWeights)
    }
}
