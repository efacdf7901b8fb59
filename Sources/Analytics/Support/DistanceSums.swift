/// Per-source distance sums for closeness and harmonic centrality, on all cores.
///
/// For each node u (distances taken *to* u: the search runs on the reversed graph),
/// `reached[u]` counts the nodes at finite distance (u included), `total[u]` = Σ d and
/// `harmonic[u]` = Σ_{d ≠ 0} 1/d and `farthest[u]` = max d (u's eccentricity within reach). Unweighted searches are level-synchronous breadth-first
/// searches that only count nodes per level; on an undirected graph, leaves are folded into
/// their neighbour p (d(s, t) = 1 + d(p, t)), so they need no search of their own.
struct DistanceSums {
    var reached: [Int]
    var total: [Double]
    var harmonic: [Double]
    var farthest: [Double]

    /// Sums for the `targets` nodes only (every node when nil).
    init(_ graph: CompactGraph, weighted: Bool, targets: [Int]?) {
        guard let targets else { self.init(graph, weighted: weighted); return }
        self.init(inPlace: graph, weighted: weighted, targets: targets)
    }

    init(_ graph: CompactGraph, weighted: Bool) {
        // Large graphs are relabelled for memory locality, then results mapped back.
        if graph.nodeCount >= 2048 {
            let local = LocalityOrder(graph)
            let sums = DistanceSums(inPlace: local.graph, weighted: weighted)
            self.init(reached: local.restore(sums.reached), total: local.restore(sums.total),
                      harmonic: local.restore(sums.harmonic), farthest: local.restore(sums.farthest))
        } else {
            self.init(inPlace: graph, weighted: weighted)
        }
    }

    private init(reached: [Int], total: [Double], harmonic: [Double], farthest: [Double]) {
        self.reached = reached; self.total = total; self.harmonic = harmonic; self.farthest = farthest
    }

    /// What one search from u yields.
    struct Entry {
        var reached = 0
        var total = 0.0, harmonic = 0.0, farthest = 0.0
        /// Σ 1/(d + 1) over the nodes reached, for the leaves folded into u.
        var shifted = 0.0
    }

    init(inPlace graph: CompactGraph, weighted: Bool, targets: [Int]? = nil) {
        let n = graph.nodeCount
        let incoming = graph.reversed()
        let folding = weighted || targets != nil ? nil : LeafFolding(graph)
        let searched = folding?.sources ?? targets ?? Array(0..<n)
        var entries = [Entry](repeating: Entry(), count: n)
        entries.withUnsafeMutableBufferPointer { buffer in
            let output = SharedOutput(buffer)
            incoming.withRows { rows in
                _ = Parallel.forEach(count: searched.count, makeState: { LevelSearch(nodeCount: n) }) { search, item in
                    let u = searched[item]
                    output[u] = weighted ? search.runDijkstra(rows, from: u) : search.run(rows, from: u)
                }
            }
        }
        if let folding {
            for s in 0..<n where folding.parent[s] >= 0 {
                let p = entries[Int(folding.parent[s])]
                // From s: p at 1, every other t at 1 + d(p, t); s itself (d(p, s) = 1) drops
                // out. p has another neighbour, so the farthest node from p other than s is
                // at ecc(p) ≥ 1, one step further from s.
                entries[s] = Entry(reached: p.reached, total: p.total - 1 + Double(p.reached - 1),
                                   harmonic: p.shifted - 0.5, farthest: p.farthest + 1)
            }
        }
        reached = entries.map(\.reached)
        total = entries.map(\.total)
        harmonic = entries.map(\.harmonic)
        farthest = entries.map(\.farthest)
    }

    /// A breadth-first search that keeps only a visited mark and counts per level.
    final class LevelSearch {
        let dijkstra: SingleSourceSearch
        let visited: UnsafeMutablePointer<Bool>
        let queue: UnsafeMutablePointer<Int32>

        init(nodeCount n: Int) {
            dijkstra = SingleSourceSearch(nodeCount: n)
            visited = .allocate(capacity: max(1, n)); visited.initialize(repeating: false, count: max(1, n))
            queue = .allocate(capacity: max(1, n))
        }

        deinit { visited.deallocate(); queue.deallocate() }

        /// Distances from `source` by Dijkstra (weights as lengths).
        func runDijkstra(_ rows: Rows, from source: Int) -> Entry {
            let s = dijkstra
            s.dijkstra(rows, from: source, countPaths: false)
            var entry = Entry(reached: s.reachedCount)
            for i in 0..<s.reachedCount {
                let d = s.distance[Int(s.order[i])]
                entry.total += d
                if d != 0 { entry.harmonic += 1 / d }
                if d > entry.farthest { entry.farthest = d }
            }
            return entry
        }

        /// Level-synchronous breadth-first search from `source`, counting nodes per level.
        func run(_ rows: Rows, from source: Int) -> Entry {
            visited[source] = true
            queue[0] = Int32(source)
            var head = 0, tail = 1
            var level = 0
            var total = 0, harmonic = 0.0, shifted = 1.0  // the source: 1/(0 + 1)
            var farthest = 0
            while head < tail {
                let levelEnd = tail
                level += 1
                while head < levelEnd {
                    let v = Int(queue[head]); head += 1
                    for e in rows.start(v)..<rows.end(v) {
                        let w = Int(rows.neighbours[e])
                        if !visited[w] { visited[w] = true; queue[tail] = Int32(w); tail += 1 }
                    }
                }
                let count = tail - levelEnd
                if count > 0 {
                    total += count * level
                    harmonic += Double(count) / Double(level)
                    shifted += Double(count) / Double(level + 1)
                    farthest = level
                }
            }
            for i in 0..<tail { visited[Int(queue[i])] = false }
            return Entry(reached: tail, total: Double(total), harmonic: harmonic, farthest: Double(farthest),
                         shifted: shifted)
        }
    }
}
