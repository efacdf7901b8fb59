/// Node resolution: the one rule that finds the actor a command-line option or argument
/// names (`path A B`, `ego NODE`, `render --ego NODE`, and any option naming an actor).
///
/// A name resolves, in this order, to:
/// 1. the node with that id;
/// 2. else the first node, in dataset order, whose label is exactly the name;
/// 3. else the one node whose label or one of whose aliases equals the name without regard
///    to case. Several such nodes make the name ambiguous: the error names them, and an id
///    settles it. None makes it unknown.
///
/// Where ids repeat (a validation error), a node stands for the first node with its id, as in
/// ``Dataset/nodeIndex()`` and every projection.
extension Dataset {
    /// The index in ``nodes`` of the node `name` names (see above).
    ///
    /// ```swift
    /// let minsk = try dataset.resolveNode("Minsk")      // by id, label or alias
    /// print(dataset.nodes[minsk].id)
    /// ```
    /// - Throws: ``NodeResolutionError`` when no node or several nodes answer to the name.
    public func resolveNode(_ name: String) throws -> Int {
        let index = nodeIndex()
        if let i = index[name] { return i }
        // A repeated id's later node is not in any projection: answer with the first.
        if let i = nodes.firstIndex(where: { $0.label == name }) { return index[nodes[i].id] ?? i }
        let folded = name.lowercased()
        let matches = nodes.indices.filter { i in
            index[nodes[i].id] == i
                && (nodes[i].label.lowercased() == folded || nodes[i].aliases.contains { $0.lowercased() == folded })
        }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw NodeResolutionError.unknown(name) }
        throw NodeResolutionError.ambiguous(name, candidates: matches.map { nodes[$0].id })
    }
}
