import Analytics
import ArgumentParser
import Reports

extension Twinning {
    struct Ego: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One actor's partners, the agreements with each (dates and quotes), and its ranks.",
            discussion: """
            NODE is a node id (or its label or an alias). Partners are the actors it has agreements with; \
            ranks are by number of partners (degree) and of agreements among all actors (1 is \
            first; ties share a rank). --radius K also counts the actors within K steps. \
            --format csv lists the agreements, one per row. --directed adds the directed view (an \
            arc per directed agreement, two per undirected one): partners it points to and that \
            point to it with their ranks, the actors it reaches and that reach it within K arcs, \
            and each agreement's direction (out, in, both).

            Example:
              twinning ego graphs/belarus-asia minsk
              twinning ego graphs/belarus-asia gomel-region --radius 2 --format json
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Argument(help: "The actor: a node id, label or alias.")
        var node: String

        @Option(help: "How many steps away to count reachable actors.")
        var radius: Int = 1

        @Flag(help: "Add the directed view: out- and in-partners, their ranks, reach along and against arcs, each agreement's direction.")
        var directed = false

        func validate() throws {
            try input.refuseOverwriting(out.output)
            if radius < 1 { throw ValidationError("--radius expects 1 or more, found \(radius)") }
        }

        func run() throws {
            let dataset = try input.load()
            let ego = try CommandFailure.catching(EgoError.self) { try EgoTables.summary(dataset, actor: node, radius: radius, directed: directed) }
            switch out.format {
            case .csv: try out.emit(EgoTables.agreements(ego).csv)
            case .json: try out.emit(EgoTables.json(ego).serialized(indent: 2) + "\n")
            case .text: try out.emit(EgoTables.text(ego))
            }
        }
    }
}
