import Analytics
import ArgumentParser
import Reports
import Tables

extension Twinning {
    struct Clustering: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Triangles, local and square clustering, and k-core numbers of every actor.",
            discussion: """
            Prints id,label,triangles,clustering,square_clustering,core as networkx computes \
            them on the simple graph of distinct partner pairs (--weight ATTR: weighted \
            clustering, as nx.clustering(G, weight=ATTR)). networkx refuses core numbers for \
            graphs with self-loops; here they are computed without the self-loops, with a \
            warning. Text output is sorted by triangles.

            Example:
              twinning clustering graphs/belarus-asia --top 10
              twinning clustering graphs/belarus-asia --format csv > clustering.csv
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Option(help: "An agreement attribute for weighted clustering ('weight', 'agreements', 'distance' for great-circle km between the ends' places, or a numeric attribute).")
        var weight: String?

        @Flag(help: "Clustering (Fagiolo's directed form), square clustering and core numbers of the directed view: an arc per directed agreement, two per undirected one (networkx's DiGraph). Triangles stay those of the undirected ties.")
        var directed = false

        @Option(help: "Show only the top N actors by triangles.")
        var top: Int?

        func validate() throws {
            try input.refuseOverwriting(out.output)
        }

        func run() throws {
            let dataset = try weighted(weight, input.load(), quiet: input.quiet)
            input.progress.stage("computing clustering")
            if let refusal = EdgeWeighting(option: weight).refusal(in: dataset, for: "clustering", as: .strength) {
                throw CommandFailure.input("twinning: \(refusal)")
            }
            let built = ClusteringTable.table(dataset, weight: weight, directed: directed)
            warn(built.warnings, quiet: input.quiet)
            try out.emit(built.table.ranked(byColumnNamed: "triangles", format: out.format, top: top), of: built.table.rows.count, quiet: input.quiet)
        }
    }
}
