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
        return SeededDraws.run(count: count, seed: seed, minimumPerWorker: 8) { generator in
            var shuffled = labels
            generator.shuffle(&shuffled)
            var permuted = groups
            for (i, v) in grouped.enumerated() { permuted[v] = shuffled[i] }
            return statistics(permuted)
        }
    }
}
