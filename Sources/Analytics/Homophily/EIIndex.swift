import Graph

/// Krackhardt and Stern's E–I index (D. Krackhardt and R. N. Stern, "Informal Networks and
/// Organizational Crises: An Experimental Simulation", *Social Psychology Quarterly* 51(2),
/// 1988, pp. 123–140):
///
///     E–I = (E − I) / (E + I)
///
/// where E counts the external ties (between members of different groups) and I the internal
/// ones (between members of one group). It runs from −1 (every tie inside groups: homophily,
/// closed groups) to +1 (every tie across groups). Computed three ways:
/// - **network**: over all ties, each counted once;
/// - **group** g: E = ties with one end in g and the other outside, I = ties inside g (the
///   paper's subunit index);
/// - **node** v: E and I over v's own ties.
///
/// Conventions:
/// - Ties are undirected: a directed graph is symmetrised first (an arc either way is a tie).
/// - **Unweighted (the default)**: a tie is a distinct pair of actors, however many agreements
///   join them. **Weighted**: a tie counts its weight (the number of agreements, by default).
/// - Self-loops are neither external nor internal and are left out; so are ties with an end
///   that has no group (group −1).
/// - With no counted tie, E + I = 0 and the index is NaN (undefined).
///
/// The index depends on group sizes: with one large group and many small ones, even ties made
/// at random lean external. `possible` gives the baseline, the tallies of the complete graph
/// on the grouped actors (E = Σ_{g<h} n_g n_h, I = Σ_g n_g(n_g − 1)/2); its index is the value
/// ties placed at random would give (Krackhardt and Stern compare the observed index with it).
///
/// Complexity: O(n + m).
public struct EIIndex: Sendable {
    /// External and internal ties, and the index.
    public struct Tally: Sendable, Equatable {
        public var externalTies: Double = 0
        public var internalTies: Double = 0

        /// (E − I) / (E + I); NaN with no tie.
        public var index: Double {
            let all = externalTies + internalTies
            return all == 0 ? .nan : (externalTies - internalTies) / all
        }
    }

    public let network: Tally
    /// Indexed by group number: `groups[g]` is the group named `groupNames[g]`.
    public let groups: [Tally]
    public let groupNames: [String]
    /// External and internal pairs if every two grouped actors were tied (the random baseline).
    public let possible: Tally
    /// Indexed by node.
    public let nodes: [Tally]

    public init(of graph: CompactGraph, groups nodeGroups: NodeGroups, weighted: Bool = false) {
        let groups = nodeGroups.group
        precondition(groups.count == graph.nodeCount, "one group per node")
        let ties = graph.symmetrised()
        var network = Tally()
        var byGroup = [Tally](repeating: Tally(), count: nodeGroups.names.count)
        var byNode = [Tally](repeating: Tally(), count: graph.nodeCount)
        for u in 0..<ties.nodeCount where groups[u] >= 0 {
            let gu = Int(groups[u])
            for i in ties.offsets[u]..<ties.offsets[u + 1] {
                let v = Int(ties.neighbours[i])
                guard v != u, groups[v] >= 0 else { continue }
                let w = weighted ? ties.weights[i] : 1
                // Each tie is seen from both ends: node and group tallies take each end's view,
                // the network tally takes the tie once (from its smaller end).
                if groups[v] == groups[u] {
                    byNode[u].internalTies += w
                    if u < v { byGroup[gu].internalTies += w; network.internalTies += w }
                } else {
                    byNode[u].externalTies += w
                    byGroup[gu].externalTies += w
                    if u < v { network.externalTies += w }
                }
            }
        }
        self.network = network
        self.groups = byGroup
        groupNames = nodeGroups.names
        let sizes = nodeGroups.sizes.map(Double.init)
        let grouped = sizes.reduce(0, +)
        let inside = sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        possible = Tally(externalTies: grouped * (grouped - 1) / 2 - inside, internalTies: inside)
        self.nodes = byNode
    }
}

extension EIIndex {
    /// On the ties of `dataset` (its simple undirected projection), groups by `property`.
    public init(_ dataset: Dataset, groupsBy property: NodeProperty, weighted: Bool = false) {
        self.init(of: IndexedNetwork(dataset).graph, groups: NodeGroups(dataset, by: property), weighted: weighted)
    }
}
