/// Expected Gould–Fernandez role counts and z-scores, under the paper's null hypothesis that
/// group membership is independent of who brokers between whom.
///
/// Definition (R. V. Gould and R. M. Fernandez, 1989, §4): given broker v in group g and its
/// T(v) classified open two-paths a → v → b, the two other actors are drawn at random without
/// replacement from the other N − 1 grouped actors (group sizes n_h, N = Σ n_h), so a path is
/// in each role with probability, over D = (N − 1)(N − 2):
///
/// | role           | probability · D                      |
/// |----------------|--------------------------------------|
/// | coordinator    | (n_g − 1)(n_g − 2)                   |
/// | gatekeeper     | (N − n_g)(n_g − 1)                   |
/// | representative | (n_g − 1)(N − n_g)                   |
/// | consultant     | Σ_{h ≠ g} n_h (n_h − 1)              |
/// | liaison        | Σ_{h ≠ g} n_h (N − n_g − n_h)        |
///
/// (they sum to 1). Expected count E = T(v)·P and z = (O − E) / √(T(v)·P·(1 − P)), the
/// binomial variance, each path a draw; z is nil when the variance is 0 (no path, or a role
/// that is certain or impossible). Counts follow `GouldFernandezBrokerage`: in an undirected
/// graph each open path counts once each way, and so does its expectation.
///
/// Complexity: O(n + g) after the counts.
public struct BrokerageExpectation: Sendable {
    /// `expected[role.index][v]`.
    public let expected: [[Double]]
    /// `z[role.index][v]`, nil where undefined.
    public let z: [[Double?]]

    public init(_ roles: GouldFernandezBrokerage, groups: NodeGroups) {
        let sizes = groups.sizes.map(Double.init)
        let N = sizes.reduce(0, +)
        let squares = sizes.reduce(0) { $0 + $1 * ($1 - 1) }
        let sumSq = sizes.reduce(0) { $0 + $1 * $1 }
        let total = roles.total
        let n = groups.group.count
        var expected = [[Double]](repeating: [Double](repeating: 0, count: n), count: BrokerageRole.allCases.count)
        var z = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: BrokerageRole.allCases.count)
        for v in 0..<n where groups.group[v] >= 0 {
            let ng = sizes[Int(groups.group[v])]
            let d = (N - 1) * (N - 2)
            guard d > 0 else { continue }
            let outside = N - ng
            // Σ_{h≠g} n_h(n_h − 1) and Σ_{h≠g} n_h(N − n_g − n_h) = outside² − Σ_{h≠g} n_h².
            let consultant = squares - ng * (ng - 1)
            let liaison = outside * outside - (sumSq - ng * ng)
            let probability = [(ng - 1) * (ng - 2), outside * (ng - 1), (ng - 1) * outside, consultant, liaison].map { $0 / d }
            let t = Double(total[v])
            for (r, p) in probability.enumerated() {
                expected[r][v] = t * p
                let variance = t * p * (1 - p)
                if variance > 0 { z[r][v] = (Double(roles.roles(of: v)[r]) - t * p) / variance.squareRoot() }
            }
        }
        self.expected = expected
        self.z = z
    }
}
