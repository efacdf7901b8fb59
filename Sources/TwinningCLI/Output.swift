import ArgumentParser
import Graph
import Render

/// Writes a command's result: to standard output, or atomically to `-o FILE`.
func emit(_ text: String, to output: String?) throws {
    guard let output, output != "-" else {
        print(text, terminator: "")
        return
    }
    do {
        try AtomicFile.write(text, to: output)
    } catch let error as InputError {
        throw CommandFailure.input(error.description)
    }
}

/// Where and how a command prints its tables: shared by every command that prints one.
struct TableOutput: ParsableArguments {
    @Option(help: "Output format: text, json or csv.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?
}
