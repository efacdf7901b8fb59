import Analytics
import ArgumentParser
import Graph
import Render

struct Homophily: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Do actors partner with their own kind? E–I index, assortativity and the mixing matrix.",
        discussion: """
        For the node property --groups (type, country, within or an attribute): \
        Krackhardt and Stern's E–I index (−1: all ties inside groups, +1: all across) for \
        the network and each group, with the value random ties would give; networkx's \
        attribute assortativity; and the mixing matrix (ties between each pair of groups, \
        as nx.attribute_mixing_matrix). Ties are distinct partner pairs (--weighted: \
        agreements). --format csv prints the E–I table by group.

        Example:
          twinning homophily graphs/belarus-asia --groups type
          twinning homophily graphs/belarus-asia --groups country --format json
        """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var out: TableOutput

    @Option(help: "The node property that defines groups: type, country, within, or an attribute name.")
    var groups: String = "type"

    @Flag(help: "Count agreements instead of distinct partner pairs.")
    var weighted = false

    func validate() throws {
        try input.refuseOverwriting(out.output)
    }

    func run() throws {
        let dataset = try input.load()
        input.progress.stage("computing homophily by \(groups)")
        let result = HomophilyTables(dataset, groupsBy: NodeProperty(parsing: groups), weighted: weighted)
        switch out.format {
        case .csv: try emit(result.groupTable.csv, to: out.output)
        case .json:
            let json: JSONValue = .object([
                ("groups_by", .string(groups)), ("ei_index", .number(result.ei.network.index)),
                ("ei_index_random", .number(result.ei.possible.index)), ("assortativity", .number(result.assortativity)),
                ("by_group", result.groupTable.json), ("mixing_matrix", result.mixingTable.json),
            ])
            try emit(json.serialized(indent: 2) + "\n", to: out.output)
        case .text:
            var page = "groups by \(groups)\n"
            page += "  E–I index              \(ResultTable.readable(.number(result.ei.network.index)))  (random ties: \(ResultTable.readable(.number(result.ei.possible.index))))\n"
            page += "  attribute assortativity \(ResultTable.readable(.number(result.assortativity)))\n\n"
            page += result.groupTable.text + "\nmixing matrix\n" + result.mixingTable.text
            try emit(page, to: out.output)
        }
    }
}

/// Homophily figures as tables, shared by the command and the report.
struct HomophilyTables {
    let ei: EIIndex
    let assortativity: Double?
    let groupTable: ResultTable
    let mixingTable: ResultTable

    init(_ dataset: Dataset, groupsBy property: NodeProperty, weighted: Bool) {
        let ei = EIIndex(dataset, groupsBy: property, weighted: weighted)
        self.ei = ei
        let network = IndexedNetwork(dataset, weighting: .unit)
        assortativity = Assortativity.attribute(of: network.graph, values: dataset.nodes.map(property.value(of:)))
        let sizes = NodeGroups(dataset, by: property).sizes
        groupTable = ResultTable(columns: ["group", "actors", "external", "internal", "ei_index"], rows: ei.groupNames.indices.map { g in
            [.string(ei.groupNames[g]), .integer(sizes[g]), .number(ei.groups[g].externalTies),
             .number(ei.groups[g].internalTies), .number(ei.groups[g].index)]
        }).sortedDescending(byColumn: 1)
        let mixing = MixingMatrix(dataset, by: property, weighted: weighted)
        mixingTable = ResultTable(columns: [property.description] + mixing.categories, rows: mixing.categories.indices.map { i in
            [.string(mixing.categories[i])] + mixing.counts[i].map { .number($0) }
        })
    }
}
