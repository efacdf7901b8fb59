import Graph

/// Burt's constraint and effective size (R. S. Burt, *Structural Holes: The Social Structure of
/// Competition*, Harvard University Press, 1992, ch. 2), exactly as networkx's `nx.constraint`
/// and `nx.effective_size` compute them node by node (`nodes=list(G)`; networkx 3.6's default
/// vectorised path divides effective size by the wrong maximum on weighted and directed
/// graphs, networkx pull request #8906; the node-by-node values agree with UCINET and igraph).
///
/// With the mutual weight m(u, v) = a(u, v) + a(v, u) (a = the arc weight, 0 when absent;
/// an undirected edge is an arc both ways) and the proportional tie strength
/// p(u, v) = m(u, v) / Σ_{w ∈ N(u)} m(u, w), where N(u) is every neighbour of u (predecessors
/// and successors, u itself when it has a self-loop):
///
/// - constraint  c(v) = Σ_{n ∈ N(v)} ( p(v, n) + Σ_{w ∈ N(v)} p(v, w) p(w, n) )²
/// - effective size  e(v) = Σ_{u ∈ N(v)} ( 1 − Σ_{w ∈ N(v)} p(v, w) m(u, w) / max_{x ∈ N(u)} m(u, x) )
///
/// Conventions that follow networkx:
/// - *weighted* uses the compact graph's weights (the agreement counts by default), as
///   networkx does with `weight="weight"`; *unweighted* sets every edge to 1 (`weight=None`).
/// - For an unweighted undirected graph effective size is Borgatti's simplification,
///   e(v) = n − 2t / n, n the neighbours of v other than v and t the edges among them
///   (self-loops of neighbours included). It equals Burt's formula on a graph without
///   self-loops.
/// - Constraint is NaN for a node with no neighbour, effective size for a node with no
///   neighbour but itself (an isolate or a lone self-loop). In a directed graph networkx looks
///   at *successors* there, so a node with in-arcs only gives NaN for both.
///
/// Lower constraint and larger effective size mean more structural holes around the actor:
/// partners who are not tied to each other, so the actor brokers between them.
///
/// Complexity: O(Σ over edges v–w of min(d(v), d(w)) · log d) = O(m·√m·log d) time (each
/// pair's common neighbours from the shorter row: linear on a star), O(n + m) memory; the
/// inner loops run on the flat rows of one undirected table of mutual weights.
public struct BurtConstraint: Sendable {
    /// Constraint of each node; NaN where undefined (see above).
    public let constraint: [Double]
    /// Effective size of each node; NaN where undefined.
    public let effectiveSize: [Double]

    public init(of graph: CompactGraph, weighted: Bool = true) {
        let base = weighted ? graph : CompactGraph(unitWeightsOf: graph)
        let table = MutualWeights(base)
        var constraint = [Double](repeating: .nan, count: graph.nodeCount)
        var effectiveSize = [Double](repeating: .nan, count: graph.nodeCount)
        var position = [Int](repeating: -1, count: graph.nodeCount)
        var indirect: [Double] = []
        let borgatti = !weighted && !graph.isDirected
        for v in 0..<graph.nodeCount where graph.rowLength(of: v) > 0 {
            let row = table.offsets[v]..<table.offsets[v + 1]
            for i in row { position[Int(table.neighbours[i])] = i }
            constraint[v] = table.constraint(of: v, position: position, scratch: &indirect)
            let onlyItself = graph.neighbours(of: v).allSatisfy { Int($0) == v }
            effectiveSize[v] = onlyItself ? .nan : borgatti
                ? table.borgattiEffectiveSize(of: v, position: position)
                : table.effectiveSize(of: v, position: position)
            for i in row { position[Int(table.neighbours[i])] = -1 }
        }
        self.constraint = constraint
        self.effectiveSize = effectiveSize
    }
}

/// The undirected table of mutual weights m(u, v), with each row's sum and maximum and the
/// proportional strengths p(u, v) parallel to the rows.
private struct MutualWeights {
    let offsets: [Int]
    let neighbours: [Int32]
    let mutual: [Double]
    /// p(u, neighbours[i]) for i in u's row.
    let proportion: [Double]
    let rowMax: [Double]

    init(_ graph: CompactGraph) {
        // Undirected: m = 2w for every edge, self-loops too; the factor 2 cancels in p and in
        // m / max, so the stored weights serve as they are. Directed: the symmetrised graph
        // adds a(u, v) + a(v, u); a self-loop is one arc counted both ways, so it doubles.
        let symmetric = graph.symmetrised()
        var mutual = symmetric.weights
        if graph.isDirected {
            for u in 0..<symmetric.nodeCount {
                for i in symmetric.offsets[u]..<symmetric.offsets[u + 1] where Int(symmetric.neighbours[i]) == u {
                    mutual[i] *= 2
                }
            }
        }
        var proportion = mutual
        var rowMax = [Double](repeating: 0, count: symmetric.nodeCount)
        for u in 0..<symmetric.nodeCount {
            let row = symmetric.offsets[u]..<symmetric.offsets[u + 1]
            let sum = row.reduce(0.0) { $0 + mutual[$1] }
            rowMax[u] = row.reduce(0.0) { Swift.max($0, mutual[$1]) }
            for i in row { proportion[i] = sum == 0 ? 0 : mutual[i] / sum }
        }
        offsets = symmetric.offsets
        neighbours = symmetric.neighbours
        self.mutual = mutual
        self.proportion = proportion
        self.rowMax = rowMax
    }

    /// The index of `x` in `w`'s row (rows are sorted), or nil: O(log d(w)).
    func index(of x: Int, inRowOf w: Int) -> Int? {
        var low = offsets[w], high = offsets[w + 1]
        let target = Int32(x)
        while low < high {
            let mid = (low + high) / 2
            if neighbours[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < offsets[w + 1] && neighbours[low] == target ? low : nil
    }

    /// Calls `body(k, j)` for every node x in both v's row (at index k) and w's row (at index
    /// j), in increasing x, walking the shorter row: w's against `position` (v's row), or v's
    /// by binary search in w's. O(min(d(v), d(w)) · log d) instead of O(d(w)): linear on a
    /// star, where every leaf would otherwise walk the hub's row.
    func forEachCommon(_ v: Int, _ w: Int, position: [Int], _ body: (Int, Int) -> Void) {
        if offsets[w + 1] - offsets[w] <= offsets[v + 1] - offsets[v] {
            for j in offsets[w]..<offsets[w + 1] {
                let k = position[Int(neighbours[j])]
                if k >= 0 { body(k, j) }
            }
        } else {
            for k in offsets[v]..<offsets[v + 1] {
                if let j = index(of: Int(neighbours[k]), inRowOf: w) { body(k, j) }
            }
        }
    }

    /// c(v); `position[x]` is x's index in v's row, or -1 when x is not v's neighbour.
    func constraint(of v: Int, position: [Int], scratch indirect: inout [Double]) -> Double {
        let start = offsets[v], end = offsets[v + 1]
        indirect.removeAll(keepingCapacity: true)
        indirect.append(contentsOf: repeatElement(0, count: end - start))
        // Σ_w p(v, w) p(w, n), gathered over the common neighbours of v and each w.
        for i in start..<end {
            let w = Int(neighbours[i]), pvw = proportion[i]
            forEachCommon(v, w, position: position) { k, j in indirect[k - start] += pvw * proportion[j] }
        }
        var total = 0.0
        for i in start..<end {
            let local = proportion[i] + indirect[i - start]
            total += local * local
        }
        return total
    }

    /// Burt's effective size: the neighbours less their redundancy.
    func effectiveSize(of v: Int, position: [Int]) -> Double {
        var total = 0.0
        for i in offsets[v]..<offsets[v + 1] {
            let u = Int(neighbours[i])
            var redundancy = 0.0
            if rowMax[u] > 0 {
                forEachCommon(v, u, position: position) { k, j in redundancy += proportion[k] * mutual[j] / rowMax[u] }
            }
            total += 1 - redundancy
        }
        return total
    }

    /// Borgatti's n − 2t / n over the neighbours of v other than v.
    func borgattiEffectiveSize(of v: Int, position: [Int]) -> Double {
        var n = 0, ties = 0, loops = 0
        for i in offsets[v]..<offsets[v + 1] {
            let u = Int(neighbours[i])
            if u == v { continue }
            n += 1
            if index(of: u, inRowOf: u) != nil { loops += 1 }
            forEachCommon(v, u, position: position) { k, _ in
                let x = Int(neighbours[k])
                if x != u && x != v { ties += 1 }
            }
        }
        guard n > 0 else { return .nan }
        let size = Double(ties / 2 + loops)
        return Double(n) - 2 * size / Double(n)
    }
}

extension BurtConstraint {
    /// On the simple projection of `dataset` (undirected unless `directed`, where an
    /// undirected agreement is an arc each way), weights = agreements per pair.
    public init(_ dataset: Dataset, weighted: Bool = true, directed: Bool = false) {
        self.init(of: IndexedNetwork(dataset, directed: directed).graph, weighted: weighted)
    }
}
