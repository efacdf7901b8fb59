import ArgumentParser
import Graph

extension Twinning {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a graph and list every problem with its file, line and column.",
            discussion: """
            Reports errors (duplicate ids, agreements or 'within' naming no node, cycles in \
            'within', bad dates and numbers, malformed files) and warnings (unknown node types, \
            agreement kinds or statuses, self-loops, an alias shared by two nodes). Exits 0 when \
            there is no error (1 with --strict when there is any finding), 1 otherwise.

            Example:
              twinning validate graphs/belarus-asia
              twinning validate sister-cities.graphml --strict
            """
        )

        @OptionGroup var input: InputOptions

        @Flag(help: "Treat warnings as errors (exit 1 when there is any finding).")
        var strict = false

        func run() throws {
            let dataset = try input.read()
            let findings = Validation.findings(for: dataset)
            var text = ""
            for finding in findings where !(input.quiet && finding.severity == .warning) {
                text += TerminalText.message(finding.description) + "\n"
            }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            if !input.quiet {
                text += TerminalText.message("\(input.file): \(dataset.nodes.count) nodes, \(dataset.agreements.count) agreements, \(dataset.sources.count) sources; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")") + "\n"
            }
            do {
                try emit(text, to: nil)
            } catch let failure as CommandFailure where failure.exitCode == 0 {
                // A closed pipe (`| head`): the verdict below still sets the exit code.
            }
            if errors > 0 || (strict && warnings > 0) {
                throw ExitCode(1)
            }
        }
    }
}
