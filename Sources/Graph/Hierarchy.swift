/// The `within` chains of a dataset (city → region → country) and the one rule that places
/// an actor in its region and its country: `twinning rollup` aggregates by it, and the
/// portfolio drawing (`render --sides`) groups its columns by it.
///
/// - **region**: the first node of type `region` on the actor's `within` chain (the actor
///   itself included). A `country` node is its own group. When the chain reaches a country
///   without meeting a region, the node just below the country is the group if it is a
///   `city` or `district` (a capital or city of regional status such as Minsk, which sits
///   within Belarus and not in Minsk Region); anything else has no region (nil).
/// - **country**: the first node of type `country` on the chain. When the chain reaches none,
///   the actor's `country` field (or the nearest ancestor's) names the group: the country
///   node (or untyped node) whose id, label or alias is that name (compared without case),
///   else a synthetic country of that name; nil when no field names one either.
///
/// A `within` cycle or a `within` naming no node ends the chain.
///
/// Complexity: O(n + total alias count) to build; O(h) per query, h the depth of the chain.
public struct Hierarchy: Sendable {
    /// A group: a node of the dataset (by index), or a country known only by name.
    public enum Group: Hashable, Sendable {
        case node(Int)
        case synthetic(String)
    }

    let nodes: [Node]
    /// Parent index of each node, -1 at the top or when `within` names no node.
    let parent: [Int]
    /// Country (or untyped) nodes by lowercased id, label and alias.
    let countryByName: [String: Int]

    public init(_ dataset: Dataset) {
        nodes = dataset.nodes
        let index = dataset.nodeIndex()
        parent = dataset.nodes.map { node in node.within.flatMap { index[$0] } ?? -1 }
        var byName: [String: Int] = [:]
        // Country nodes take a name before untyped ones; the first node wins within each kind.
        for wanted in [NodeType?.some(.country), nil] {
            for (i, node) in dataset.nodes.enumerated() where node.type == wanted {
                for name in [node.id, node.label] + node.aliases where byName[name.lowercased()] == nil {
                    byName[name.lowercased()] = i
                }
            }
        }
        countryByName = byName
    }

    /// The node at index `start` and its ancestors, stopping before a repeat (a `within` cycle).
    public func chain(from start: Int) -> [Int] {
        var chain: [Int] = []
        var seen = Set<Int>()
        var v = start
        while v >= 0 && seen.insert(v).inserted { chain.append(v); v = parent[v] }
        return chain
    }

    /// The region group of node `i` (see the type's rule), nil when it has none.
    public func region(of i: Int) -> Group? {
        let chain = chain(from: i)
        for (k, v) in chain.enumerated() {
            if nodes[v].type == .region { return .node(v) }
            if nodes[v].type == .country {
                if k == 0 { return .node(v) }
                let below = chain[k - 1]
                return nodes[below].type == .city || nodes[below].type == .district ? .node(below) : nil
            }
        }
        return nil
    }

    /// The country group of node `i` (see the type's rule), nil when nothing names one.
    public func country(of i: Int) -> Group? {
        let chain = chain(from: i)
        if let v = chain.first(where: { nodes[$0].type == .country }) { return .node(v) }
        guard let name = chain.lazy.compactMap({ self.nodes[$0].country?.trimmingWhitespace() })
            .first(where: { !$0.isEmpty }) else { return nil }
        if let v = countryByName[name.lowercased()] { return .node(v) }
        return .synthetic(name)
    }
}
