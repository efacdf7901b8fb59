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
            attribute (or 'weight', 'agreements' for their number, or 'distance' for the great-circle km \
            between the ends' places, see twinning geography; an attribute no agreement has, \
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

        @Option(help: "An agreement attribute that weights the measures ('weight', 'agreements', 'distance' for great-circle km between the ends' places, or a numeric attribute).")
        var weight: String?

        @Option(help: "Estimate betweenness from K sampled source actors (faster on large graphs).")
        var samples: Int?

        @Option(help: "Seed of the sampled sources (the same seed gives the same estimate).")
        var seed: UInt64 = 0

        @Flag(help: "Compute every measure on the directed view: an arc for each directed agreement, two for an undirected one (networkx's DiGraph). in_degree, out_degree, in_strength, out_strength and HITS always use it.")
        var directed = false

        @Option(help: "PageRank's damping factor: the probability of following an agreement (networkx's alpha).")
        var alpha: Double = 0.85

        @Option(help: ArgumentHelp("PageRank jumps to actors in proportion to this numeric node attribute (0 where an actor has none) instead of uniformly.", valueName: "attr"))
        var personalization: String?

        @Option(help: ArgumentHelp("PageRank's walkers at actors without out-arcs jump in proportion to this numeric node attribute (default: as --personalization).", valueName: "attr"))
        var dangling: String?

        @Option(help: "Stopping tolerance of PageRank, eigenvector, Katz and HITS (networkx's tol; default each measure's own: 1e-6, HITS 1e-14).")
        var tol: Double?

        @Option(name: .customLong("max-iter"), help: "Iterations allowed to PageRank, eigenvector, Katz and HITS before they are left empty (networkx's max_iter; default 100, Katz 1000, HITS 100000).")
        var maxIter: Int?

        @Option(name: .customLong("katz-alpha"), help: "Katz's attenuation factor (networkx's alpha, default 0.1); it must be below 1/λmax, which the warning gives when it is not.")
        var katzAlpha: Double?

        @Option(help: "Katz's constant given to every actor (networkx's beta).")
        var beta: Double = 1

        @Option(name: .customLong("wf-improved"), help: "Closeness with Wasserman and Faust's correction for disconnected graphs (networkx's wf_improved): true or false.")
        var wfImproved: Bool = true

        @Flag(help: "Betweenness counts a path's two ends as lying on it (networkx's endpoints=True).")
        var endpoints = false

        @Flag(help: "Betweenness as raw pair counts, not normalised (networkx's normalized=False).")
        var raw = false

        @Flag(help: "Solve PageRank, eigenvector, Katz and HITS to machine precision (iterate until the L1 change is below n·1e-15, up to 100000 iterations).")
        var exact = false

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
            guard alpha >= 0 && alpha <= 1 else { throw ValidationError("--alpha expects a damping factor from 0 to 1, found \(alpha)") }
            if let tol, !(tol > 0 && tol.isFinite) { throw ValidationError("--tol expects a positive number, found \(tol)") }
            if let maxIter, maxIter < 1 { throw ValidationError("--max-iter expects 1 or more, found \(maxIter)") }
            if let katzAlpha, !(katzAlpha > 0 && katzAlpha.isFinite) { throw ValidationError("--katz-alpha expects a positive number, found \(katzAlpha)") }
            guard beta.isFinite else { throw ValidationError("--beta expects a finite number, found \(beta)") }
        }

        func run() throws {
            let dataset = try weighted(weight, input.load(), quiet: input.quiet)
            if edges {
                input.progress.stage("computing edge betweenness")
                let table = try CommandFailure.catching(WeightRefusal.self) {
                    try CentralityTable.edges(dataset, weight: weight, samples: samples, seed: seed, directed: directed)
                }
                try out.emit(table.ranked(byColumnNamed: "betweenness", format: out.format, top: top), of: table.rows.count, quiet: input.quiet)
                return
            }
            let chosen = try self.chosen
            input.progress.stage("computing \(chosen.map(\.rawValue).joined(separator: ", "))")
            if let refusal = CentralityMeasures.refusal(dataset, measures: chosen, weight: weight) {
                throw CommandFailure.input("twinning: \(refusal)")
            }
            let built = CentralityTable.table(dataset, measures: chosen, weight: weight, samples: samples, seed: seed,
                                              directed: directed, parameters: try parameters(for: dataset))
            warn(built.warnings, quiet: input.quiet)
            try out.emit(built.table.ranked(byColumnNamed: chosen[0].rawValue, format: out.format, top: top), of: built.table.rows.count, quiet: input.quiet)
        }

        /// The measures' parameters from the options; a personalization or dangling attribute
        /// that cannot weigh the actors is a usage error.
        func parameters(for dataset: Dataset) throws -> CentralityParameters {
            var p = CentralityParameters()
            p.pagerankAlpha = alpha
            p.tolerance = tol
            p.maxIterations = maxIter
            p.katzAlpha = katzAlpha
            p.katzBeta = beta
            p.wfImproved = wfImproved
            p.endpoints = endpoints
            p.normalized = !raw
            p.exact = exact
            do {
                p.personalization = try personalization.map { try NodeWeights.of($0, in: dataset, option: "--personalization") }
                p.dangling = try dangling.map { try NodeWeights.of($0, in: dataset, option: "--dangling") }
            } catch let refusal as NodeWeights.Refusal {
                throw CommandFailure.usage(refusal.description)
            }
            return p
        }
    }
}
