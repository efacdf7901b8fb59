import ArgumentParser
import Reports

extension Twinning {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count nodes and agreements by type, kind, country and year, and describe the network's shape.",
            discussion: """
            Density, components, the largest component and isolates are those of the simple \
            undirected graph of distinct actor pairs (as networkx computes them on nx.Graph(G)). \
            Diameter, radius and average path length are undefined for a disconnected graph (networkx \
            raises); they are then given for its largest component, and said to be (JSON and CSV: \
            the largest_component_* keys). --format csv prints section,key,value rows; \
            --format json one object.

            --directed adds the directed view's figures (as networkx on that DiGraph). \
            --permutations N --seed S tests transitivity, average clustering and degree \
            assortativity against N degree-preserving rewirings (10·m double-edge swaps each).

            Example:
              twinning stats graphs/belarus-asia
              twinning stats graphs/belarus-asia --directed
              twinning stats graphs/belarus-asia --permutations 1000 --seed 7
              twinning stats graphs/belarus-asia --kind twinning --since 2010 --format json
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Flag(help: "Compute diameter, radius and average path length even for very large graphs (O(n·m)).")
        var distances = false

        @Flag(help: "Add the directed view's figures (an arc per directed agreement, two per undirected one): arcs, density, reciprocity, weak and strong components, directed average clustering and degree assortativity.")
        var directed = false

        @OptionGroup var null: NullModelOptions

        func validate() throws {
            try input.refuseOverwriting(out.output)
        }

        func run() throws {
            let dataset = try input.load()
            input.progress.stage("computing statistics")
            if let permutations = null.permutations { input.progress.stage("\(permutations) degree-preserving rewirings") }
            let stats = StatsTables(dataset, forceDistances: distances, directed: directed, rewirings: null.permutations, seed: null.seed)
            if let note = stats.note, !input.quiet { printError("twinning: note: \(note)") }
            try out.emit(stats.printed(out.format, name: input.file))
        }
    }
}
