import Graph

/// How agreements become the weights of the compact graph: the one home of the `--weight`
/// option's meaning, used by every measure and every command that takes it.
///
/// The option's values (``init(option:default:)``):
/// - *absent*: the measure's default, ``unit`` for every measure that takes `--weight`
///   (centrality, edge betweenness, clustering, path) and ``agreementCount`` for community
///   search, which `--unweighted` turns into ``unit``.
/// - `agreements`: ``agreementCount``, each agreement weighs 1.
/// - `weight`: ``attribute(_:)`` with the agreement's weight column (a numeric `weight`
///   attribute when the column is empty), 1 where neither is given.
/// - any other name: ``attribute(_:)`` with that numeric agreement attribute, 1 where an
///   agreement has none (or a value that is not a number).
///
/// One agreement weighs ``weight(of:)``; parallel agreements between one pair then combine by
/// ``ParallelEdges``, according to whether the measure reads the weight as a strength or as a
/// length:
/// - **strengths** (summed over parallel agreements, ``ParallelEdges/sum``): strength,
///   eigenvector, PageRank, Katz, HITS, weighted clustering, communities (modularity, Leiden's
///   CPM, label propagation), Burt's constraint and effective size, E-I index and mixing
///   matrix (`--weighted`; brokerage's default, `--unweighted` there is ``unit``). With
///   `agreements` a pair weighs its number of agreements.
/// - **lengths** (the lightest of parallel agreements, ``ParallelEdges/minimum``):
///   betweenness, closeness, harmonic centrality, edge betweenness and `path`. With
///   `agreements` every step is 1 long, as without a weight, but the measure runs weighted
///   (Dijkstra), as networkx does with `weight=` on a graph whose weights are all 1.
///
/// Degree and degree centrality count distinct partners whatever the weighting.
public enum EdgeWeighting: Sendable, Hashable {
    /// Weight = the number of agreements between the pair (the default projection).
    case agreementCount
    /// Weight = the sum of a numeric agreement attribute (or the `weight` column) over the pair.
    case attribute(String)
    /// Every pair weighs 1.
    case unit

    /// The value of `--weight` that means the number of agreements.
    public static let agreementsOption = "agreements"

    /// The weighting a `--weight` value names (see above): `agreements` is
    /// ``agreementCount``, any other name an ``attribute(_:)``, no value `absent`.
    ///
    /// ```swift
    /// EdgeWeighting(option: nil)                                 // .unit
    /// EdgeWeighting(option: "agreements")                        // .agreementCount
    /// EdgeWeighting(option: "budget")                            // .attribute("budget")
    /// EdgeWeighting(option: nil, default: .agreementCount)       // .agreementCount
    /// ```
    public init(option: String?, default absent: EdgeWeighting = .unit) {
        switch option {
        case nil: self = absent
        case EdgeWeighting.agreementsOption?: self = .agreementCount
        case let name?: self = .attribute(name)
        }
    }

    /// Whether the measure runs on weights: anything but ``unit``.
    public var isWeighted: Bool { self != .unit }

    /// What one agreement contributes to its pair's weight (before parallel agreements combine).
    public func weight(of agreement: Agreement) -> Double {
        switch self {
        case .agreementCount, .unit: return 1
        case .attribute("weight"): return agreement.weight ?? agreement.attributes["weight"]?.numericValue ?? 1
        case .attribute(let key): return agreement.attributes[key]?.numericValue ?? 1
        }
    }
}
