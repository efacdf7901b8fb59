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
/// - `distance`: ``attribute(_:)`` with `distance`, after ``distanceWeights(_:option:)`` has
///   written the great-circle distance in km (``Haversine``, IUGG mean radius) between the
///   places of the two ends (``Places``: own `lat`/`lon`, else a `within` node's) on every
///   agreement where both have one. The others are left out of the measured graph (a note
///   counts and names them): weighing them 1 would make each a one-kilometre shortcut.
///   When the input already has a `distance` attribute, that one is used
///   and a note says so. The weight is a dataset step, not a case of its own, so every measure
///   that takes `--weight` reads it without knowing about places; a caller in code runs the
///   step before the measure, as the commands do.
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

/// What a measure reads a weight as, for ``EdgeWeighting/refusal(in:for:as:)``.
///
/// Every weight a measure reads must be a finite number (readers refuse NaN and ±∞ in the
/// `weight` column; a free attribute may hold them, and is refused here). Beyond that:
/// - ``strength``: any finite weight, negative included (strength sums them; weighted
///   clustering takes cube roots of signed products, as networkx's `np.cbrt`; communities).
/// - ``length``: no negative weight. Dijkstra (betweenness, closeness, harmonic, edge
///   betweenness, `path`) is wrong on negative lengths; networkx refuses them
///   ("Contradictory paths found: negative weights?"). Zero is a length, as in networkx: a
///   zero-length step joins two actors at distance 0, which harmonic centrality skips.
/// - ``transition``: no negative weight. PageRank's transition probabilities, and the
///   Perron–Frobenius vectors of eigenvector, Katz and HITS, exist only for non-negative
///   matrices; with negative weights networkx's power iterations may fail to converge or
///   answer a vector that ranks nothing, so these measures refuse them.
public enum WeightUse: String, Sendable {
    case strength, length, transition
}

/// Why a measure refuses the weights it was given: the option, one offending agreement, the rule.
public struct WeightRefusal: Error, Sendable, CustomStringConvertible {
    public let description: String
}

extension EdgeWeighting {
    /// The refusal of the first agreement whose weight `measure` cannot read as `use`, or nil.
    /// ``unit`` and ``agreementCount`` weigh 1 and are never refused. O(m).
    public func refusal(in dataset: Dataset, for measure: String, as use: WeightUse) -> WeightRefusal? {
        guard case .attribute(let name) = self else { return nil }
        for agreement in dataset.agreements {
            let w = weight(of: agreement)
            let why: String
            if !w.isFinite {
                why = "weights must be finite numbers"
            } else if w < 0 && use == .length {
                why = "path lengths must not be negative (networkx's Dijkstra refuses them: \"Contradictory paths found: negative weights?\")"
            } else if w < 0 && use == .transition {
                why = "\(measure) needs non-negative weights (transition probabilities and Perron–Frobenius vectors are defined only for them)"
            } else {
                continue
            }
            let written = name == "weight" ? agreement.weightValue ?? agreement.attributes[name] : agreement.attributes[name]
            let value = (written ?? .double(w)).description
            return WeightRefusal(description: "\(measure) --weight \(name): agreement '\(agreement.id)' (\(agreement.from) – \(agreement.to)) weighs \(value): \(why)")
        }
        return nil
    }
}
