import Graph

/// What `twinning ego FILE NODE --radius K` reports about one actor: its partners with every
/// agreement it has with each (ids, kinds, dates, quotes: the agreements themselves), its
/// ranks among all actors, and the size of its ego network within K steps.
///
/// Conventions:
/// - Partners are the actors joined to it by at least one agreement, either way (a directed
///   agreement makes a partner at both ends); most agreements first, then by id. Each
///   partner's agreements are in date order (undated last), then by id. Agreements of the
///   actor with itself are listed apart.
/// - Degree is the number of distinct partners (the actor itself excluded). Ranks are
///   competition ranks over all nodes, 1 = highest, ties share the smallest rank (1, 2, 2, 4).
/// - The ego network of radius K is the dataset's own (`Dataset.egoNetwork(of:radius:)`, as
///   `nx.ego_graph(G, v, radius=K)` on the simple undirected projection): it holds the actors
///   within K steps; its edges are the distinct pairs among them, self-loops included.
/// - The node is found by `Dataset.resolveNode(_:)`: id, else exact label, else a label or
///   alias naming exactly one node (compared without case).
///
/// Complexity: O(n + m) (one projection, one breadth-first search, one pass over agreements).
public struct EgoSummary: Sendable {
    public struct Partner: Sendable {
        public let node: Node
        public let agreements: [Agreement]
    }

    public let node: Node
    public let partners: [Partner]
    /// Agreements whose two ends are the node itself.
    public let selfAgreements: [Agreement]
    public let degree: Int
    /// All agreements of the node, self-loops included.
    public let agreementCount: Int
    public let degreeRank: Int
    public let agreementRank: Int
    /// The number of nodes ranked (every node of the dataset).
    public let rankedNodes: Int
    public let radius: Int
    /// `reachByDistance[k - 1]`: actors at exactly k steps, for k in 1...radius.
    public let reachByDistance: [Int]
    /// Actors within `radius` steps, the node included, and the edges among them.
    public let egoNodes: Int
    public let egoEdges: Int

    public init(_ dataset: Dataset, node name: String, radius: Int = 1) throws {
        guard radius >= 0 else { throw EgoError(description: "expected a radius of 0 or more, found \(radius)") }
        let v: Int
        do { v = try dataset.resolveNode(name) } catch { throw EgoError(description: "\(error)") }
        let graph = IndexedNetwork(dataset).graph
        node = dataset.nodes[v]
        self.radius = radius
        (partners, selfAgreements) = EgoSummary.partners(of: v, in: dataset)
        agreementCount = partners.reduce(selfAgreements.count) { $0 + $1.agreements.count }

        var degrees = [Int](repeating: 0, count: graph.nodeCount)
        var counts = [Int](repeating: 0, count: graph.nodeCount)
        for u in 0..<graph.nodeCount {
            degrees[u] = graph.neighbours(of: u).lazy.filter { Int($0) != u }.count
            for i in graph.offsets[u]..<graph.offsets[u + 1] { counts[u] += Int(graph.weights[i]) }
        }
        degree = degrees[v]
        degreeRank = 1 + degrees.lazy.filter { $0 > degrees[v] }.count
        agreementRank = 1 + counts.lazy.filter { $0 > counts[v] }.count
        rankedNodes = graph.nodeCount
        let hops = dataset.hopDistances(from: v, limit: radius)
        reachByDistance = (0..<radius).map { k in hops.lazy.filter { $0 == k + 1 }.count }
        let ego = try dataset.egoNetwork(of: node.id, radius: radius)
        egoNodes = ego.nodes.count
        egoEdges = IndexedNetwork(ego).graph.edgeCount
    }

    private static func partners(of v: Int, in dataset: Dataset) -> ([Partner], [Agreement]) {
        let index = dataset.nodeIndex()
        let id = dataset.nodes[v].id
        var byPartner: [Int: [Agreement]] = [:]
        var loops: [Agreement] = []
        for a in dataset.agreements where a.from == id || a.to == id {
            guard let u = index[a.from], let w = index[a.to] else { continue }
            if u == w { loops.append(a); continue }
            byPartner[u == v ? w : u, default: []].append(a)
        }
        let inOrder: (Agreement, Agreement) -> Bool = { x, y in
            switch (x.date, y.date) {
            case let (p?, q?) where p != q: return p < q
            case (nil, _?): return false
            case (_?, nil): return true
            default: return x.id < y.id
            }
        }
        let partners = byPartner.map { Partner(node: dataset.nodes[$0.key], agreements: $0.value.sorted(by: inOrder)) }
            .sorted { $0.agreements.count != $1.agreements.count ? $0.agreements.count > $1.agreements.count : $0.node.id < $1.node.id }
        return (partners, loops.sorted(by: inOrder))
    }
}

/// An ego summary that cannot be made: an unknown or ambiguous node, a negative radius.
public struct EgoError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
