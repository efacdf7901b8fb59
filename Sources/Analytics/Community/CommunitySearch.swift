import Graph

/// The choices that find one partition of a dataset's actors, shared by `twinning
/// communities` and `convert --annotate community`: the algorithm, its seed and resolution,
/// and the weight of each partner pair.
///
/// The graph is the simple graph of partner pairs weighted by the number of agreements
/// (`weight` is the `--weight` option, read as a strength by
/// ``EdgeWeighting/init(option:default:)``; `unweighted` weighs every pair 1). The same
/// seed gives the same partition. `directed` searches the directed view (an arc per directed
/// agreement, two per undirected one) for directed modularity (Leicht & Newman, as networkx's
/// Louvain on a DiGraph); label propagation then follows out-arcs. `partition` scores the partition given by a node field or
/// attribute instead of searching for one.
public struct CommunitySearch: Sendable {
    public enum Algorithm: String, CaseIterable, Sendable {
        case louvain, leiden, labelPropagation = "label-propagation"
    }

    public var algorithm: Algorithm
    public var seed: UInt64
    /// Resolution γ of modularity or CPM (higher: smaller communities).
    public var resolution: Double
    /// Leiden's quality function.
    public var objective: Leiden.Objective
    public var weight: String?
    public var unweighted: Bool
    public var partition: String?
    public var directed: Bool

    public init(algorithm: Algorithm = .louvain, seed: UInt64 = 0, resolution: Double = 1,
                objective: Leiden.Objective = .modularity, weight: String? = nil, unweighted: Bool = false,
                partition: String? = nil, directed: Bool = false) {
        self.algorithm = algorithm
        self.seed = seed
        self.resolution = resolution
        self.objective = objective
        self.weight = weight
        self.unweighted = unweighted
        self.partition = partition
        self.directed = directed
    }

    /// The communities of `dataset`, numbered from 0 in order of their first actor.
    ///
    /// ```swift
    /// let found = CommunitySearch(algorithm: .leiden, seed: 7).communities(of: dataset)
    /// let byCountry = CommunitySearch(partition: "country").communities(of: dataset)
    /// print(found.count, found.modularity ?? .nan, byCountry.modularity ?? .nan)
    /// ```
    public func communities(of dataset: Dataset) -> Communities {
        let weighting = unweighted ? .unit : EdgeWeighting(option: weight, default: .agreementCount)
        let network = IndexedNetwork(dataset, weighting: weighting, directed: directed)
        if let partition {
            return Communities(attributeValues: network.nodeValues(of: partition, in: dataset), on: network.graph,
                               resolution: resolution, weighted: !unweighted)
        }
        switch algorithm {
        case .louvain: return Louvain.communities(on: network.graph, resolution: resolution, seed: seed)
        case .leiden: return Leiden.communities(on: network.graph, objective: objective, resolution: resolution, seed: seed)
        case .labelPropagation: return LabelPropagation.communities(on: network.graph, seed: seed, weighted: !unweighted)
        }
    }
}
