import ArgumentParser
import Foundation
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

/// Where and how a command writes a graph (`convert`, `rollup`, `layout`): `-o` and `--to`.
struct GraphOutput: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output path (a folder or a file whose extension names the format), or - for standard output.")
    var output: String

    @Option(name: .customLong("to"), help: "Output format when the extension does not say it: \(GraphFormat.namesList).")
    var format: GraphFormat?

    func validate() throws {
        if output == "-" && format == nil {
            throw ValidationError("writing to standard output needs --to FORMAT")
        }
        if output != "-" && format == nil && GraphFormat.infer(fromPath: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; use an extension (\(GraphFormat.namesList)) or --to")
        }
    }

    /// Writes `dataset`; then, unless `quiet`, names on standard error the fields of `dataset`
    /// that the format cannot carry (nothing silent; `FormatCapabilities` says which).
    func write(_ dataset: Dataset, quiet: Bool) throws {
        do {
            try DatasetIO.write(dataset, to: output, format: format)
        } catch let error as InputError {
            throw CommandFailure.input(error.description)
        }
        guard !quiet, let chosen = format ?? GraphFormat.infer(fromPath: output) else { return }
        let dropped = FormatCapabilities.droppedFields(of: dataset, in: chosen)
        guard !dropped.isEmpty else { return }
        let name = output == "-" ? "standard output (\(chosen.rawValue))" : output
        printError("twinning: warning: \(name) cannot carry: \(dropped.joined(separator: ", ")); they were not written")
    }
}

/// Where and how a command prints its tables: shared by every command that prints one.
///
/// The format is `--format` when given, else the extension of `-o` (.csv, .json, .txt or
/// .text), else text. A graph format's extension is refused (tables are not graphs: measures
/// go into a graph with `convert --annotate`), and so is an extension that names no format.
struct TableOutput: ParsableArguments {
    @Option(name: .customLong("format"), help: "Output format: text, json or csv (default: from the -o extension, else text).")
    var explicitFormat: ReportFormat?

    @Option(name: .shortAndLong, help: "Write to this file (.csv, .json, .txt) instead of standard output.")
    var output: String?

    /// The table format each extension of `-o` names.
    static let extensions: [String: TableFormat] = ["csv": .csv, "json": .json, "txt": .text, "text": .text]

    /// The format the table is written in.
    var format: TableFormat {
        explicitFormat ?? output.flatMap { TableOutput.extensions[URL(fileURLWithPath: $0).pathExtension.lowercased()] } ?? .text
    }

    func validate() throws {
        guard let output, output != "-" else { return }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if TableOutput.extensions[ext] != nil { return }
        if let graph = GraphFormat.infer(fromPath: output), graph != .native {
            throw ValidationError("-o '\(output)' names a graph format (\(graph.rawValue)), but this command writes a table (.csv, .json or .txt); to store measures in a graph use `twinning convert IN -o OUT --annotate MEASURES`")
        }
        if explicitFormat == nil {
            throw ValidationError("cannot tell the table format from '\(output)'; end it in .csv, .json or .txt, or give --format")
        }
    }
}

extension InputOptions {
    /// Every file the command reads: the graph and --names (commands add their own, such as
    /// a theme).
    var readPaths: [String] { [file] + (names.map { [$0] } ?? []) }

    /// Refuses (exit 2, before anything is read or written) an output that could destroy an
    /// input; the rule itself is `OutputPath`'s.
    func refuseOverwriting(_ output: String?, alsoReading extra: [String?] = []) throws {
        guard let output else { return }
        do {
            try OutputPath.checkNotOverwriting(output, inputs: readPaths + extra.compactMap { $0 })
        } catch let error as InputError {
            throw ValidationError(error.description)
        }
    }
}
