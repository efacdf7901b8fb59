/// Louvain community detection (modularity maximisation).
///
/// Definition: greedy modularity optimisation in levels. Each level visits the nodes in a
/// random order and moves each to the neighbouring community with the largest modularity
/// gain ΔQ = w(v, C)/m − γ k_v K_C / (2m²) (relative to staying), until a pass moves
/// nothing; then every community becomes one node and the next level starts. It stops when
/// a level improves modularity by no more than `threshold`. On the way back, the final
/// partition is projected onto each finer level and single nodes may move again
/// (multilevel refinement: A. Rotta & A. Noack, "Multilevel local search algorithms for
/// modularity clustering", ACM Journal of Experimental Algorithmics 16, 2011). The whole
/// process is then repeated from the partition found while modularity still rises.
///
/// Paper: V. D. Blondel, J.-L. Guillaume, R. Lambiotte & E. Lefebvre, "Fast unfolding of
/// communities in large networks", Journal of Statistical Mechanics P10008, 2008.
///
/// Complexity: O(m) per pass, near-linear overall in practice.
///
/// networkx conventions (`community.louvain_communities(G, weight="weight", resolution=1,
/// threshold=1e-07, seed)`): weights are strengths; nodes are shuffled once per level;
/// the partition of the last level is returned. Several seeded restarts keep the best
/// (see `communities`), so single-run variance does not leave a poor optimum. A directed graph
/// optimises directed modularity (Leicht & Newman; networkx's Louvain on a DiGraph): the gain
/// is w(v, C)/m − γ (k_v^out K_C^in + k_v^in K_C^out)/m², w(v, C) counting arcs both ways
/// (see ``ExpectedTerm``). Randomness comes from
/// `seed` through this package's own generator, so results are reproducible but are not
/// networkx's for the same seed.
public enum Louvain {
    /// Communities of `graph` found by the Louvain method: the best (highest modularity) of
    /// `restarts` runs, each seeded from `seed`; nil restarts picks as many as cost about
    /// four million edge visits in all (1 for a million-edge graph, at most 64).
    ///
    /// ```swift
    /// let network = IndexedNetwork(dataset)                   // weights = agreements per pair
    /// let found = Louvain.communities(on: network.graph, seed: 0)
    /// print(found.count, found.sizes, found.membership[0], found.modularity ?? .nan)
    /// ```
    public static func communities(on graph: CompactGraph, resolution: Double = 1, threshold: Double = 1e-7,
                                   seed: UInt64 = 0, weighted: Bool = true, restarts: Int? = nil) -> Communities {
        let base = CommunityGraph(graph, weighted: weighted)
        return Communities.best(of: restarts ?? Communities.automaticRestarts(base), seed: seed) { runSeed in
            var generator = SeededGenerator(seed: runSeed)
            var result = run(base, resolution: resolution, threshold: threshold, start: nil, generator: &generator)
            // Iterate from the partition found while that still gains (at most 20 times).
            for _ in 0..<20 {
                guard let q = result.modularity else { break }
                let again = run(base, resolution: resolution, threshold: threshold,
                                start: result.membership.map { Int32($0) }, generator: &generator)
                guard let q2 = again.modularity, q2 - q > threshold else { break }
                result = again
            }
            return result
        }
    }

    /// One Louvain run: coarsen level by level, then refine on the way back down.
    /// `start`, when given, is the first level's initial partition instead of singletons.
    static func run(_ base: CommunityGraph, resolution: Double, threshold: Double, start: [Int32]?,
                    generator: inout SeededGenerator) -> Communities {
        var g = base
        let n = g.nodeCount
        var membership = (0..<n).map { Int32($0) }
        guard g.totalWeight > 0 else {
            return Communities(membership: membership, modularity: nil, quality: nil)
        }
        var modularity = g.modularity(of: membership, count: n, resolution: resolution)
        var levels: [(graph: CommunityGraph, labels: [Int32])] = []
        var initial = start
        while true {
            var community = initial ?? (0..<g.nodeCount).map { Int32($0) }
            initial = nil
            let moved = moveNodes(g, &community, resolution: resolution, generator: &generator)
            let (labels, count) = canonicalLabels(community)
            let next = g.modularity(of: labels, count: count, resolution: resolution)
            levels.append((g, labels))
            if !moved || next - modularity <= threshold {
                modularity = next
                break
            }
            modularity = next
            g = g.aggregated(by: labels, count: count)
        }
        // Refinement (Rotta & Noack's multilevel local search): project the final partition
        // to each finer level and let single nodes move again; modularity can only rise.
        var partition = levels[levels.count - 1].labels
        for level in stride(from: levels.count - 2, through: 0, by: -1) {
            let (graph, labels) = levels[level]
            var community = labels.map { partition[Int($0)] }
            if moveNodes(graph, &community, resolution: resolution, generator: &generator) {
                modularity = graph.modularity(of: canonicalLabels(community).labels,
                                              count: canonicalLabels(community).count, resolution: resolution)
            }
            partition = community
        }
        membership = partition
        return Communities(membership: membership, modularity: modularity, quality: modularity)
    }

    /// One level's local moving; true when some node changed community.
    static func moveNodes(_ g: CommunityGraph, _ community: inout [Int32], resolution: Double,
                          generator: inout SeededGenerator) -> Bool {
        let n = g.nodeCount
        var order = (0..<n).map { Int32($0) }
        generator.shuffle(&order)
        // A_C and B_C of each community: K_C twice (undirected), or its out- and in-strength.
        let expected = ExpectedTerm.modularity(g, resolution: resolution)
        var (totalA, totalB) = expected.totals(community, count: n)  // gains in units of 1/m
        var links = CommunityWeights(capacity: n)
        var movedAny = false
        var moves = 1, passes = 0
        // Each move raises modularity, so passes end; the cap guards against rounding ping-pong.
        while moves > 0 && passes < 10_000 {
            moves = 0; passes += 1
            for v32 in order {
                let v = Int(v32)
                let own = community[v]
                let a = expected.a[v], b = expected.b[v]
                for i in g.offsets[v]..<g.offsets[v + 1] { links.add(community[Int(g.neighbours[i])], g.weights[i]) }
                totalA[Int(own)] -= a; totalB[Int(own)] -= b
                var best = own
                var bestGain = links.weight[Int(own)] - expected.weight(a: a, b: b, totalA: totalA[Int(own)], totalB: totalB[Int(own)])
                let baseline = bestGain
                for c in links.touched where c != own {
                    let gain = links.weight[Int(c)] - expected.weight(a: a, b: b, totalA: totalA[Int(c)], totalB: totalB[Int(c)])
                    if gain > bestGain { bestGain = gain; best = c }
                }
                // Staying is the reference; move only for a strictly positive gain over it.
                if bestGain <= baseline { best = own }
                totalA[Int(best)] += a; totalB[Int(best)] += b
                if best != own { community[v] = best; moves += 1; movedAny = true }
                links.clear()
            }
        }
        return movedAny
    }
}
