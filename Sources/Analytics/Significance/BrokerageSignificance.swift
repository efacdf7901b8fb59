import Graph

/// Whether the network brokers between groups more (or less) than its ties alone explain: the
/// total count of each Gould–Fernandez role, summed over all actors, against node-label
/// permutation (`LabelPermutation`): the arcs stay, the group labels of the grouped actors are
/// shuffled among them, so only who belongs to which group is random.
///
/// The five totals add up to the number of open two-paths whose three actors all have a group,
/// which no permutation changes; how they split among the roles is what the test is about (many
/// more coordinator paths than chance: brokerage stays within groups).
///
/// Paper: R. V. Gould and R. M. Fernandez, "Structures of Mediation", Sociological Methodology
/// 19, 1989 (the roles; their analytic expectation is `BrokerageExpectation`); the permutation
/// test as in `HomophilySignificance`.
///
/// Complexity: N times the role count (`GouldFernandezBrokerage`), on all cores.
public struct BrokerageSignificance: Sendable {
    /// `totals[r]`: the network total of role `BrokerageRole.allCases[r]` against its null.
    public let totals: [NullDistribution]
    public let permutations: Int
    public let seed: UInt64

    /// On the directed view of `dataset` (a directed agreement is one arc, an undirected one
    /// two), as `GouldFernandezBrokerage(_:groupsBy:)`.
    public init(_ dataset: Dataset, groupsBy property: NodeProperty, permutations: Int, seed: UInt64) {
        let graph = IndexedNetwork(dataset, directed: true).graph
        let groups = NodeGroups(dataset, by: property)
        let names = groups.names
        @Sendable func totals(_ labels: [Int32]) -> [Double] {
            let roles = GouldFernandezBrokerage(of: graph, groups: NodeGroups(group: labels, names: names))
            return BrokerageRole.allCases.map { Double(roles[$0].reduce(0, +)) }
        }
        let observed = totals(groups.group)
        let draws = LabelPermutation.draws(groups: groups.group, count: permutations, seed: seed) { totals($0) }
        self.totals = BrokerageRole.allCases.indices.map { r in
            NullDistribution(observed: observed[r], draws: draws.count > r ? draws[r] : [])
        }
        self.permutations = permutations
        self.seed = seed
    }
}
