import Graph

extension DiagramDOTWriter {
    /// The SVG element ids the diagram gives each node (`node-<id>`) and, for each agreement,
    /// the id of the drawn edge that carries it, parallel to the dataset's nodes and agreements.
    /// Agreements between the same two nodes share one drawn edge, whose id is `edge-<id of the first of them>`; an agreement
    /// whose endpoints name no node is not drawn and gets the id it would have had.
    public static func elementIDs(of dataset: Dataset) -> (nodes: [String], agreements: [String]) {
        let edgeIDs = DOMName.uniqueIDs(dataset.agreements.map(\.id), prefix: "edge")
        let drawn = DiagramEdges(dataset: dataset)
        let carriers = edgeIDs.indices.map { e in drawn.groupOfAgreement[e].map { edgeIDs[drawn.groups[$0].members[0]] } ?? edgeIDs[e] }
        return (DOMName.uniqueIDs(dataset.nodes.map(\.id), prefix: "node"), carriers)
    }
}
