import ArgumentParser
import Graph

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a graph between formats (dataset folder, GraphML, GEXF, JSON, edge lists, DOT).",
        discussion: """
        The output format comes from the extension of -o (a path without extension, or \
        ending in /, is a dataset folder) or from --to. The output is written atomically: \
        nothing is written when the input has errors. Edge lists keep only endpoints and \
        weights; every other format keeps every field.

        Example:
          twinning convert graphs/belarus-asia -o belarus-asia.graphml
          twinning convert sister-cities.graphml --kind twinning -o - --to json | python3 -m json.tool
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output path, or - for standard output.")
    var output: String

    @Option(name: .customLong("to"), help: "Output format when the extension does not say it: \(GraphFormat.namesList).")
    var outputFormat: GraphFormat?

    func validate() throws {
        if output == "-" && outputFormat == nil {
            throw ValidationError("writing to standard output needs --to FORMAT")
        }
        if output != "-" && outputFormat == nil && GraphFormat.infer(fromPath: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; use an extension (\(GraphFormat.namesList)) or --to")
        }
    }

    func run() throws {
        let dataset = try input.load()
        input.progress.stage("writing \(output)")
        do {
            try DatasetIO.write(dataset, to: output, format: outputFormat)
        } catch let error as InputError {
            throw CommandFailure.input(error.description)
        }
    }
}
