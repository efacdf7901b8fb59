/// An observed statistic against its null distribution: the null mean and standard deviation
/// of the draws, z = (observed − mean) / sd, and a two-sided p-value.
///
/// Definitions: mean and sd (with n − 1) over the draws T₁…T_N that are finite; p =
/// (1 + #{k : |T_k − mean| ≥ |T_obs − mean|}) / (N + 1), the permutation p-value that counts
/// the observed arrangement as one of the possible ones, so it is never 0 (B. Phipson and
/// G. K. Smyth, "Permutation P-values Should Never Be Zero", Statistical Applications in
/// Genetics and Molecular Biology 9(1), 2010). The one-sided p-values count the same way:
/// pLower = (1 + #{k : T_k ≤ T_obs}) / (N + 1), small when the observed value is lower than
/// the null's, pUpper = (1 + #{k : T_k ≥ T_obs}) / (N + 1). z is nil when sd is 0;
/// everything is nil when the observed value is undefined.
///
/// Complexity: O(N).
public struct NullDistribution: Sendable, Equatable {
    public let observed: Double?
    public let mean: Double?
    public let standardDeviation: Double?
    public let z: Double?
    public let p: Double?
    /// One-sided p: the observed value is as low as or lower than the draws.
    public let pLower: Double?
    /// One-sided p: the observed value is as high as or higher than the draws.
    public let pUpper: Double?
    /// Draws with a finite value (a draw may leave a statistic undefined, e.g. no tie).
    public let draws: Int

    public init(observed: Double?, draws values: [Double]) {
        self.observed = observed.flatMap { $0.isFinite ? $0 : nil }
        let finite = values.filter(\.isFinite)
        draws = finite.count
        guard let observed = self.observed, !finite.isEmpty else {
            mean = nil; standardDeviation = nil; z = nil; p = nil; pLower = nil; pUpper = nil
            return
        }
        let n = Double(finite.count)
        let mean = finite.reduce(0, +) / n
        let variance = finite.count > 1 ? finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
        let sd = variance.squareRoot()
        self.mean = mean
        standardDeviation = sd
        z = sd > 0 ? (observed - mean) / sd : nil
        // A relative slack so that draws equal to the observed value up to rounding count as extreme.
        let distance = abs(observed - mean) * (1 - 1e-12)
        let extreme = finite.filter { abs($0 - mean) >= distance }.count
        p = Double(1 + extreme) / (n + 1)
        let slack = abs(observed) * 1e-12
        pLower = Double(1 + finite.filter { $0 <= observed + slack }.count) / (n + 1)
        pUpper = Double(1 + finite.filter { $0 >= observed - slack }.count) / (n + 1)
    }
}
