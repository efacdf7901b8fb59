import ArgumentParser
import Foundation
import Graph
import GraphvizBridge

/// The `twinning` command: analyse and draw networks of twinning and cooperation agreements.
struct Twinning: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "twinning",
        abstract: "Analyse and draw networks of twinning and cooperation agreements.",
        discussion: """
        Exit codes: 0 success; 1 the input has errors (or findings that --strict turns into \
        errors) or could not be read or written; 2 the command line is wrong.
        """,
        subcommands: [Validate.self, Stats.self, Convert.self, LayoutCommand.self, Centrality.self, Clustering.self, Communities.self, Path.self, RenderCommand.self, ReportCommand.self, Rollup.self, Timeline.self, Brokerage.self, Homophily.self, Ego.self]
    )
}

/// Runs the command and maps failures to the documented exit codes.
@main
enum Main {
    static func main() {
        // Graph reads DOT through Graphviz's parser, which only the bridge links.
        Graphviz.register()
        do {
            var command = try Twinning.parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            printError(failure.message)
            exit(failure.exitCode)
        } catch {
            let code = Twinning.exitCode(for: error)
            let message = Twinning.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { printError(message) }
            exit(code == .validationFailure ? 2 : code.rawValue == 1 ? 1 : 2)
        }
    }
}
