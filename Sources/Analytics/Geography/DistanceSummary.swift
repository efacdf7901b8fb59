/// The five-number summary and mean of a sample of distances: count, minimum, first quartile,
/// median, third quartile, maximum and mean.
///
/// Quantiles by linear interpolation between order statistics, numpy's default
/// (`np.quantile(x, p)`, method "linear"; Hyndman and Fan's definition 7, R's default): with
/// the n values sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p,
///
///     Q(p) = x⌊h⌋ + (h − ⌊h⌋) · (x⌊h⌋₊₁ − x⌊h⌋)
///
/// so the median of an even count is the mean of the two middle values (R. J. Hyndman and
/// Y. Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50(4), 1996).
/// The mean is the plain arithmetic mean. An empty sample has count 0 and every other figure
/// nil.
///
/// ```swift
/// let s = DistanceSummary([1, 2, 3, 4])
/// s.median                         // 2.5
/// s.firstQuartile                  // 1.75  (np.quantile([1, 2, 3, 4], 0.25))
/// ```
///
/// Complexity: O(n log n) (one sort).
public struct DistanceSummary: Sendable, Equatable {
    public let count: Int
    public let minimum: Double?
    public let firstQuartile: Double?
    public let median: Double?
    public let thirdQuartile: Double?
    public let maximum: Double?
    public let mean: Double?

    public init<S: Sequence>(_ values: S) where S.Element == Double {
        let sorted = values.sorted()
        count = sorted.count
        minimum = sorted.first
        maximum = sorted.last
        firstQuartile = DistanceSummary.quantile(ofSorted: sorted, 0.25)
        median = DistanceSummary.quantile(ofSorted: sorted, 0.5)
        thirdQuartile = DistanceSummary.quantile(ofSorted: sorted, 0.75)
        mean = sorted.isEmpty ? nil : sorted.reduce(0, +) / Double(sorted.count)
    }

    /// The quantile `p` (0…1) of values sorted in increasing order, by linear interpolation
    /// (the type's definition); nil when there are none.
    public static func quantile(ofSorted sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * p
        let below = Int(h.rounded(.down))
        guard below + 1 < sorted.count else { return sorted[sorted.count - 1] }
        let t = h - Double(below), a = sorted[below], b = sorted[below + 1]
        // numpy's `_lerp`: from the nearer end, so that the result stays within [a, b].
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t
    }

    /// The median of `values` (the 0.5 quantile above), nil when empty. O(n log n).
    public static func median(_ values: [Double]) -> Double? {
        quantile(ofSorted: values.sorted(), 0.5)
    }
}
