/// Modularity of a partition.
///
/// Definition: Q = Σ_c [ L_c / m − γ (K_c / 2m)² ] for an undirected graph, where L_c is the
/// weight of the edges inside community c (each once, self-loops once), K_c the sum of the
/// (weighted) degrees of its nodes (self-loops twice) and m the total weight; for a
/// directed graph Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ].
///
/// Papers: M. E. J. Newman & M. Girvan, "Finding and evaluating community structure in
/// networks", Physical Review E 69, 026113, 2004; resolution γ from J. Reichardt &
/// S. Bornholdt, Physical Review E 74, 016110, 2006; directed form from E. A. Leicht &
/// M. E. J. Newman, Physical Review Letters 100, 118703, 2008.
///
/// Complexity: O(n + m).
///
/// networkx conventions (`community.modularity(G, communities, weight="weight",
/// resolution=1)`): weights are strengths; undefined (nil) for a graph without edges, where
/// networkx divides by zero.
public enum Modularity {
    /// Modularity of `partition` (`partition[v]` is node v's community label, any
    /// non-negative integers).
    public static func of(_ partition: [Int], on graph: CompactGraph, resolution: Double = 1,
                          weighted: Bool = true) -> Double? {
        precondition(partition.count == graph.nodeCount)
        let labels = canonicalLabels(partition.map { Int32($0) })
        let count = labels.count
        var inside = [Double](repeating: 0, count: count)
        var outTotal = [Double](repeating: 0, count: count)
        var inTotal = [Double](repeating: 0, count: count)
        var m = 0.0
        for u in 0..<graph.nodeCount {
            let cu = Int(labels.labels[u])
            for i in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = Int(graph.neighbours[i])
                let w = weighted ? graph.weights[i] : 1
                let cv = Int(labels.labels[v])
                if graph.isDirected {
                    m += w; outTotal[cu] += w; inTotal[cv] += w
                    if cu == cv { inside[cu] += w }
                } else if v == u {
                    m += w; outTotal[cu] += 2 * w; inside[cu] += w
                } else {
                    m += w / 2; outTotal[cu] += w
                    if cu == cv { inside[cu] += w / 2 }
                }
            }
        }
        guard m > 0 else { return nil }
        var q = 0.0
        if graph.isDirected {
            for c in 0..<count { q += inside[c] / m - resolution * outTotal[c] * inTotal[c] / (m * m) }
        } else {
            let degreeSum = 2 * m
            for c in 0..<count {
                q += inside[c] / m - resolution * outTotal[c] * outTotal[c] / (degreeSum * degreeSum)
            }
        }
        return q
    }

    /// Modularity of the partition given by a node attribute (text per node; nodes without
    /// a value form one community of their own each).
    public static func of(attributeValues values: [String?], on graph: CompactGraph, resolution: Double = 1,
                          weighted: Bool = true) -> Double? {
        Communities(attributeValues: values, on: graph, resolution: resolution, weighted: weighted).modularity
    }
}

/// The result of community detection: a label per node and what the CLI reports about it.
public struct Communities: Sendable {
    /// `membership[v]` is node v's community, numbered 0..<count in order of first node.
    public let membership: [Int]
    /// Community sizes, indexed by community number.
    public let sizes: [Int]
    /// Modularity of the partition on the analysed graph (at the algorithm's resolution
    /// for modularity-based methods, at γ = 1 otherwise); nil without edges.
    public let modularity: Double?
    /// The value of the optimised quality function (modularity, or CPM's Σ_c [e_c − γ n_c(n_c − 1)/2]).
    public let quality: Double?

    /// The number of communities.
    public var count: Int { sizes.count }

    init(membership raw: [Int32], modularity: Double?, quality: Double?) {
        let (labels, count) = canonicalLabels(raw)
        var sizes = [Int](repeating: 0, count: count)
        for c in labels { sizes[Int(c)] += 1 }
        self.membership = labels.map(Int.init)
        self.sizes = sizes
        self.modularity = modularity
        self.quality = quality
    }
}

extension Communities {
    /// Restarts that cost about four million edge visits in all, between 1 and 64.
    static func automaticRestarts(_ g: CommunityGraph) -> Int {
        max(1, min(64, 4_000_000 / max(1, g.neighbours.count + g.nodeCount)))
    }

    /// The best result (by quality, then modularity) of `count` runs with seeds drawn from `seed`.
    static func best(of count: Int, seed: UInt64, _ run: (UInt64) -> Communities) -> Communities {
        var generator = SeededGenerator(seed: seed)
        var best = run(seed)
        for _ in 1..<max(1, count) {
            let candidate = run(generator.next())
            if (candidate.quality ?? -.infinity) > (best.quality ?? -.infinity) { best = candidate }
        }
        return best
    }
}

extension Communities {
    /// The partition given by a node attribute (text per node; nodes without a value form one
    /// community of their own each), with its modularity: for scoring a known grouping
    /// such as `country` the way detected communities are scored.
    public init(attributeValues values: [String?], on graph: CompactGraph, resolution: Double = 1, weighted: Bool = true) {
        var codes = Assortativity.codes(values)
        var next = (codes.max() ?? -1) + 1
        for v in codes.indices where codes[v] < 0 { codes[v] = next; next += 1 }
        let q = Modularity.of(codes, on: graph, resolution: resolution, weighted: weighted)
        self.init(membership: codes.map { Int32($0) }, modularity: q, quality: q)
    }
}
