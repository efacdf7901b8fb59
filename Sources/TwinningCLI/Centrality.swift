import Analytics
import ArgumentParser
import Graph
import Reports
import Tables

extension Twinning {
    struct Centrality: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank actors: degree, betweenness, closeness, harmonic, eigenvector, PageRank and more.",
            discussion: """
            Prints id,label,degree,betweenness,closeness,harmonic,eigenvector,pagerank, one row \
            per actor, with networkx's conventions and defaults (betweenness normalised, \
            closeness with the Wasserman–Faust correction for disconnected graphs). \
            --measures adds strength, degree_centrality, katz, hits_hub, hits_authority, \
            in_degree, out_degree, in_strength, out_strength (with \
            --only, prints just the named measures). Without --weight the measures are those of \
            the simple graph of distinct partner pairs; --weight ATTR reads an agreement \
            attribute (or 'weight', or 'agreements' for their number; an attribute no agreement has, \
            or one holding text, is a usage error; agreements without a value weigh 1 and are \
            counted in a warning) as a length for \
            betweenness, closeness and harmonic and as a strength for the others. Text output \
            is sorted by the first measure; csv and json list actors in the dataset's order \
            unless --top is given. A measure that does not converge prints as empty (null). \
            --samples K estimates betweenness from K source actors drawn with --seed; --edges \
            prints the betweenness of each pair of partners instead. --directed computes every \
            measure on the directed view (an undirected agreement counts both ways), as networkx \
            on that DiGraph: degree is in + out, closeness and harmonic read distances to the \
            actor, eigenvector and Katz its in-arcs.

            Example:
              twinning centrality graphs/belarus-asia --top 20
              twinning centrality graphs/belarus-asia --measures strength,katz --format csv > centrality.csv
              twinning centrality sister-cities.graphml --samples 500 --seed 7 --top 10
              twinning centrality graphs/belarus-asia --edges --top 10
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Option(help: ArgumentHelp("Measures to add (comma-separated): \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "measures"))
        var measures: [String] = []

        @Flag(help: "Print only the measures named by --measures.")
        var only = false

        @Option(help: "An agreement attribute that weights the measures ('weight', 'agreements', or a numeric attribute).")
        var weight: String?

        @Option(help: "Estimate betweenness from K sampled source actors (faster on large graphs).")
        var samples: Int?

        @Option(help: "Seed of the sampled sources (the same seed gives the same estimate).")
        var seed: UInt64 = 0

        @Flag(help: "Compute every measure on the directed view: an arc for each directed agreement, two for an undirected one (networkx's DiGraph). in_degree, out_degree, in_strength, out_strength and HITS always use it.")
        var directed = false

        @Flag(help: "Print the betweenness of each pair of partners instead (from,to,betweenness).")
        var edges = false

        @Option(help: "Show only the top N actors by the first measure.")
        var top: Int?

        var chosen: [CentralityMeasure] {
            get throws {
                do {
                    return try CentralityTable.measures(named: measures.flatMap { $0.split(separator: ",").map(String.init) }, only: only)
                } catch let error as CentralityTable.UnknownMeasure {
                    throw ValidationError("--measures: unknown measure '\(error.name)'; expected \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
        }

        func validate() throws {
            try input.refuseOverwriting(out.output)
            _ = try chosen
            if let top, top < 1 { throw ValidationError("--top expects 1 or more") }
            if let samples, samples < 1 { throw ValidationError("--samples expects 1 or more") }
        }

        func run() throws {
            let dataset = try input.load()
            try checkWeight(weight, in: dataset, quiet: input.quiet)
            if edges {
                input.progress.stage("computing edge betweenness")
                let table = try CommandFailure.catching(WeightRefusal.self) {
                    try CentralityTable.edges(dataset, weight: weight, samples: samples, seed: seed, directed: directed)
                }
                try out.emit(table.ranked(byColumnNamed: "betweenness", format: out.format, top: top).render(out.format))
                return
            }
            let chosen = try self.chosen
            input.progress.stage("computing \(chosen.map(\.rawValue).joined(separator: ", "))")
            if let refusal = CentralityMeasures.refusal(dataset, measures: chosen, weight: weight) {
                throw CommandFailure.input("twinning: \(refusal)")
            }
            let built = CentralityTable.table(dataset, measures: chosen, weight: weight, samples: samples, seed: seed, directed: directed)
            warn(built.warnings, quiet: input.quiet)
            try out.emit(built.table.ranked(byColumnNamed: chosen[0].rawValue, format: out.format, top: top).render(out.format))
        }
    }
}
