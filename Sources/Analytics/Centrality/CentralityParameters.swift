/// The parameters of the centrality measures, with networkx's names and defaults:
///
/// | parameter | networkx | default |
/// |---|---|---|
/// | `pagerankAlpha` | `pagerank(alpha=)` | 0.85 |
/// | `personalization`, `dangling` | `pagerank(personalization=, dangling=)` | uniform; the personalization |
/// | `tolerance`, `maxIterations` | `tol`, `max_iter` of `pagerank`, `eigenvector_centrality`, `katz_centrality`, `hits` | each measure's own: 1e-6 and 100 (PageRank, eigenvector), 1e-6 and 1000 (Katz); HITS iterates to 1e-14 (networkx solves it with ARPACK) |
/// | `katzAlpha`, `katzBeta` | `katz_centrality(alpha=, beta=)` | 0.1, 1 |
/// | `wfImproved` | `closeness_centrality(wf_improved=)` | true |
/// | `endpoints` | `betweenness_centrality(endpoints=)` | false |
/// | `normalized` | `betweenness_centrality(normalized=)` | true |
///
/// `exact` solves PageRank, eigenvector, Katz and HITS to machine precision: the power
/// iterations run until the L1 change is below n·10⁻¹⁵ (relative to the vector's scale for
/// Katz), within 100,000 iterations, whatever `tolerance` says.
public struct CentralityParameters: Sendable, Equatable {
    public var pagerankAlpha = 0.85
    public var personalization: [Double]?
    public var dangling: [Double]?
    public var tolerance: Double?
    public var maxIterations: Int?
    public var katzAlpha: Double?
    public var katzBeta = 1.0
    public var wfImproved = true
    public var endpoints = false
    public var normalized = true
    public var exact = false

    public init() {}

    /// networkx's default Katz attenuation factor.
    public static let defaultKatzAlpha = 0.1
    /// The tolerance of `exact` (per node, on the L1 change).
    public static let exactTolerance = 1e-15
    /// The iterations `exact` allows.
    public static let exactIterations = 100_000

    /// The stopping tolerance of a measure whose networkx default is `default`.
    public func tolerance(default value: Double) -> Double {
        exact ? CentralityParameters.exactTolerance : tolerance ?? value
    }

    /// The iteration limit of a measure whose networkx default is `default`.
    public func maxIterations(default value: Int) -> Int {
        exact ? max(CentralityParameters.exactIterations, maxIterations ?? 0) : maxIterations ?? value
    }
}
