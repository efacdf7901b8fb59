import Analytics
import ArgumentParser
import Graph
import Render

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

    @Option(help: "An agreement attribute for weighted clustering ('weight', 'agreements', or a numeric attribute).")
    var weight: String?

    @Option(help: "Show only the top N actors by triangles.")
    var top: Int?

    func validate() throws {
        try input.refuseOverwriting(out.output)
    }

    func run() throws {
        let dataset = try input.load()
        input.progress.stage("computing clustering")
        let table = ClusteringTable.table(dataset, weight: weight, quiet: input.quiet)
        let sorted = out.format == .text || top != nil ? table.sortedDescending(byColumn: 2) : table
        try emit(sorted.limited(to: top).render(out.format), to: out.output)
    }
}

/// The clustering table, shared by the command and the report.
enum ClusteringTable {
    static func table(_ dataset: Dataset, weight: String?, quiet: Bool) -> ResultTable {
        let measures = ClusteringMeasures(dataset, weight: weight)
        if measures.coresIgnoreSelfLoops && !quiet {
            printError("twinning: warning: \(ClusteringMeasures.selfLoopNote)")
        }
        let (triangles, local, square, cores) = (measures.triangles, measures.clustering, measures.squareClustering, measures.cores)
        let rows: [[JSONValue]] = dataset.nodes.indices.map { v in
            [.string(dataset.nodes[v].id), .string(dataset.nodes[v].label), .integer(triangles[v]), .number(local[v]),
             .number(square[v]), cores.isEmpty ? .null : .integer(cores[v])]
        }
        return ResultTable(columns: ["id", "label"] + ClusteringMeasures.names, rows: rows)
    }
}
