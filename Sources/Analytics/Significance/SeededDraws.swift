/// The draws of a null model, run on all cores and reproducible from one seed: draw k gets its
/// own generator seeded from (seed, k), so the values do not depend on the number of cores or
/// the order the draws run in. The one home of that rule for `LabelPermutation` and
/// `DegreePreservingRewiring`.
///
/// Complexity: the draws' own, spread over the cores.
enum SeededDraws {
    /// Runs `draw(&generator, k)` for k in 0..<count; returns the values per statistic, each in
    /// draw order (`result[s][k]` is statistic s of draw k).
    static func run(count: Int, seed: UInt64, minimumPerWorker: Int,
                    _ draw: (inout SeededGenerator) -> [Double]) -> [[Double]] {
        let states = Parallel.forEach(count: count, minimumPerWorker: minimumPerWorker, makeState: { [(Int, [Double])]() }) { results, k in
            var generator = SeededGenerator(seed: drawSeed(seed, k))
            results.append((k, draw(&generator)))
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
