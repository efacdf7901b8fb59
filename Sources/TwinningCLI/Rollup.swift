import ArgumentParser
import Graph

extension Twinning {
    struct Rollup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Aggregate the network along 'within' to region or country level, as a graph of its own.",
            discussion: """
            Every actor is replaced by its region (or country) found by following 'within'; one \
            agreement joins two groups when their members have agreements, weighted by how many. \
            Agreements inside one group are dropped unless --keep-internal (then self-loops). \
            Actors that reach no group at that level stay as their own group and are listed on \
            standard error. The output is an ordinary graph that every command reads.

            Example:
              twinning rollup graphs/belarus-asia --level country -o countries.graphml
              twinning rollup graphs/belarus-asia --level region -o regions/ && twinning stats regions/
            """
        )

        @OptionGroup var input: InputOptions

        @Option(help: "The level to aggregate to: region or country.")
        var level: RollupLevel

        @OptionGroup var graphOutput: GraphOutput

        @Flag(help: "Keep agreements between members of one group, as self-loops.")
        var keepInternal = false

        func validate() throws {
            try input.refuseOverwriting(graphOutput.output)
        }

        func run() throws {
            let dataset = try input.load()
            input.progress.stage("rolling up to \(level.rawValue) level")
            let rollup = try CommandFailure.catching(RollupError.self) { try dataset.rollup(to: level, keepInternal: keepInternal) }
            if !input.quiet && !rollup.unplaced.isEmpty {
                let shown = rollup.unplaced.prefix(10).joined(separator: ", ")
                printError("twinning: warning: \(rollup.unplaced.count) actors reach no \(level.rawValue) along 'within' and stay as their own group: \(shown)\(rollup.unplaced.count > 10 ? ", …" : "")")
            }
            try graphOutput.write(rollup.dataset, quiet: input.quiet)
        }
    }
}
extension RollupLevel: ExpressibleByArgument {}
