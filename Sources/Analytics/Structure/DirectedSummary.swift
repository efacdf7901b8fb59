import Graph

/// The figures `twinning stats --directed` adds: those of the directed view, an arc for each
/// directed agreement and two for an undirected one (distinct arcs, unweighted), each as
/// networkx computes it on that `nx.DiGraph`: arcs, density (m / n(n − 1)), reciprocity,
/// weak and strong components with the largest of each, average clustering (Fagiolo's
/// directed clustering, `nx.average_clustering`) and degree assortativity (out-degree of the
/// tail against in-degree of the head, `nx.degree_assortativity_coefficient`'s default).
///
/// Transitivity has no directed definition in networkx (its `transitivity` reads a DiGraph's
/// successor sets as if undirected); `stats` keeps that of the undirected ties.
///
/// Complexity: O(n + m) for counts and components, O(m·d) for clustering.
public struct DirectedSummary: Sendable {
    public let arcs: Int
    public let density: Double
    public let reciprocity: Double?
    public let weakComponents: Int
    public let largestWeakComponent: Int
    public let strongComponents: Int
    public let largestStrongComponent: Int
    public let averageClustering: Double?
    public let degreeAssortativity: Double?

    public init(_ dataset: Dataset) {
        let graph = IndexedNetwork(dataset, weighting: .unit, directed: true).graph
        arcs = graph.edgeCount
        density = Density.of(graph)
        reciprocity = Reciprocity.of(graph)
        let weak = ConnectedComponents(of: graph)
        weakComponents = weak.count
        largestWeakComponent = weak.largestSize
        let strong = StronglyConnectedComponents(of: graph)
        strongComponents = strong.count
        largestStrongComponent = strong.largestSize
        averageClustering = Clustering.average(on: graph)
        degreeAssortativity = Assortativity.degree(of: graph)
    }
}
