import Analytics
import ArgumentParser
import Reports

extension Twinning {
    struct Brokerage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who brokers between groups: Burt's constraint and effective size, Gould–Fernandez roles.",
            discussion: """
            Constraint and effective size follow Burt (1992) as networkx computes them, on the \
            actor graph weighted by agreement counts (--unweighted for distinct pairs). \
            Gould–Fernandez (1989) roles count, for each actor, the two-paths a → actor → b \
            with no direct tie a–b, classified by the groups of a, the actor and b: coordinator \
            (all one group), gatekeeper, representative, consultant and liaison. Groups come \
            from --groups: country, type, within, or any node attribute. Rows are sorted by \
            total brokerage. --expected adds each role's expected count and z-score: given \
            the actor's open two-paths, the two other actors drawn at random from the other \
            grouped actors (Gould and Fernandez's null hypothesis). --permutations N --seed S \
            tests the network total of each role against N node-label permutations (the arcs \
            stay, the grouped actors' labels are shuffled): observed, null mean, sd, z and \
            two-sided p, after the table in text, as {"actors": [...], "significance": {...}} \
            in JSON (CSV keeps the table alone and says so).

            Example:
              twinning brokerage graphs/belarus-asia --groups country --top 15
              twinning brokerage graphs/belarus-asia --groups type --format csv
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Option(help: "The node property that defines groups: country, type, within, or an attribute name.")
        var groups: String = "country"

        @Flag(help: "Add each role's expected count and z-score under Gould and Fernandez's null hypothesis (group membership independent of brokerage): <role>_expected, <role>_z.")
        var expected = false

        @Flag(help: "Burt's constraint and effective size of the directed view (an arc per directed agreement, two per undirected one), as networkx on that DiGraph. Gould–Fernandez roles always follow arcs.")
        var directed = false

        @Flag(help: "Count distinct partner pairs instead of agreements for constraint and effective size.")
        var unweighted = false

        @Option(help: "Show only the first N rows.")
        var top: Int?

        @OptionGroup var null: NullModelOptions

        func validate() throws {
            try input.refuseOverwriting(out.output)
        }

        func run() throws {
            let dataset = try input.load()
            input.progress.stage("computing brokerage")
            let table = BrokerageTable.table(dataset, groupsBy: NodeProperty(parsing: groups), weighted: !unweighted, expected: expected, directed: directed)
            if let leftOut = BrokerageTable.leftOut(dataset, groupsBy: NodeProperty(parsing: groups)), !input.quiet {
                printError("twinning: note: \(leftOut)")
            }
            let significance = null.permutations.map { permutations -> SignificanceTable in
                input.progress.stage("\(permutations) label permutations")
                return SignificanceTable(BrokerageSignificance(dataset, groupsBy: NodeProperty(parsing: groups),
                                                               permutations: permutations, seed: null.seed))
            }
            try out.emit(table.limited(to: top), of: table.rows.count, quiet: input.quiet, significance: significance, key: "actors")
        }
    }
}
