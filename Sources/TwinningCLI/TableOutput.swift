import ArgumentParser
import Foundation
import Graph
import Reports
import Tables

/// Where and how a command prints its tables: shared by every command that prints one.
///
/// The format is `--format` when given, else the extension of `-o` (.csv, .json, .txt or
/// .text), else text (standard output, `-o /dev/null`, a FIFO). A graph format's extension is refused (tables are not graphs: measures
/// go into a graph with `convert --annotate`), and so is an extension that names no format.
struct TableOutput: ParsableArguments {
    @Option(name: .customLong("format"), help: "Output format: text, json or csv (default: from the -o extension, else text).")
    var explicitFormat: TableFormat?

    @Option(name: .shortAndLong, help: "Write to this file (.csv, .json, .txt) instead of standard output.")
    var output: String?

    /// The table format each extension of `-o` names.
    static let extensions: [String: TableFormat] = ["csv": .csv, "json": .json, "txt": .text, "text": .text]

    /// The format the table is written in.
    var format: TableFormat {
        explicitFormat ?? output.flatMap { TableOutput.extensions[URL(fileURLWithPath: $0).pathExtension.lowercased()] } ?? .text
    }

    func validate() throws {
        // Standard output, a device, a FIFO, /dev/fd/N: text unless --format says otherwise.
        guard let output, !OutputTarget(output).isStream else { return }
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

extension TableFormat: ExpressibleByArgument {}

extension TableOutput {
    /// Writes a command's table where `-o` says. Text is for people and goes through
    /// `TerminalText.message` (control characters shown escaped, always, whether or not the
    /// stream is a terminal); CSV and JSON are data and are written exactly.
    func emit(_ text: String) throws {
        try TwinningCLI.emit(format == .text ? TerminalText.message(text) : text, to: output)
    }
}

extension TableOutput {
    /// Writes `table`, cut by `--top` from `total` rows, saying how many were left out: a last
    /// line in text, a note on standard error for CSV and JSON (unless `quiet`). With
    /// `significance`, its figures follow the table in text and share one JSON page with it
    /// (`{"<key>": [rows], "significance": {...}}`); CSV, which has no place for them, keeps the
    /// table alone and says so on standard error.
    func emit(_ table: ResultTable, of total: Int, quiet: Bool,
              significance: SignificanceTable? = nil, key: String = "rows") throws {
        var text = format == .json ? significance.map { $0.page(with: table, as: key) } ?? table.render(format)
                                   : table.render(format)
        let left = total - table.rows.count
        if left > 0 {
            let note = "\(left) more row\(left == 1 ? "" : "s") not shown (--top \(table.rows.count) of \(total))"
            if format == .text { text += "… \(note)\n" } else if !quiet { printError("twinning: note: \(note)") }
        }
        if let significance {
            if format == .text { text += "\n" + significance.text }
            if format == .csv && !quiet {
                printError("twinning: note: the CSV holds the table alone; the significance figures are in --format json or text")
            }
        }
        try emit(text)
    }
}
