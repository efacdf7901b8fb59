import Foundation

/// Leiden community detection, for modularity or the Constant Potts Model (CPM).
///
/// Definition: like Louvain, but (1) local moving visits only nodes whose neighbourhood
/// changed (a queue), (2) before aggregation each community is refined: its nodes start as
/// singletons and well-connected singletons merge, at random among the merges that do not
/// lower quality (probability ∝ exp(ΔH/θ)), into well-connected sub-communities, and (3)
/// the aggregate graph is built on the refined partition while the unrefined one seeds the
/// next level. Communities found are guaranteed connected. Quality of a move of v into C:
/// ΔH = w(v, C) − γ·k_v·K_C/(2m) for modularity, w(v, C) − γ·n_v·N_C for CPM (see
/// ``ExpectedTerm`` for the directed forms).
///
/// Paper: V. A. Traag, L. Waltman & N. J. van Eck, "From Louvain to Leiden: guaranteeing
/// well-connected communities", Scientific Reports 9, 5233, 2019.
///
/// Complexity: near-linear in m per iteration.
///
/// Conventions: as igraph's `community_leiden` (weights are strengths, `beta` = θ = 0.01,
/// `iterations` = 2, a negative count iterating until the partition is stable); networkx
/// has no Leiden in 3.6. A directed graph optimises directed modularity (Leicht & Newman), or
/// CPM with n_c(n_c − 1) possible arcs, as leidenalg does; igraph's Leiden is undirected only.
/// Seeded by this package's generator: reproducible, not igraph's numbers.
public enum Leiden {
    /// The quality function Leiden optimises.
    public enum Objective: Sendable {
        case modularity
        /// Constant Potts Model: Σ_c [e_c − γ n_c(n_c − 1)/2], with n_c the community's size.
        case cpm
    }

    /// Communities of `graph` found by the Leiden algorithm: the best (highest quality) of
    /// `restarts` runs seeded from `seed`; nil restarts picks as many as cost about four
    /// million edge visits in all (1 for a million-edge graph, at most 64).
    public static func communities(on graph: CompactGraph, objective: Objective = .modularity,
                                   resolution: Double = 1, beta: Double = 0.01, iterations: Int = 2,
                                   seed: UInt64 = 0, weighted: Bool = true, restarts: Int? = nil) -> Communities {
        let base = CommunityGraph(graph, weighted: weighted)
        return Communities.best(of: restarts ?? Communities.automaticRestarts(base), seed: seed) { runSeed in
            run(base, objective: objective, resolution: resolution, beta: beta, iterations: iterations, seed: runSeed)
        }
    }

    /// One Leiden run of `iterations` iterations.
    static func run(_ base: CommunityGraph, objective: Objective, resolution: Double, beta: Double,
                    iterations: Int, seed: UInt64) -> Communities {
        let n = base.nodeCount
        var membership = (0..<n).map { Int32($0) }
        var generator = SeededGenerator(seed: seed)
        let quality = Quality(objective: objective, resolution: resolution)
        var iteration = 0
        while iterations < 0 || iteration < iterations {
            iteration += 1
            let changed = iterate(base, &membership, quality, beta: beta, generator: &generator)
            if !changed && (iterations < 0 || iteration > 1) { break }
        }
        let (labels, count) = canonicalLabels(membership)
        let modularityResolution = objective == .modularity ? resolution : 1
        let q = base.totalWeight > 0 ? base.modularity(of: labels, count: count, resolution: modularityResolution) : nil
        let achieved: Double?
        switch objective {
        case .modularity: achieved = q
        case .cpm: achieved = cpm(base, labels, count, resolution)
        }
        return Communities(membership: labels, modularity: q, quality: achieved)
    }

    /// How node weights and γ enter the gains (see ``ExpectedTerm``), for a graph at any level.
    struct Quality {
        let objective: Objective
        let resolution: Double
        func expected(_ g: CommunityGraph) -> ExpectedTerm {
            objective == .modularity ? .modularity(g, resolution: resolution) : .cpm(g, resolution: resolution)
        }
    }

    /// CPM's Σ_c [e_c − γ n_c(n_c − 1)/2], or Σ_c [e_c − γ n_c(n_c − 1)] over arcs when directed.
    static func cpm(_ g: CommunityGraph, _ labels: [Int32], _ count: Int, _ resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: count)
        var size = [Double](repeating: 0, count: count)
        for v in 0..<g.nodeCount {
            let c = Int(labels[v])
            inside[c] += g.selfWeight[v]; size[c] += 1
            for i in g.offsets[v]..<g.offsets[v + 1] where labels[Int(g.neighbours[i])] == labels[v] {
                inside[c] += g.weights[i] / 2
            }
        }
        var h = 0.0
        for c in 0..<count { h += inside[c] - resolution * size[c] * (size[c] - 1) / (g.isDirected ? 1 : 2) }
        return h
    }

    /// One full Leiden pass over all levels, improving `membership` of the base graph's nodes.
    static func iterate(_ base: CommunityGraph, _ membership: inout [Int32], _ quality: Quality,
                        beta: Double, generator: inout SeededGenerator) -> Bool {
        var g = base
        var partition = canonicalLabels(membership).labels
        var toLevel = (0..<base.nodeCount).map { Int32($0) }  // base node → node of g
        var changed = false
        while true {
            if moveNodesFast(g, &partition, quality, generator: &generator) { changed = true }
            let (labels, count) = canonicalLabels(partition)
            partition = labels
            if count == g.nodeCount { break }
            var (refined, refinedCount) = canonicalLabels(refine(g, partition, count, quality, beta: beta,
                                                                 generator: &generator))
            var next: [Int32]
            if refinedCount == g.nodeCount {
                // Refinement merged nothing: aggregate by the partition itself.
                refined = partition; refinedCount = count
                next = (0..<count).map { Int32($0) }
            } else {
                next = [Int32](repeating: 0, count: refinedCount)
                for v in 0..<g.nodeCount { next[Int(refined[v])] = partition[v] }
            }
            g = g.aggregated(by: refined, count: refinedCount)
            toLevel = toLevel.map { refined[Int($0)] }
            partition = next
        }
        let result = toLevel.map { partition[Int($0)] }
        if result != canonicalLabels(membership).labels { changed = true }
        membership = result
        return changed
    }

    /// Queue-based local moving (the "fast local move" of the paper); nodes may also move to
    /// an empty community. True when some node moved.
    static func moveNodesFast(_ g: CommunityGraph, _ community: inout [Int32], _ quality: Quality,
                              generator: inout SeededGenerator) -> Bool {
        let n = g.nodeCount
        let expected = quality.expected(g)
        var (totalA, totalB) = expected.totals(community, count: n)
        var members = [Int](repeating: 0, count: n)
        for v in 0..<n { members[Int(community[v])] += 1 }
        var empty: [Int32] = (0..<n).filter { members[$0] == 0 }.map { Int32($0) }
        var queue = (0..<n).map { Int32($0) }
        generator.shuffle(&queue)
        var queued = [Bool](repeating: true, count: n)
        var head = 0
        var links = CommunityWeights(capacity: n)
        var moved = false
        while head < queue.count {
            let v = Int(queue[head]); head += 1
            if head > n && head * 2 > queue.count { queue.removeFirst(head); head = 0 }  // keep the ring small
            queued[v] = false
            let own = community[v]
            let a = expected.a[v], b = expected.b[v]
            for i in g.offsets[v]..<g.offsets[v + 1] { links.add(community[Int(g.neighbours[i])], g.weights[i]) }
            totalA[Int(own)] -= a; totalB[Int(own)] -= b; members[Int(own)] -= 1
            var best = own
            var bestGain = links.weight[Int(own)] - expected.weight(a: a, b: b, totalA: totalA[Int(own)], totalB: totalB[Int(own)])
            let stay = bestGain
            for c in links.touched where c != own {
                let gain = links.weight[Int(c)] - expected.weight(a: a, b: b, totalA: totalA[Int(c)], totalB: totalB[Int(c)])
                if gain > bestGain { bestGain = gain; best = c }
            }
            if members[Int(own)] > 0, 0 > bestGain, let e = empty.last { best = e; bestGain = 0 }
            if bestGain <= stay { best = own }
            if best != own {
                if members[Int(own)] == 0 { empty.append(own) }
                if members[Int(best)] == 0, let i = empty.lastIndex(of: best) { empty.remove(at: i) }
                community[v] = best; moved = true
                for i in g.offsets[v]..<g.offsets[v + 1] {
                    let u = Int(g.neighbours[i])
                    if !queued[u] && community[u] != best { queued[u] = true; queue.append(Int32(u)) }
                }
            }
            totalA[Int(best)] += a; totalB[Int(best)] += b; members[Int(best)] += 1
            links.clear()
        }
        return moved
    }

    /// Refinement: within each community of `partition`, merge well-connected singletons
    /// into well-connected sub-communities, choosing among non-negative gains at random with
    /// weights exp(ΔH/θ). Returns the refined labels.
    static func refine(_ g: CommunityGraph, _ partition: [Int32], _ count: Int, _ quality: Quality,
                       beta: Double, generator: inout SeededGenerator) -> [Int32] {
        let n = g.nodeCount
        let expected = quality.expected(g)
        let (communityA, communityB) = expected.totals(partition, count: count)
        // E(v, C − v) for each node, then E(R, C − R) for each refined community R.
        var external = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for i in g.offsets[v]..<g.offsets[v + 1] where partition[Int(g.neighbours[i])] == partition[v] {
                external[v] += g.weights[i]
            }
        }
        let nodeExternal = external
        var refined = (0..<n).map { Int32($0) }
        var refinedA = expected.a, refinedB = expected.b
        var singleton = [Bool](repeating: true, count: n)
        var order = (0..<n).map { Int32($0) }
        generator.shuffle(&order)
        var links = CommunityWeights(capacity: n)
        var candidates: [(community: Int32, gain: Double)] = []
        for v32 in order {
            let v = Int(v32)
            guard singleton[v] else { continue }
            let c = Int(partition[v])
            let a = expected.a[v], b = expected.b[v]
            // Only well-connected nodes move: E(v, C − v) ≥ the expected weight between v and C − v.
            guard nodeExternal[v] >= expected.weight(a: a, b: b, totalA: communityA[c] - a, totalB: communityB[c] - b) else { continue }
            for i in g.offsets[v]..<g.offsets[v + 1] {
                let u = Int(g.neighbours[i])
                if partition[u] == partition[v] { links.add(refined[u], g.weights[i]) }
            }
            let own = refined[v]
            refinedA[Int(own)] -= a; refinedB[Int(own)] -= b
            candidates.removeAll(keepingCapacity: true)
            candidates.append((own, 0))
            var bestGain = 0.0
            for r in links.touched where r != own {
                let ra = refinedA[Int(r)], rb = refinedB[Int(r)]
                // Only into well-connected refined communities: E(R, C − R) ≥ expected(R, C − R).
                guard external[Int(r)] >= expected.weight(a: ra, b: rb, totalA: communityA[c] - ra,
                                                          totalB: communityB[c] - rb) else { continue }
                let gain = links.weight[Int(r)] - expected.weight(a: a, b: b, totalA: ra, totalB: rb)
                if gain >= 0 {
                    candidates.append((r, gain))
                    bestGain = max(bestGain, gain)
                }
            }
            let chosen = candidates.count > 1
                ? randomChoice(candidates, bestGain: bestGain, beta: beta, generator: &generator) : own
            refinedA[Int(chosen)] += a; refinedB[Int(chosen)] += b
            if chosen != own {
                refined[v] = chosen
                singleton[v] = false
                singleton[Int(chosen)] = false  // the first member of `chosen` keeps its label
                external[Int(chosen)] += nodeExternal[v] - 2 * links.weight[Int(chosen)]
            }
            links.clear()
        }
        return refined
    }

    /// A candidate drawn with probability ∝ exp((ΔH − ΔH_max)/θ) (the paper's exp(ΔH/θ),
    /// shifted so the exponentials cannot overflow).
    static func randomChoice(_ candidates: [(community: Int32, gain: Double)], bestGain: Double, beta: Double,
                             generator: inout SeededGenerator) -> Int32 {
        var sum = 0.0
        for candidate in candidates { sum += exp((candidate.gain - bestGain) / beta) }
        var pick = generator.unit() * sum
        for candidate in candidates {
            pick -= exp((candidate.gain - bestGain) / beta)
            if pick <= 0 { return candidate.community }
        }
        return candidates[candidates.count - 1].community
    }
}
