/// Single-source shortest paths on flat arrays, reused source after source without
/// allocating: breadth-first search (unit lengths) or Dijkstra's algorithm with a binary heap
/// (weights as lengths). Betweenness, closeness, harmonic centrality, eccentricity and the
/// path finder all run on it. One instance per thread.
///
/// After a search, `order[0..<reachedCount]` holds the reached nodes in non-decreasing
/// distance (the settling order), `distance[v]` their distances (+inf elsewhere) and, when
/// paths are counted, `sigma[v]` the number of shortest paths from the source to `v`.
/// Conventions follow networkx's `_single_source_shortest_path_basic` and
/// `_single_source_dijkstra_path_basic`: a node is a predecessor of `w` exactly when
/// `distance[v] + length(v, w) == distance[w]` in floating point.
final class SingleSourceSearch {
    let nodeCount: Int
    let order: UnsafeMutablePointer<Int32>
    let distance: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    /// Scratch per node for callers (Brandes' dependency delta).
    let scratch: UnsafeMutablePointer<Double>
    /// Predecessor on one shortest path (the first one found), for path reconstruction.
    let parent: UnsafeMutablePointer<Int32>
    private(set) var reachedCount = 0
    private var heap: [HeapEntry] = []

    struct HeapEntry {
        var distance: Double
        var node: Int32
        var parent: Int32
    }

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let n = max(1, nodeCount)
        order = .allocate(capacity: n)
        distance = .allocate(capacity: n); distance.initialize(repeating: .infinity, count: n)
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0, count: n)
        scratch = .allocate(capacity: n); scratch.initialize(repeating: 0, count: n)
        parent = .allocate(capacity: n); parent.initialize(repeating: -1, count: n)
    }

    deinit {
        order.deallocate(); distance.deallocate(); sigma.deallocate()
        scratch.deallocate(); parent.deallocate()
    }

    /// Forgets the last search: O(nodes it reached).
    @inline(__always)
    func reset() {
        for i in 0..<reachedCount {
            let v = Int(order[i])
            distance[v] = .infinity; sigma[v] = 0; scratch[v] = 0; parent[v] = -1
        }
        reachedCount = 0
    }

    /// Breadth-first search from `source` along `rows`; every edge has length 1.
    func breadthFirst(_ rows: Rows, from source: Int, countPaths: Bool) {
        reset()
        distance[source] = 0; sigma[source] = 1
        order[0] = Int32(source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head += 1
            let next = distance[v] + 1
            let sv = sigma[v]
            for i in rows.start(v)..<rows.end(v) {
                let w = Int(rows.neighbours[i])
                let dw = distance[w]
                if dw == .infinity {
                    distance[w] = next; parent[w] = Int32(v)
                    order[tail] = Int32(w); tail += 1
                    if countPaths { sigma[w] = sv }
                } else if countPaths && dw == next {
                    sigma[w] += sv
                }
            }
        }
        reachedCount = tail
    }

    /// Dijkstra's algorithm from `source`; `rows.weights` are the (non-negative) lengths.
    func dijkstra(_ rows: Rows, from source: Int, countPaths: Bool) {
        reset()
        heap.removeAll(keepingCapacity: true)
        // `distance` holds tentative distances; a node is settled once it is in `order`,
        // which `scratch` (< 0) marks until the search ends.
        distance[source] = 0; sigma[source] = 1
        push(HeapEntry(distance: 0, node: Int32(source), parent: -1))
        var settled = 0
        while let top = pop() {
            let v = Int(top.node)
            if scratch[v] < 0 { continue }
            scratch[v] = -1
            order[settled] = top.node; settled += 1
            parent[v] = top.parent
            if countPaths && top.parent >= 0 { sigma[v] += sigma[Int(top.parent)] }
            let dv = top.distance
            for i in rows.start(v)..<rows.end(v) {
                let w = Int(rows.neighbours[i])
                let dvw = dv + rows.weights[i]
                if scratch[w] < 0 { continue }
                let seen = distance[w]
                if dvw < seen {
                    distance[w] = dvw
                    if countPaths { sigma[w] = 0 }
                    push(HeapEntry(distance: dvw, node: Int32(w), parent: Int32(v)))
                } else if countPaths && dvw == seen {
                    sigma[w] += sigma[v]
                }
            }
        }
        reachedCount = settled
        for i in 0..<settled { scratch[Int(order[i])] = 0 }
    }

    // A plain binary min-heap on (distance, node); stale entries are skipped when popped.
    @inline(__always)
    private func push(_ entry: HeapEntry) {
        heap.append(entry)
        var i = heap.count - 1
        while i > 0 {
            let p = (i - 1) >> 1
            if heap[p].distance <= entry.distance { break }
            heap[i] = heap[p]; i = p
        }
        heap[i] = entry
    }

    @inline(__always)
    private func pop() -> HeapEntry? {
        guard let last = heap.popLast() else { return nil }
        if heap.isEmpty { return last }
        let top = heap[0]
        let count = heap.count
        var i = 0
        while true {
            var c = 2 * i + 1
            if c >= count { break }
            if c + 1 < count && heap[c + 1].distance < heap[c].distance { c += 1 }
            if heap[c].distance >= last.distance { break }
            heap[i] = heap[c]; i = c
        }
        heap[i] = last
        return top
    }

    /// Runs breadth-first search or Dijkstra from `source`.
    @inline(__always)
    func search(_ rows: Rows, from source: Int, weighted: Bool, countPaths: Bool) {
        if weighted { dijkstra(rows, from: source, countPaths: countPaths) }
        else { breadthFirst(rows, from: source, countPaths: countPaths) }
    }
}
