import Graph

/// The per-actor measures `twinning clustering` prints, computed together from one dataset:
/// triangles, local clustering, square clustering and core number, as networkx computes
/// them on `nx.Graph(G)` (distinct partner pairs, unweighted).
///
/// With `weight`, local clustering is the weighted one (`nx.clustering(G, weight=…)`, the
/// geometric mean of normalised weights), read by ``EdgeWeighting/init(option:default:)`` as a
/// strength: `agreements` weights a pair by its number of agreements. networkx refuses core numbers on a graph with self-loops; here they are the
/// core numbers of the graph without them, and `coresIgnoreSelfLoops` says so.
public struct ClusteringMeasures: Sendable {
    /// Triangles through each actor (`nx.triangles`).
    public let triangles: [Int]
    /// Local clustering coefficient (`nx.clustering`).
    public let clustering: [Double]
    /// Square clustering (`nx.square_clustering`).
    public let squareClustering: [Double]
    /// Core numbers (`nx.core_number`).
    public let cores: [Int]
    /// Whether the graph had self-loops, left out of the core numbers.
    public let coresIgnoreSelfLoops: Bool

    /// What a command says when `coresIgnoreSelfLoops`.
    public static let selfLoopNote = "core numbers computed without self-loops (networkx refuses graphs with self-loops)"

    /// The measure names, in the order the command prints them.
    public static let names = ["triangles", "clustering", "square_clustering", "core"]

    /// `directed`: clustering (Fagiolo's directed form), square clustering and core numbers
    /// (in + out degree) of the directed view, an arc per directed agreement and two per
    /// undirected one, as networkx computes them on that DiGraph. networkx counts no
    /// triangles in a directed graph; `triangles` stays that of the undirected ties.
    public init(_ dataset: Dataset, weight: String? = nil, directed: Bool = false) {
        let simple = IndexedNetwork(dataset, weighting: .unit).graph
        triangles = Triangles.count(on: simple)
        let view = directed ? IndexedNetwork(dataset, weighting: .unit, directed: true).graph : simple
        let weighting = EdgeWeighting(option: weight)
        if weighting.isWeighted {
            let weighted = IndexedNetwork(dataset, weighting: weighting, directed: directed).graph
            clustering = Clustering.local(on: weighted, weighted: true)
        } else {
            clustering = Clustering.local(on: view)
        }
        squareClustering = SquareClustering.compute(on: view)
        coresIgnoreSelfLoops = view.selfLoopCount > 0
        // Without self-loops coreNumbers cannot throw.
        cores = (try? KCore.coreNumbers(of: coresIgnoreSelfLoops ? view.withoutSelfLoops() : view)) ?? []
    }

    /// The values of one of `names` as node attributes: integers for triangles and cores.
    public func attributeValues(_ name: String) -> [AttributeValue]? {
        switch name {
        case "triangles": return triangles.map { .integer($0) }
        case "clustering": return clustering.map { .double($0) }
        case "square_clustering": return squareClustering.map { .double($0) }
        case "core": return cores.map { .integer($0) }
        default: return nil
        }
    }
}
