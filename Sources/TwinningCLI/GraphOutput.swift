import ArgumentParser
import Graph

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
        } catch let error as OutputError {
            throw CommandFailure.output(error)
        }
        guard !quiet, let chosen = format ?? GraphFormat.infer(fromPath: output) else { return }
        let dropped = FormatCapabilities.droppedFields(of: dataset, in: chosen)
        guard !dropped.isEmpty else { return }
        let name = output == "-" ? "standard output (\(chosen.rawValue))" : output
        printError("twinning: warning: \(name) cannot carry: \(dropped.joined(separator: ", ")); they were not written")
    }
}
