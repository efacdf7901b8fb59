/// The weighted graph that community detection works on and coarsens: rows without
/// self-loops, internal weight kept per node, and node weights for the quality function.
/// Level 0 is built from a `CompactGraph`; each later level merges the nodes of a community
/// into one node (Blondel et al.'s aggregation).
///
/// A directed graph (Leicht & Newman's directed modularity, as networkx's Louvain reads a
/// DiGraph) keeps its rows symmetrised, w(u, v) = w(u→v) + w(v→u), and its out- and
/// in-strengths for the expected term; an undirected one has out = in = the weighted degree.
struct CommunityGraph {
    var nodeCount: Int
    var offsets: [Int]
    var neighbours: [Int32]
    var weights: [Double]
    /// Weight of the edges (arcs) inside each node (a self-loop at level 0), each once.
    var selfWeight: [Double]
    /// The out-weight of each node in the expected term: its weighted out-degree (directed),
    /// or k_v, the weights of all its edge ends, internal edges twice (undirected, networkx's
    /// weighted degree).
    var outStrength: [Double]
    /// The in-weight: the weighted in-degree (directed), or k_v again (undirected; the same storage).
    var inStrength: [Double]
    /// The number of original nodes inside each node.
    var size: [Double]
    /// m: the total edge weight, each edge (arc) once.
    var totalWeight: Double
    let isDirected: Bool

    /// Level 0: the view of `graph` (directed when it is), weights as strengths (or all 1).
    init(_ graph: CompactGraph, weighted: Bool) {
        isDirected = graph.isDirected
        let g = graph.undirected()
        let n = g.nodeCount
        nodeCount = n
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours = [Int32](); neighbours.reserveCapacity(g.neighbours.count)
        var weights = [Double](); weights.reserveCapacity(g.neighbours.count)
        var selfWeight = [Double](repeating: 0, count: n)
        var strength = [Double](repeating: 0, count: n)
        var total = 0.0
        for v in 0..<n {
            for i in g.offsets[v]..<g.offsets[v + 1] {
                let u = Int(g.neighbours[i])
                let w = weighted ? g.weights[i] : 1
                if u == v {
                    selfWeight[v] += w; strength[v] += 2 * w; total += w
                } else {
                    neighbours.append(Int32(u)); weights.append(w)
                    strength[v] += w; total += w / 2
                }
            }
            offsets[v + 1] = neighbours.count
        }
        self.offsets = offsets; self.neighbours = neighbours; self.weights = weights
        self.selfWeight = selfWeight
        self.size = [Double](repeating: 1, count: n)
        if graph.isDirected {
            var out = [Double](repeating: 0, count: n), into = [Double](repeating: 0, count: n)
            total = 0
            for v in 0..<n {
                for i in graph.offsets[v]..<graph.offsets[v + 1] {
                    let w = weighted ? graph.weights[i] : 1
                    out[v] += w; into[Int(graph.neighbours[i])] += w; total += w
                }
            }
            self.outStrength = out; self.inStrength = into
        } else {
            self.outStrength = strength; self.inStrength = strength
        }
        self.totalWeight = total
    }

    private init(nodeCount: Int, offsets: [Int], neighbours: [Int32], weights: [Double], selfWeight: [Double],
                 outStrength: [Double], inStrength: [Double], size: [Double], totalWeight: Double, isDirected: Bool) {
        self.nodeCount = nodeCount; self.offsets = offsets; self.neighbours = neighbours
        self.weights = weights; self.selfWeight = selfWeight
        self.outStrength = outStrength; self.inStrength = inStrength
        self.size = size; self.totalWeight = totalWeight; self.isDirected = isDirected
    }

    /// The graph whose nodes are the communities of `membership` (numbered 0..<count).
    func aggregated(by membership: [Int32], count: Int) -> CommunityGraph {
        // Members of each community, by counting sort.
        var start = [Int](repeating: 0, count: count + 1)
        for c in membership { start[Int(c) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var fill = start
        var members = [Int32](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount { let c = Int(membership[v]); members[fill[c]] = Int32(v); fill[c] += 1 }

        var offsets = [Int](repeating: 0, count: count + 1)
        var neighbours = [Int32](), weights = [Double]()
        neighbours.reserveCapacity(self.neighbours.count / 2)
        weights.reserveCapacity(self.neighbours.count / 2)
        var selfWeight = [Double](repeating: 0, count: count)
        var outStrength = [Double](repeating: 0, count: count)
        var inStrength = isDirected ? [Double](repeating: 0, count: count) : []
        var size = [Double](repeating: 0, count: count)
        var accumulated = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int32] = []
        for c in 0..<count {
            for k in start[c]..<start[c + 1] {
                let v = Int(members[k])
                selfWeight[c] += self.selfWeight[v]
                outStrength[c] += self.outStrength[v]
                if isDirected { inStrength[c] += self.inStrength[v] }
                size[c] += self.size[v]
                for i in self.offsets[v]..<self.offsets[v + 1] {
                    let d = Int(membership[Int(self.neighbours[i])])
                    if d == c {
                        selfWeight[c] += self.weights[i] / 2  // seen from both ends
                    } else {
                        if !seen[d] { seen[d] = true; touched.append(Int32(d)) }
                        accumulated[d] += self.weights[i]
                    }
                }
            }
            for d in touched {
                neighbours.append(d); weights.append(accumulated[Int(d)])
                accumulated[Int(d)] = 0; seen[Int(d)] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets[c + 1] = neighbours.count
        }
        return CommunityGraph(nodeCount: count, offsets: offsets, neighbours: neighbours, weights: weights,
                              selfWeight: selfWeight, outStrength: outStrength,
                              inStrength: isDirected ? inStrength : outStrength, size: size,
                              totalWeight: totalWeight, isDirected: isDirected)
    }

    /// Modularity of a partition of this graph's nodes: Σ_c [in_c/m − γ (K_c / 2m)²], or
    /// Σ_c [in_c/m − γ K_c^out K_c^in / m²] when directed.
    func modularity(of membership: [Int32], count: Int, resolution: Double) -> Double {
        guard totalWeight > 0 else { return .nan }
        var inside = [Double](repeating: 0, count: count)
        var outTotal = [Double](repeating: 0, count: count)
        var inTotal = [Double](repeating: 0, count: count)
        for v in 0..<nodeCount {
            let c = Int(membership[v])
            inside[c] += selfWeight[v]
            outTotal[c] += outStrength[v]
            inTotal[c] += inStrength[v]
            for i in offsets[v]..<offsets[v + 1] where membership[Int(neighbours[i])] == membership[v] {
                inside[c] += weights[i] / 2
            }
        }
        var q = 0.0
        let m = totalWeight
        for c in 0..<count {
            q += isDirected ? inside[c] / m - resolution * outTotal[c] * inTotal[c] / (m * m)
                            : inside[c] / m - resolution * outTotal[c] * outTotal[c] / (4 * m * m)
        }
        return q
    }
}

/// The expected term of a quality function, in the form every move gain shares:
/// ΔH(v → C) = w(v, C) − [(s·a_v)·B_C + (s·b_v)·A_C], where A_C and B_C sum a and b over C.
///
/// - modularity, undirected: a = b = k (weighted degree), s = γ/(4m), so the term is γ k_v K_C/(2m);
/// - modularity, directed: a = out-, b = in-strength, s = γ/m (Leicht & Newman);
/// - CPM: a = b = node size n, s = γ/2 (undirected; γ n_v N_C) or γ (directed, n_c(n_c − 1) possible arcs).
///
/// In the undirected cases the two halves are equal and add up, bit for bit, to the
/// one-term form s′·k_v·K_C (a power-of-two split loses nothing).
struct ExpectedTerm {
    let a: [Double]
    let b: [Double]
    let scale: Double

    static func modularity(_ g: CommunityGraph, resolution: Double) -> ExpectedTerm {
        let m = g.totalWeight
        let scale = m > 0 ? (g.isDirected ? resolution / m : resolution / (4 * m)) : 0
        return ExpectedTerm(a: g.outStrength, b: g.inStrength, scale: scale)
    }

    static func cpm(_ g: CommunityGraph, resolution: Double) -> ExpectedTerm {
        ExpectedTerm(a: g.size, b: g.size, scale: g.isDirected ? resolution : resolution / 2)
    }

    /// The expected weight between a node (or group) with weights a, b and a community with
    /// totals A, B: (s·a)·B + (s·b)·A, the term every gain subtracts.
    @inline(__always)
    func weight(a: Double, b: Double, totalA: Double, totalB: Double) -> Double {
        (scale * a) * totalB + (scale * b) * totalA
    }

    /// A and B of each community of `membership` (labels below `count`).
    func totals(_ membership: [Int32], count: Int) -> (a: [Double], b: [Double]) {
        var ta = [Double](repeating: 0, count: count), tb = [Double](repeating: 0, count: count)
        for v in membership.indices { ta[Int(membership[v])] += a[v]; tb[Int(membership[v])] += b[v] }
        return (ta, tb)
    }
}

/// Sums of edge weights from one node to each neighbouring community, with the list of
/// communities touched so it resets in time proportional to the node's degree.
struct CommunityWeights {
    var weight: [Double]
    var touched: [Int32] = []
    private var present: [Bool]

    init(capacity: Int) {
        weight = [Double](repeating: 0, count: capacity)
        present = [Bool](repeating: false, count: capacity)
    }

    @inline(__always)
    mutating func add(_ community: Int32, _ w: Double) {
        let c = Int(community)
        if !present[c] { present[c] = true; touched.append(community) }
        weight[c] += w
    }

    @inline(__always)
    mutating func clear() {
        for c in touched { weight[Int(c)] = 0; present[Int(c)] = false }
        touched.removeAll(keepingCapacity: true)
    }
}

/// Renumbers community labels 0..<count in order of first appearance by node index.
func canonicalLabels(_ membership: [Int32]) -> (labels: [Int32], count: Int) {
    var map = [Int32](repeating: -1, count: (membership.max().map { Int($0) } ?? -1) + 1)
    var next: Int32 = 0
    let labels = membership.map { c -> Int32 in
        if map[Int(c)] < 0 { map[Int(c)] = next; next += 1 }
        return map[Int(c)]
    }
    return (labels, Int(next))
}
