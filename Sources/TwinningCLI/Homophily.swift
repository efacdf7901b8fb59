import Analytics
import ArgumentParser
import Reports

extension Twinning {
    struct Homophily: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Do actors partner with their own kind? E–I index, assortativity and the mixing matrix.",
            discussion: """
            For the node property --groups (type, country, within or an attribute): \
            Krackhardt and Stern's E–I index (−1: all ties inside groups, +1: all across) for \
            the network and each group, with the value random ties would give; networkx's \
            attribute assortativity; and the mixing matrix (ties between each pair of groups, \
            as nx.attribute_mixing_matrix). Ties are distinct partner pairs (--weighted: \
            agreements). --permutations N --seed S tests the E–I index and assortativity \
            against N node-label permutations (the ties stay, the grouped actors' labels are \
            shuffled): null mean, sd, z and two-sided p. --format csv prints the E–I table by \
            group.

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

        @Flag(help: "Assortativity and the mixing matrix of the directed view (an arc per directed agreement, two per undirected one; rows are origins), as networkx on that DiGraph. The E–I index counts ties either way.")
        var directed = false

        @OptionGroup var null: NullModelOptions

        func validate() throws {
            try input.refuseOverwriting(out.output)
        }

        func run() throws {
            let dataset = try input.load()
            input.progress.stage("computing homophily by \(groups)")
            if let permutations = null.permutations { input.progress.stage("\(permutations) label permutations") }
            let result = HomophilyTables(dataset, groupsBy: NodeProperty(parsing: groups), weighted: weighted,
                                         permutations: null.permutations, seed: null.seed, directed: directed)
            switch out.format {
            case .csv:
                // The text and JSON say it in the output; a CSV table has no place for it.
                if let leftOut = result.leftOut, !input.quiet { printError("twinning: note: \(leftOut)") }
                if result.significance != nil, !input.quiet {
                    printError("twinning: note: the CSV is the table by group; the significance figures are in --format json or text")
                }
                try out.emit(result.groupTable.csv)
            case .json: try out.emit(result.json(groupsBy: groups).serialized(indent: 2) + "\n")
            case .text: try out.emit(result.text(groupsBy: groups))
            }
        }
    }
}
