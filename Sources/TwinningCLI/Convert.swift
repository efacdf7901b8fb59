import Analytics
import ArgumentParser
import Graph

extension Twinning {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a graph between formats (dataset folder, GraphML, GEXF, JSON, GML, Pajek, CSV/TSV, edge lists, Gephi tables, DOT).",
            discussion: """
            Formats: a dataset folder, GraphML (.graphml), GEXF (.gexf), node-link JSON (.json), \
            GML (.gml), Pajek (.net), CSV/TSV edge tables (.csv, .tsv), networkx edge lists \
            (.edgelist), Gephi's nodes and edges tables (--to gephi) and DOT (.dot); each text \
            format also gzip-compressed (.graphml.gz, ...). The output format comes from the \
            extension of -o (a path without extension, or ending in /, is a dataset folder) or \
            from --to. The output is written atomically: nothing is written when the input has \
            errors, and never over an input. The dataset folder, GraphML, GEXF, JSON and GML keep \
            every field; the others drop some (edge tables have no node list, Pajek keeps ids, \
            positions, direction and weights, DOT keeps values as text): the command then warns \
            on standard error which fields were not written (unless --quiet).

            --annotate writes measures into the output as node attributes named after them: \
            any column `centrality` or `clustering` prints (\(NodeAnnotation.knownMeasures.joined(separator: ", "))), \
            each equal to what that command prints (integers for degree, triangles, core and \
            community; doubles for the rest). `community` is found as `communities` finds it \
            (--algorithm, --seed, --resolution). An attribute of the same name is replaced, \
            with a warning.

            Example:
              twinning convert graphs/belarus-asia -o belarus-asia.graphml
              twinning convert sister-cities.graphml --kind twinning -o - --to json | python3 -m json.tool
              twinning convert graphs/belarus-asia -o measured.gexf --annotate degree,betweenness,pagerank,community
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var graphOutput: GraphOutput

        @Option(help: ArgumentHelp("Write these measures as node attributes (comma-separated): \(NodeAnnotation.knownMeasures.joined(separator: ", ")).", valueName: "measures"))
        var annotate: [String] = []

        @Option(help: "For --annotate community: louvain, leiden or label-propagation.")
        var algorithm: CommunitySearch.Algorithm = .louvain

        @Option(help: "For --annotate community: the seed of the random choices.")
        var seed: UInt64 = 0

        @Option(help: "For --annotate community: the resolution γ of modularity.")
        var resolution: Double = 1

        /// The measures --annotate names, checked.
        var annotation: NodeAnnotation? {
            get throws {
                let names = annotate.flatMap { $0.split(separator: ",").map(String.init) }
                guard !names.isEmpty else { return nil }
                do {
                    return try NodeAnnotation(measures: names, communities: CommunitySearch(algorithm: algorithm, seed: seed, resolution: resolution))
                } catch let error as AnnotationError {
                    throw ValidationError("--annotate: \(error)")
                }
            }
        }

        func validate() throws {
            _ = try annotation
            if resolution < 0 || !resolution.isFinite { throw ValidationError("--resolution expects a number ≥ 0") }
            try input.refuseOverwriting(graphOutput.output)
        }

        func run() throws {
            var dataset = try input.load()
            if let annotation = try annotation {
                input.progress.stage("computing \(annotation.measures.joined(separator: ", "))")
                let result = annotation.annotate(dataset)
                if !input.quiet { warn(about: result) }
                dataset = result.dataset
            }
            input.progress.stage("writing \(graphOutput.output)")
            try graphOutput.write(dataset, quiet: input.quiet)
        }

        private func warn(about result: NodeAnnotation.Result) {
            for name in result.replaced { printError("twinning: warning: --annotate: the node attribute '\(name)' is replaced by the measure") }
            for (name, reason) in result.undefined { printError("twinning: warning: --annotate: \(name) left out: \(reason)") }
            if result.coresIgnoreSelfLoops {
                printError("twinning: warning: --annotate: \(ClusteringMeasures.selfLoopNote)")
            }
        }
    }
}
