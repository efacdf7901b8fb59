import Graph

/// The node measures `twinning centrality` and the report print, computed together from one
/// dataset with networkx's meaning of weights: without a weight, every measure is the one
/// networkx computes on `nx.Graph(G)` (distinct partner pairs, unweighted) and `strength` is
/// the number of agreements; with a weight attribute, path measures (betweenness,
/// closeness, harmonic) read it as a length (the lightest of parallel agreements) and the
/// others (strength, eigenvector, PageRank, Katz, HITS) as a strength (summed over parallel
/// agreements). HITS, in- and out-degree and in- and out-strength run on the directed view (an
/// undirected agreement counts both ways); with `directed`, every measure does, as networkx
/// computes it on the `nx.DiGraph` of that view.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    case degree, degreeCentrality = "degree_centrality", strength, betweenness, closeness, harmonic,
         eigenvector, pagerank, katz, hitsHub = "hits_hub", hitsAuthority = "hits_authority",
         inDegree = "in_degree", outDegree = "out_degree", inStrength = "in_strength", outStrength = "out_strength"

    /// A measure name as users write it, folded to a column name: case and surrounding space
    /// ignored, `-` read as `_` (`PageRank`, `hits-hub`). The one rule every option that names
    /// a measure follows (`--measures`, `--size-by`, `--annotate`).
    public static func canonicalName(_ name: String) -> String {
        name.trimmingWhitespace().lowercased().replacingOccurrences(of: "-", with: "_")
    }

    /// The measure `name` names (see `canonicalName`), or nil.
    public init?(named name: String) {
        self.init(rawValue: CentralityMeasure.canonicalName(name))
    }

    /// The columns `twinning centrality` prints by default.
    public static let standard: [CentralityMeasure] = [.degree, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank]

    /// The measures that count (printed as integers).
    public static let counts: Set<CentralityMeasure> = [.degree, .inDegree, .outDegree]
}

public struct CentralityMeasures: Sendable {
    /// The values of each measure, indexed like the dataset's nodes. A measure that cannot
    /// be computed for this graph (a power iteration that does not converge, as networkx
    /// raises, or weights it refuses: ``WeightUse``) has NaN everywhere and its reason in
    /// `failures`.
    public let values: [CentralityMeasure: [Double]]
    public let failures: [CentralityMeasure: String]

    /// Computes `measures` on `dataset`; `weight` is the `--weight` option, read by
    /// ``EdgeWeighting/init(option:default:)`` (`weight` for the weight column, `agreements`
    /// for the number of agreements, another name for a numeric attribute).
    /// `samples` estimates betweenness from that many source nodes drawn with `seed`
    /// (networkx's `betweenness_centrality(G, k=samples, seed=…)` estimator; not its draws).
    /// `directed` computes every measure on the directed view: an arc for each directed
    /// agreement, two for an undirected one (networkx's `nx.DiGraph` of the agreements): degree
    /// is in + out, betweenness is normalised by (n − 1)(n − 2), closeness and harmonic read
    /// distances *to* the actor, eigenvector and Katz its in-arcs, PageRank follows the arcs.
    /// `parameters` sets each measure's parameters (networkx's names and defaults: see
    /// ``CentralityParameters``).
    public init(_ dataset: Dataset, measures: [CentralityMeasure], weight: String? = nil,
                samples: Int? = nil, seed: UInt64 = 0, directed: Bool = false,
                parameters: CentralityParameters = CentralityParameters()) {
        let projections = Projections(dataset, weight: weight, samples: samples, seed: seed, directed: directed,
                                      parameters: parameters)
        var values: [CentralityMeasure: [Double]] = [:]
        var failures: [CentralityMeasure: String] = [:]
        for measure in measures where values[measure] == nil {
            do {
                for (name, result) in try projections.compute(measure) { values[name] = result }
            } catch {
                let affected: [CentralityMeasure] = measure == .hitsHub || measure == .hitsAuthority ? [.hitsHub, .hitsAuthority] : [measure]
                for name in affected {
                    values[name] = [Double](repeating: .nan, count: dataset.nodes.count)
                    failures[name] = "\(error)"
                }
            }
        }
        self.values = values
        self.failures = failures
    }

    /// How `measure` reads a weight (``WeightUse``); nil for degree, which counts partners.
    public static func weightUse(of measure: CentralityMeasure) -> WeightUse? {
        switch measure {
        case .degree, .degreeCentrality, .inDegree, .outDegree: return nil
        case .strength, .inStrength, .outStrength: return .strength
        case .betweenness, .closeness, .harmonic: return .length
        case .eigenvector, .pagerank, .katz, .hitsHub, .hitsAuthority: return .transition
        }
    }

    /// The first refusal among `measures` of the weights `weight` names (see ``WeightUse``):
    /// commands refuse before computing; ``init(_:measures:weight:samples:seed:)`` leaves a
    /// refused measure empty with the refusal in ``failures``.
    public static func refusal(_ dataset: Dataset, measures: [CentralityMeasure], weight: String?) -> WeightRefusal? {
        let weighting = EdgeWeighting(option: weight)
        for measure in measures {
            guard let use = weightUse(of: measure) else { continue }
            if let refusal = weighting.refusal(in: dataset, for: measure.rawValue, as: use) { return refusal }
        }
        return nil
    }

    /// The graphs each kind of measure reads, built once.
    private struct Projections {
        let dataset: Dataset
        let weighting: EdgeWeighting
        let weighted: Bool
        let strengths: CompactGraph
        let lengths: CompactGraph
        let samples: Int?
        let seed: UInt64
        let directed: Bool
        let parameters: CentralityParameters

        init(_ dataset: Dataset, weight: String?, samples: Int?, seed: UInt64, directed: Bool, parameters: CentralityParameters) {
            self.parameters = parameters
            self.dataset = dataset
            self.samples = samples
            self.seed = seed
            self.directed = directed
            weighting = EdgeWeighting(option: weight)
            weighted = weighting.isWeighted
            strengths = IndexedNetwork(dataset, weighting: weighting, directed: directed).graph
            lengths = weighted ? IndexedNetwork(dataset, weighting: weighting, directed: directed, parallelEdges: .minimum).graph : strengths
        }

        /// The directed view with strengths: `strengths` itself when every measure is directed.
        var arcs: CompactGraph {
            directed ? strengths : IndexedNetwork(dataset, weighting: weighting, directed: true).graph
        }

        /// Agreements per arc of the directed view (strength without a weight: the number of agreements).
        var agreementArcs: CompactGraph {
            IndexedNetwork(dataset, directed: true).graph
        }

        func compute(_ measure: CentralityMeasure) throws -> [(CentralityMeasure, [Double])] {
            if let use = CentralityMeasures.weightUse(of: measure),
               let refusal = weighting.refusal(in: dataset, for: measure.rawValue, as: use) { throw refusal }
            switch measure {
            case .degree: return [(measure, Degree.degrees(of: strengths).map(Double.init))]
            case .degreeCentrality: return [(measure, Degree.centrality(of: strengths))]
            case .strength: return [(measure, Degree.strengths(of: weighted ? strengths : IndexedNetwork(dataset, directed: directed).graph))]
            case .inDegree: return [(measure, Degree.inDegrees(of: arcs).map(Double.init))]
            case .outDegree: return [(measure, Degree.outDegrees(of: arcs).map(Double.init))]
            case .inStrength: return [(measure, Degree.inStrengths(of: weighted ? arcs : agreementArcs))]
            case .outStrength: return [(measure, Degree.outStrengths(of: weighted ? arcs : agreementArcs))]
            case .betweenness:
                let p = parameters
                if let samples {
                    return [(measure, Betweenness.approximate(on: lengths, sources: samples, seed: seed, normalized: p.normalized,
                                                              weighted: weighted, endpoints: p.endpoints))]
                }
                return [(measure, Betweenness.compute(on: lengths, normalized: p.normalized, weighted: weighted, endpoints: p.endpoints))]
            case .closeness: return [(measure, Closeness.compute(on: lengths, weighted: weighted, wfImproved: parameters.wfImproved))]
            case .harmonic: return [(measure, Harmonic.compute(on: lengths, weighted: weighted))]
            case .eigenvector:
                return [(measure, try Eigenvector.compute(on: strengths, maxIterations: parameters.maxIterations(default: 100),
                                                          tolerance: parameters.tolerance(default: 1e-6), weighted: weighted))]
            case .pagerank:
                return [(measure, try PageRank.compute(on: strengths, alpha: parameters.pagerankAlpha, personalization: parameters.personalization,
                                                       maxIterations: parameters.maxIterations(default: 100),
                                                       tolerance: parameters.tolerance(default: 1e-6), weighted: weighted,
                                                       dangling: parameters.dangling))]
            case .katz: return [(measure, try katz())]
            case .hitsHub, .hitsAuthority:
                let (hubs, authorities) = try HITS.compute(on: arcs, maxIterations: parameters.maxIterations(default: 100_000),
                                                           tolerance: parameters.tolerance(default: 1e-14), weighted: weighted)
                return [(.hitsHub, hubs), (.hitsAuthority, authorities)]
            }
        }

        /// Katz with the given or default attenuation; when it does not converge, the error
        /// says whether alpha is above 1/λ_max and suggests a value below it. With `exact`,
        /// the tolerance is scaled to the solution (its entries are not bounded by 1).
        func katz() throws -> [Double] {
            let alpha = parameters.katzAlpha ?? CentralityParameters.defaultKatzAlpha
            let iterations = parameters.maxIterations(default: 1000)
            do {
                var tolerance = parameters.tolerance(default: 1e-6)
                if parameters.exact {
                    let rough = try Katz.compute(on: strengths, alpha: alpha, beta: parameters.katzBeta, maxIterations: iterations,
                                                 normalized: false, weighted: weighted)
                    tolerance *= max(1, rough.map(abs).max() ?? 1)
                }
                return try Katz.compute(on: strengths, alpha: alpha, beta: parameters.katzBeta, maxIterations: iterations,
                                        tolerance: tolerance, weighted: weighted)
            } catch AnalyticsError.didNotConverge {
                let radius = SpectralRadius.of(strengths, weighted: weighted)
                guard radius > 0, alpha >= 1 / radius else { throw AnalyticsError.didNotConverge(measure: "Katz centrality", iterations: iterations) }
                let given = parameters.katzAlpha == nil ? "the default alpha \(alpha) (networkx's)" : "alpha \(alpha)"
                throw AnalyticsError.undefined(measure: "Katz centrality", reason: "\(given) is not below 1/λmax = \(String(format: "%.6g", 1 / radius)) (λmax = \(String(format: "%.6g", radius)), the largest eigenvalue of the adjacency matrix), so the series diverges; give --katz-alpha below it, e.g. \(String(format: "%.3g", 0.9 / radius))")
            }
        }
    }
}

/// Edge betweenness of the agreement pairs, with networkx's conventions (normalised; with a
/// weight, the lightest parallel agreement as the length), for `twinning centrality --edges`;
/// `weight` is read by ``EdgeWeighting/init(option:default:)``.
public struct EdgeCentrality: Sendable {
    /// Each pair (from < to by node index in an undirected graph; each arc in a directed one) and its betweenness.
    public let scores: [EdgeBetweenness.Score]

    /// Throws a ``WeightRefusal`` when a weight is negative or not finite (``WeightUse/length``).
    /// `directed`: on the directed view (an arc per directed agreement, two per undirected one),
    /// one score per arc, normalised as networkx's `edge_betweenness_centrality` on a DiGraph.
    public init(_ dataset: Dataset, weight: String? = nil, samples: Int? = nil, seed: UInt64 = 0, directed: Bool = false) throws {
        let weighting = EdgeWeighting(option: weight)
        if let refusal = weighting.refusal(in: dataset, for: "edge betweenness", as: .length) { throw refusal }
        let graph = IndexedNetwork(dataset, weighting: weighting, directed: directed, parallelEdges: .minimum).graph
        if let samples {
            scores = EdgeBetweenness.approximate(on: graph, sources: samples, seed: seed, weighted: weighting.isWeighted)
        } else {
            scores = EdgeBetweenness.compute(on: graph, weighted: weighting.isWeighted)
        }
    }
}
