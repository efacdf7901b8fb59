import Analytics
import Graph
import Tables

/// Homophily by one node property, as `twinning homophily` prints it and the report shows it:
/// the E–I index, attribute assortativity, the E–I table by group (largest group first) and
/// the mixing matrix.
public struct HomophilyTables {
    public let ei: EIIndex
    public let assortativity: Double?
    public let groupTable: ResultTable
    public let mixingTable: ResultTable
    /// Actors without a value for the property, left out of every figure here (as are their
    /// ties: E–I, assortativity and the mixing matrix count ties between grouped actors only).
    public let ungroupedActors: Int
    /// Distinct partner pairs (self-loops aside) with at least one end left out.
    public let ungroupedTies: Int
    /// The property's name, for the sentence about what was left out.
    public let property: NodeProperty

    /// The E–I index and assortativity against node-label permutations, when asked for.
    public let significance: HomophilySignificance?

    /// `permutations` (with `seed`) adds the significance of the E–I index and assortativity.
    /// `directed` reads assortativity and the mixing matrix on the directed view (an arc per
    /// directed agreement, two per undirected one; rows are the arcs' origins), as networkx
    /// on that DiGraph; the E–I index counts ties whatever their direction.
    public init(_ dataset: Dataset, groupsBy property: NodeProperty, weighted: Bool, permutations: Int? = nil, seed: UInt64 = 0,
                directed: Bool = false) {
        significance = permutations.map {
            HomophilySignificance(dataset, groupsBy: property, weighted: weighted, permutations: $0, seed: seed, directed: directed)
        }
        let ei = EIIndex(dataset, groupsBy: property, weighted: weighted)
        self.ei = ei
        let network = IndexedNetwork(dataset, weighting: .unit, directed: directed)
        assortativity = Assortativity.attribute(of: network.graph, values: dataset.nodes.map(property.value(of:)))
        let nodeGroups = NodeGroups(dataset, by: property)
        let sizes = nodeGroups.sizes
        self.property = property
        ungroupedActors = nodeGroups.group.filter { $0 < 0 }.count
        var ungroupedTies = 0
        let graph = network.graph.symmetrised()
        for u in 0..<graph.nodeCount {
            for v in graph.neighbours(of: u) where Int(v) > u && (nodeGroups.group[u] < 0 || nodeGroups.group[Int(v)] < 0) {
                ungroupedTies += 1
            }
        }
        self.ungroupedTies = ungroupedTies
        groupTable = ResultTable(columns: ["group", "actors", "external", "internal", "ei_index"], rows: ei.groupNames.indices.map { g in
            [.string(ei.groupNames[g]), .integer(sizes[g]), .number(ei.groups[g].externalTies),
             .number(ei.groups[g].internalTies), .number(ei.groups[g].index)]
        }).sortedDescending(byColumnNamed: "actors")
        let mixing = MixingMatrix(dataset, by: property, weighted: weighted, directed: directed)
        mixingTable = ResultTable(columns: [property.description] + mixing.categories, rows: mixing.categories.indices.map { i in
            [.string(mixing.categories[i])] + mixing.counts[i].map { .number($0) }
        })
    }

    /// One JSON object: the figures, the table by group and the mixing matrix.
    public func json(groupsBy name: String) -> JSONValue {
        .object([
            ("groups_by", .string(name)), ("ei_index", .number(ei.network.index)),
            ("ei_index_random", .number(ei.possible.index)), ("assortativity", .number(assortativity)),
            ("by_group", groupTable.json), ("mixing_matrix", mixingTable.json),
            ("left_out_actors", .integer(ungroupedActors)), ("left_out_ties", .integer(ungroupedTies)),
        ] + (significance.map { [("significance", SignificanceTable($0).json)] } ?? []))
    }

    /// What was left out and why, or nil when every actor has a group.
    public var leftOut: String? {
        guard ungroupedActors > 0 else { return nil }
        return "\(ungroupedActors) actor\(ungroupedActors == 1 ? "" : "s") without a \(property) left out, with \(ungroupedTies) tie\(ungroupedTies == 1 ? "" : "s") (every figure counts ties between grouped actors only)"
    }

    /// A page of text: the figures, the table by group and the mixing matrix.
    public func text(groupsBy name: String) -> String {
        var page = "groups by \(name)\n"
        page += "  E–I index              \(ResultTable.readable(.number(ei.network.index)))  (random ties: \(ResultTable.readable(.number(ei.possible.index))))\n"
        page += "  attribute assortativity \(ResultTable.readable(.number(assortativity)))\n"
        if let leftOut { page += "  left out: \(leftOut)\n" }
        page += "\n"
        if let significance { page += SignificanceTable(significance).text + "\n" }
        return page + groupTable.text + "\nmixing matrix\n" + mixingTable.text
    }
}
