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
        Exit codes: 0 success (also when the reader of standard output goes away, as with \
        `| head`); 1 the input has errors (or findings that --strict turns into errors) or \
        could not be read, or an output could not be written (a full disk, a missing \
        folder); 2 the command line is wrong. SIGINT and SIGTERM remove the temporary files \
        of an output being written and end the command by the signal.
        """,
        subcommands: [Validate.self, Stats.self, Convert.self, LayoutCommand.self, Centrality.self, Clustering.self, Communities.self, Path.self, RenderCommand.self, ReportCommand.self, Rollup.self, Timeline.self, Brokerage.self, Homophily.self, Geography.self, Ego.self, Match.self, Merge.self, Diff.self]
    )
}

/// Runs the command and maps failures to the documented exit codes.
@main
enum Main {
    static func main() {
        // Graph reads DOT through Graphviz's parser, which only the bridge links.
        Graphviz.register()
        // A closed pipe is reported as EPIPE by the write, not by a silent SIGPIPE death.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try Twinning.parseAsRoot()
            try command.run()
            try finishStandardOutput()
        } catch let failure as CommandFailure {
            end(failure)
        } catch {
            let code = Twinning.exitCode(for: error)
            let message = Twinning.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                do { try finishStandardOutput() } catch let failure as CommandFailure { end(failure) } catch {}
                exit(0)
            }
            if !message.isEmpty { printError(message) }
            exit(code == .validationFailure ? 2 : code.rawValue == 1 ? 1 : 2)
        }
    }

    /// Flushes whatever went through stdio, so that a write error there is a failure too.
    static func finishStandardOutput() throws {
        do {
            try StandardOutput.flushStdio()
        } catch let error as OutputError {
            throw CommandFailure.output(error)
        }
    }

    static func end(_ failure: CommandFailure) -> Never {
        if !failure.message.isEmpty { printError(failure.message) }
        exit(failure.exitCode)
    }
}
