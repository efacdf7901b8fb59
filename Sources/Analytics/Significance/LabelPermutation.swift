import Foundation

/// Node-label permutation, the null model of attribute statistics (as UCINET's E–I and
/// assortativity tests): the ties stay as they are and the group labels of the grouped actors
/// are shuffled among them, so group sizes are kept and only who belongs where is random.
///
/// Reproducibility: draw k shuffles with its own generator seeded from (seed, k), so the
/// draws, and every number computed from them, are the same whatever the number of cores.
/// Draws run on all cores.
///
/// Paper: D. Krackhardt and R. N. Stern, 1988 (the E–I index and its permutation test);
/// M. E. J. Newman, "Mixing patterns in networks", Physical Review E 67, 026126, 2003
/// (assortativity).
///
/// Complexity: O(N·(n + m)) for N draws of statistics that are linear in the graph.
public enum LabelPermutation {
    /// The statistics of `draws` label permutations: `statistics(labels)` is called once per
    /// draw with a shuffled copy of `groups` (ungrouped actors, −1, stay where they are) and
    /// returns one value per statistic. Returns the values per statistic, in draw order.
    public static func draws(groups: [Int32], count: Int, seed: UInt64,
                             statistics: @escaping @Sendable ([Int32]) -> [Double]) -> [[Double]] {
        let grouped = groups.indices.filter { groups[$0] >= 0 }
        let labels = grouped.map { groups[$0] }
        let states = Parallel.forEach(count: count, minimumPerWorker: 8, makeState: { [(Int, [Double])]() }) { results, k in
            var generator = SeededGenerator(seed: LabelPermutation.drawSeed(seed, k))
            var shuffled = labels
            generator.shuffle(&shuffled)
            var permuted = groups
            for (i, v) in grouped.enumerated() { permuted[v] = shuffled[i] }
            results.append((k, statistics(permuted)))
        }
        var byDraw = [[Double]](repeating: [], count: count)
        for state in states { for (k, values) in state { byDraw[k] = values } }
        let width = byDraw.first?.count ?? 0
        return (0..<width).map { s in byDraw.map { $0[s] } }
    }

    /// The seed of draw `k`: SplitMix64's increment keeps neighbouring draws' streams apart.
    static func drawSeed(_ seed: UInt64, _ k: Int) -> UInt64 {
        seed &+ UInt64(truncatingIfNeeded: k &+ 1) &* 0x9E37_79B9_7F4A_7C15
    }
}
