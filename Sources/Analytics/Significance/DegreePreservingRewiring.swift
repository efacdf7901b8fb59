/// Degree-preserving rewiring by double-edge swaps, the null model of structural statistics
/// (transitivity, clustering, degree assortativity): every actor keeps its degree, and who
/// is tied to whom is randomised.
///
/// Definition (networkx's `double_edge_swap(G, nswap, max_tries, seed)`): pick two distinct
/// edges (u, v) and (x, y) uniformly, with a random orientation of each; replace them by
/// (u, x) and (v, y) unless that would create a self-loop or an edge already present; repeat
/// until `swaps` swaps are done or `maxTries` attempts made. The graph stays simple.
///
/// Paper: S. Maslov and K. Sneppen, "Specificity and stability in topology of protein
/// networks", Science 296, 2002; R. Milo et al., "On the uniform generation of random graphs
/// with prescribed degree sequences", 2003.
///
/// Complexity: O(swaps · log d) per rewired graph, with an edge set for the membership test.
public enum DegreePreservingRewiring {
    /// The undirected simple edges of `graph` (self-loops left out: a swap never makes or keeps
    /// one), each as (smaller, larger) node index.
    public static func edges(of graph: CompactGraph) -> [(Int32, Int32)] {
        let undirected = graph.isDirected ? graph.symmetrised() : graph
        var edges: [(Int32, Int32)] = []
        for u in 0..<undirected.nodeCount {
            for v in undirected.neighbours(of: u) where Int(v) > u { edges.append((Int32(u), v)) }
        }
        return edges
    }

    /// One rewired copy of `edges`: `swaps` successful swaps (or as many
    /// as `maxTries` attempts allow), drawn from `generator`.
    public static func rewired(_ edges: [(Int32, Int32)], swaps: Int, maxTries: Int,
                               generator: inout SeededGenerator) -> [(Int32, Int32)] {
        var edges = edges
        guard edges.count >= 2 else { return edges }
        @inline(__always) func key(_ a: Int32, _ b: Int32) -> UInt64 {
            let (s, t) = a < b ? (a, b) : (b, a)
            return UInt64(UInt32(s)) << 32 | UInt64(UInt32(t))
        }
        var present = Set<UInt64>(minimumCapacity: edges.count * 2)
        for (u, v) in edges { present.insert(key(u, v)) }
        var done = 0, tries = 0
        while done < swaps && tries < maxTries {
            tries += 1
            let i = generator.below(edges.count), j = generator.below(edges.count)
            if i == j { continue }
            var (u, v) = edges[i], (x, y) = edges[j]
            if generator.below(2) == 1 { swap(&u, &v) }
            if generator.below(2) == 1 { swap(&x, &y) }
            // (u, v), (x, y) → (u, x), (v, y)
            if u == x || v == y || u == y || v == x { continue }
            if present.contains(key(u, x)) || present.contains(key(v, y)) { continue }
            present.remove(key(u, v)); present.remove(key(x, y))
            present.insert(key(u, x)); present.insert(key(v, y))
            edges[i] = u < x ? (u, x) : (x, u)
            edges[j] = v < y ? (v, y) : (y, v)
            done += 1
        }
        return edges
    }

    /// The statistics of `count` rewired graphs, each `swapsPerEdge`·m swaps from `graph`'s
    /// simple undirected edges (self-loops stay where they are) (networkx's `max_tries` is 100 times the swaps asked). Draw k
    /// uses its own generator seeded from (seed, k), so results do not depend on the number of
    /// cores; draws run on all cores.
    public static func draws(of graph: CompactGraph, count: Int, seed: UInt64, swapsPerEdge: Int = 10,
                             statistics: @escaping @Sendable (CompactGraph) -> [Double]) -> [[Double]] {
        let base = edges(of: graph)
        let n = graph.nodeCount
        // Self-loops are not rewired: each stays on its actor, so every degree is kept.
        let undirected = graph.isDirected ? graph.symmetrised() : graph
        let loops = (0..<n).filter { undirected.neighbours(of: $0).contains(Int32($0)) }.map { (Int32($0), Int32($0)) }
        let swaps = swapsPerEdge * base.count
        return SeededDraws.run(count: count, seed: seed, minimumPerWorker: 1) { generator in
            let rewired = DegreePreservingRewiring.rewired(base, swaps: swaps, maxTries: 100 * swaps, generator: &generator)
            return statistics(CompactGraph(nodeCount: n, edges: rewired + loops))
        }
    }
}
