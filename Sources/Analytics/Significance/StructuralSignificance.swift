import Graph

/// Whether the network's closure and mixing by degree differ from chance: transitivity,
/// average clustering and degree assortativity of the simple undirected graph of distinct
/// partner pairs against degree-preserving rewiring (`DegreePreservingRewiring`, 10·m
/// double-edge swaps per draw, as networkx's `double_edge_swap`).
///
/// Complexity: per draw O(m log d) for the swaps plus the statistics (O(m·d) for triangles),
/// on all cores.
public struct StructuralSignificance: Sendable {
    public let transitivity: NullDistribution
    public let averageClustering: NullDistribution
    public let degreeAssortativity: NullDistribution
    public let draws: Int
    public let seed: UInt64

    public init(_ dataset: Dataset, draws count: Int, seed: UInt64) {
        let graph = IndexedNetwork(dataset, weighting: .unit).graph
        @Sendable func statistics(_ g: CompactGraph) -> [Double] {
            [Triangles.transitivity(of: g), Clustering.average(on: g) ?? .nan, Assortativity.degree(of: g) ?? .nan]
        }
        let observed = statistics(graph)
        let draws = DegreePreservingRewiring.draws(of: graph, count: count, seed: seed) { statistics($0) }
        func distribution(_ s: Int) -> NullDistribution {
            NullDistribution(observed: observed[s], draws: draws.count > s ? draws[s] : [])
        }
        transitivity = distribution(0)
        averageClustering = distribution(1)
        degreeAssortativity = distribution(2)
        self.draws = count
        self.seed = seed
    }
}
