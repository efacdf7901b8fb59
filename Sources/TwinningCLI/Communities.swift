import Analytics
import ArgumentParser
import Reports

extension Twinning {
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find communities (Louvain, Leiden, label propagation) or score a given partition.",
            discussion: """
            Prints id,label,community (communities numbered from 0 in order of their first actor); json adds \
            the modularity and the community sizes. The graph is the simple graph of partner \
            pairs weighted by the number of agreements (--weight ATTR for another weight, \
            --unweighted for none). The same --seed gives the same partition. --partition \
            ATTR scores the partition given by a node field or attribute (e.g. country) instead \
            of searching for one. --directed searches (or scores) the directed view, an arc per \
            directed agreement and two per undirected one, for directed modularity \
            Σ_c [L_c/m − γ K_c^out K_c^in / m²] (Leicht & Newman; networkx's Louvain on a DiGraph); \
            label propagation then follows out-arcs, and CPM counts n_c(n_c − 1) possible arcs.

            Example:
              twinning communities graphs/belarus-asia --algorithm leiden --seed 7
              twinning communities graphs/belarus-asia --partition country --format json
            """
        )

        typealias Algorithm = CommunitySearch.Algorithm

        enum Objective: String, ExpressibleByArgument, CaseIterable {
            case modularity, cpm
        }

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Option(help: "louvain, leiden or label-propagation.")
        var algorithm: Algorithm = .louvain

        @Option(help: "Seed of the random choices (the same seed gives the same result).")
        var seed: UInt64 = 0

        @Option(help: "Resolution γ of modularity or CPM (higher: smaller communities).")
        var resolution: Double = 1

        @Option(help: "Leiden's quality function: modularity or cpm.")
        var objective: Objective = .modularity

        @Option(help: "Score the partition given by this node field or attribute instead of searching.")
        var partition: String?

        @Option(help: "An agreement attribute that weights the graph ('weight', 'agreements', 'distance' for great-circle km between the ends' places, or a numeric attribute).")
        var weight: String?

        @Flag(help: "Ignore weights: every partner pair weighs 1.")
        var unweighted = false

        @Flag(help: "Directed modularity on the directed view: an arc per directed agreement, two per undirected one (networkx's DiGraph).")
        var directed = false

        func validate() throws {
            try input.refuseOverwriting(out.output)
            if resolution < 0 || !resolution.isFinite { throw ValidationError("--resolution expects a number ≥ 0") }
        }

        func run() throws {
            let dataset = try weighted(weight, input.load(), quiet: input.quiet)
            input.progress.stage(partition.map { "scoring the partition by \($0)" } ?? "finding communities (\(algorithm.rawValue))")
            if !unweighted, let refusal = EdgeWeighting(option: weight).refusal(in: dataset, for: "communities", as: .strength) {
                throw CommandFailure.input("twinning: \(refusal)")
            }
            let found = search.communities(of: dataset)
            let table = CommunityTable.members(dataset, found)
            switch out.format {
            case .csv: try out.emit(table.csv)
            case .json: try out.emit(CommunityTable.json(found, table: table, algorithm: partition.map { "partition:\($0)" } ?? algorithm.rawValue, seed: seed, directed: directed).serialized(indent: 2) + "\n")
            case .text: try out.emit(CommunityTable.text(dataset, found, directed: directed))
            }
        }

        /// The search the options describe.
        var search: CommunitySearch {
            CommunitySearch(algorithm: algorithm, seed: seed, resolution: resolution, objective: objective == .cpm ? .cpm : .modularity,
                            weight: weight, unweighted: unweighted, partition: partition, directed: directed)
        }
    }
}

extension CommunitySearch.Algorithm: ExpressibleByArgument {}
