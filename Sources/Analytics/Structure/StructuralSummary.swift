import Graph

/// The structural figures `twinning stats` adds to the counts, each as networkx computes it
/// on `nx.Graph(G)` (distinct partner pairs, unweighted): transitivity, average clustering,
/// degree assortativity, articulation points and bridges, and — for a connected graph —
/// diameter, radius and average shortest path length (nil, printed null, where networkx
/// raises: a disconnected or empty graph). For a disconnected graph the three are given for
/// its largest component instead (`LargestComponent`), as
/// `nx.diameter(G.subgraph(max(nx.connected_components(G), key=len)))`, and said to be so.
///
/// Distances cost one breadth-first search per node, O(n·m); above `distanceBudget` edge
/// visits they are skipped (`distancesSkipped`) unless forced.
public struct StructuralSummary: Sendable {
    public let transitivity: Double
    public let averageClustering: Double?
    public let degreeAssortativity: Double?
    public let articulationPoints: Int
    public let bridges: Int
    public let diameter: Double?
    public let radius: Double?
    public let averageShortestPathLength: Double?
    public let distancesSkipped: Bool
    /// Diameter, radius and average shortest path length of the largest component: those of
    /// the graph when it is connected, of its largest component when not; nil when skipped
    /// or when there is no node.
    public let largestComponentDiameter: Double?
    public let largestComponentRadius: Double?
    public let largestComponentAverageShortestPathLength: Double?
    /// Actors in the largest component (all of them when connected).
    public let largestComponentSize: Int
    /// Strongly connected components of the directed view (an undirected agreement counts
    /// both ways), when some agreement has a direction; nil otherwise.
    public let strongComponents: Int?
    public let largestStrongComponent: Int?

    /// About a minute of breadth-first searches on two cores.
    public static let distanceBudget = 40_000_000_000.0

    public init(_ dataset: Dataset, forceDistances: Bool = false) {
        let graph = IndexedNetwork(dataset, weighting: .unit).graph
        transitivity = Triangles.transitivity(of: graph)
        averageClustering = Clustering.average(on: graph)
        degreeAssortativity = Assortativity.degree(of: graph)
        articulationPoints = Biconnectivity.articulationPoints(of: graph).count
        bridges = Biconnectivity.bridges(of: graph).count
        if dataset.agreements.contains(where: \.directed) {
            let strong = StronglyConnectedComponents(of: IndexedNetwork(dataset, weighting: .unit, directed: true).graph)
            strongComponents = strong.count
            largestStrongComponent = strong.largestSize
        } else {
            strongComponents = nil
            largestStrongComponent = nil
        }
        let components = ConnectedComponents(of: graph)
        let connected = graph.nodeCount > 0 && components.count == 1
        largestComponentSize = components.largestSize
        // The largest component's graph: the graph itself when connected.
        let core = connected ? graph : IndexedNetwork(LargestComponent(of: dataset).dataset, weighting: .unit).graph
        let cost = Double(core.nodeCount) * Double(core.neighbours.count + core.nodeCount)
        if core.nodeCount > 0 && (forceDistances || cost <= StructuralSummary.distanceBudget) {
            let distances = Distances(of: core)
            largestComponentDiameter = distances.diameter
            largestComponentRadius = distances.radius
            largestComponentAverageShortestPathLength = distances.averageShortestPathLength
            distancesSkipped = false
        } else {
            largestComponentDiameter = nil
            largestComponentRadius = nil
            largestComponentAverageShortestPathLength = nil
            distancesSkipped = core.nodeCount > 0
        }
        diameter = connected ? largestComponentDiameter : nil
        radius = connected ? largestComponentRadius : nil
        averageShortestPathLength = connected ? largestComponentAverageShortestPathLength : nil
    }
}
