import Analytics
import Graph
import Tables

/// The clustering table `twinning clustering` prints: per actor its triangles, local and
/// square clustering and core number (empty when undefined), in the dataset's order.
public enum ClusteringTable {
    public static func table(_ dataset: Dataset, weight: String?, directed: Bool = false) -> BuiltTable {
        let measures = ClusteringMeasures(dataset, weight: weight, directed: directed)
        let (triangles, local, square, cores) = (measures.triangles, measures.clustering, measures.squareClustering, measures.cores)
        let rows: [[JSONValue]] = dataset.nodes.indices.map { v in
            [.string(dataset.nodes[v].id), .string(dataset.nodes[v].label), .integer(triangles[v]), .number(local[v]),
             .number(square[v]), cores.isEmpty ? .null : .integer(cores[v])]
        }
        return BuiltTable(table: ResultTable(columns: ["id", "label"] + ClusteringMeasures.names, rows: rows),
                          warnings: (measures.coresIgnoreSelfLoops ? [ClusteringMeasures.selfLoopNote] : [])
                            + (directed ? ["triangles are those of the undirected ties (networkx counts none in a directed graph); clustering, square_clustering and core are the directed view's"] : []))
    }
}
