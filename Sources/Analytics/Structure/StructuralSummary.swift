import Graph

/// The structural figures `twinning stats` adds to the counts, each as networkx computes it
/// on `nx.Graph(G)` (distinct partner pairs, unweighted): transitivity, average clustering,
/// degree assortativity, articulation points and bridges, and — for a connected graph —
/// diameter, radius and average shortest path length (nil, printed null, where networkx
/// raises: a disconnected or empty graph).
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
        let connected = graph.nodeCount > 0 && ConnectedComponents(of: graph).count == 1
        let cost = Double(graph.nodeCount) * Double(graph.neighbours.count + graph.nodeCount)
        if connected && (forceDistances || cost <= StructuralSummary.distanceBudget) {
            let distances = Distances(of: graph)
            diameter = distances.diameter
            radius = distances.radius
            averageShortestPathLength = distances.averageShortestPathLength
            distancesSkipped = false
        } else {
            diameter = nil
            radius = nil
            averageShortestPathLength = nil
            distancesSkipped = connected
        }
    }
}
