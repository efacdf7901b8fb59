/// Ego networks: the part of a dataset around one actor.
///
/// The ego network of radius K keeps every node within K hops of the ego, following
/// agreements in both directions (an investment links investor and target for this purpose),
/// and every agreement whose two endpoints are kept — so ties among the alters are kept too,
/// as networkx's `ego_graph(G, n, radius=K, undirected=True)` does. Breadth-first search:
/// O(n + m). The one ego network: `twinning ego` counts its actors and pairs
/// (Analytics' `EgoSummary`), `render --ego` draws it. The node is given by id here; an
/// option naming an actor resolves it first with ``Dataset/resolveNode(_:)``.
extension Dataset {
    /// The sub-dataset within `radius` hops of the node `id`, nodes and agreements in their
    /// original order. Sources and metadata are kept whole; where records were read is kept.
    public func egoNetwork(of id: String, radius: Int) throws -> Dataset {
        guard radius >= 0 else { throw EgoNetworkError.negativeRadius(radius) }
        let index = nodeIndex()
        guard let ego = index[id] else { throw EgoNetworkError.unknownNode(id) }
        let hops = hopDistances(from: ego, limit: radius)

        return keepingNodes { i in hops[i] >= 0 && index[nodes[i].id] == i }
    }

    /// Hops from the node at index `start` along agreements (both ways, self-loops ignored),
    /// indexed like ``nodes``: -1 beyond `limit` hops, unreachable, or a repeated id's later node.
    public func hopDistances(from start: Int, limit: Int) -> [Int] {
        let index = nodeIndex()
        var adjacency = [[Int]](repeating: [], count: nodes.count)
        for agreement in agreements {
            guard let u = index[agreement.from], let v = index[agreement.to], u != v else { continue }
            adjacency[u].append(v)
            adjacency[v].append(u)
        }
        var hops = [Int](repeating: -1, count: nodes.count)
        hops[start] = 0
        var frontier = [start]
        var depth = 0
        while !frontier.isEmpty && depth < limit {
            depth += 1
            var next: [Int] = []
            for u in frontier {
                for v in adjacency[u] where hops[v] < 0 {
                    hops[v] = depth
                    next.append(v)
                }
            }
            frontier = next
        }
        return hops
    }
}

/// Why an ego network cannot be taken.
public enum EgoNetworkError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownNode(String)
    case negativeRadius(Int)

    public var description: String {
        switch self {
        case .unknownNode(let id): return "no node has the id '\(id.abbreviated())'"
        case .negativeRadius(let r): return "expected a radius of 0 or more hops, found \(r)"
        }
    }
}
