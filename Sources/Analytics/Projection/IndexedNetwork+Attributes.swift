import Graph

extension IndexedNetwork {
    /// The value of a node attribute for every compact node, as text (nil where the node has
    /// none), for modularity of an attribute partition and attribute assortativity. `key` is
    /// a built-in field (`type`, `country`, `within`, `label`) or a free attribute.
    /// `dataset` must be the one this network was built from.
    public func nodeValues(of key: String, in dataset: Dataset) -> [String?] {
        precondition(dataset.nodes.count == nodeIDs.count, "the dataset this network was built from")
        let property = NodeProperty(parsing: key)
        return dataset.nodes.map { property.value(of: $0) }
    }
}
