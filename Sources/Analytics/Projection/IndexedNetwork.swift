import Graph

/// A dataset turned into a compact graph, with the map back to node ids: the projection every
/// measure reads. ``EdgeWeighting`` says what an agreement weighs, ``ParallelEdges`` how
/// parallel agreements combine, `directed` whether agreements keep their way
/// (``CompactGraph/symmetrised()`` forgets it again).
public struct IndexedNetwork: Sendable {
    public let graph: CompactGraph
    /// `nodeIDs[i]` is the dataset id of compact node `i`; the order is the dataset's.
    public let nodeIDs: [String]

    /// Projects `dataset` onto a simple graph (undirected unless `directed`), merging parallel
    /// agreements by `weighting`. Agreements whose endpoints name no node are skipped
    /// (validation reports them). In a directed view an undirected agreement counts both ways.
    ///
    /// ```swift
    /// let network = IndexedNetwork(dataset)                        // weights = agreements per pair
    /// let unit = IndexedNetwork(dataset, weighting: .unit)         // every pair weighs 1
    /// let arcs = IndexedNetwork(dataset, directed: true)           // directed agreements keep their way
    /// print(network.graph.nodeCount, network.graph.edgeCount, network.nodeIDs[0])
    /// ```
    public init(_ dataset: Dataset, weighting: EdgeWeighting = .agreementCount, directed: Bool = false) {
        let index = dataset.nodeIndex()
        var edges: [(Int32, Int32)] = []
        var weights: [Double] = []
        edges.reserveCapacity(dataset.agreements.count)
        weights.reserveCapacity(dataset.agreements.count)
        for agreement in dataset.agreements {
            guard let u = index[agreement.from], let v = index[agreement.to] else { continue }
            let w = weighting.weight(of: agreement)
            edges.append((Int32(u), Int32(v))); weights.append(w)
            if directed && !agreement.directed && u != v {
                edges.append((Int32(v), Int32(u))); weights.append(w)
            }
        }
        var graph = CompactGraph(nodeCount: dataset.nodes.count, edges: edges, weights: weights, directed: directed)
        if weighting == .unit {
            graph = CompactGraph(unitWeightsOf: graph)
        }
        self.graph = graph
        self.nodeIDs = dataset.nodes.map(\.id)
    }
}

