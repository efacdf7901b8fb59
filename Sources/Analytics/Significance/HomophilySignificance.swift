import Graph

/// Whether actors partner within their group more (or less) than chance: the network E–I
/// index and attribute assortativity against node-label permutation (`LabelPermutation`):
/// the ties stay, the group labels of the grouped actors are shuffled among them.
///
/// Complexity: O(N·(n + m)) for N permutations, on all cores.
public struct HomophilySignificance: Sendable {
    public let eiIndex: NullDistribution
    public let assortativity: NullDistribution
    public let permutations: Int
    public let seed: UInt64

    /// `weighted` counts agreements as ties for the E–I index, as `EIIndex`; `directed` reads
    /// assortativity on the directed view (the E–I index counts ties either way).
    public init(_ dataset: Dataset, groupsBy property: NodeProperty, weighted: Bool, permutations: Int, seed: UInt64,
                directed: Bool = false) {
        let ties = IndexedNetwork(dataset).graph
        let pairs = IndexedNetwork(dataset, weighting: .unit, directed: directed).graph
        let groups = NodeGroups(dataset, by: property)
        let names = groups.names
        let observedEI = EIIndex(of: ties, groups: groups, weighted: weighted).network.index
        let observedR = Assortativity.attribute(of: pairs, categories: groups.group.map(Int.init))
        let draws = LabelPermutation.draws(groups: groups.group, count: permutations, seed: seed) { labels in
            let ei = EIIndex(of: ties, groups: NodeGroups(group: labels, names: names), weighted: weighted).network.index
            let r = Assortativity.attribute(of: pairs, categories: labels.map(Int.init)) ?? .nan
            return [ei, r]
        }
        eiIndex = NullDistribution(observed: observedEI, draws: draws.first ?? [])
        assortativity = NullDistribution(observed: observedR, draws: draws.count > 1 ? draws[1] : [])
        self.permutations = permutations
        self.seed = seed
    }
}
