import ArgumentParser
import Reports

extension Twinning {
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The shortest chain of agreements between two actors.",
            discussion: """
            A and B are node ids (or labels or aliases). Without --weight the path has the fewest steps \
            (breadth-first search); with --weight ATTR the agreement attribute is a length and \
            the path is the lightest (Dijkstra). Each step lists the agreements that join the \
            two actors. Exits 1 when no path exists.

            Example:
              twinning path graphs/belarus-asia gomel harbin
              twinning path graphs/belarus-asia minsk chongqing --format json
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Argument(help: "The first actor (id, label or alias).")
        var from: String

        @Argument(help: "The second actor (id, label or alias).")
        var to: String

        @Option(help: "An agreement attribute read as the length of each step ('weight', 'agreements' for 1 each, 'distance' for great-circle km between the ends' places, or a numeric attribute).")
        var weight: String?

        @Flag(help: "Follow the directed view: a directed agreement only from its origin to its destination (an undirected one either way).")
        var directed = false

        func validate() throws {
            try input.refuseOverwriting(out.output)
        }

        func run() throws {
            let dataset = try weighted(weight, input.load(), quiet: input.quiet)
            let found = try CommandFailure.catching(PathError.self) { try PathTable(dataset, from: from, to: to, weight: weight, directed: directed) }
            switch out.format {
            case .csv: try out.emit(found.table.csv)
            case .json: try out.emit(found.json.serialized(indent: 2) + "\n")
            case .text: try out.emit(found.text)
            }
        }
    }
}
