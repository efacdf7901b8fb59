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
/// - `directed` adds the directed view (an arc per directed agreement, two per undirected one;
///   networkx's DiGraph): partners it points to and partners pointing to it (itself excluded),
///   their competition ranks, the actors reached at each distance along arcs and against them,
///   and `nx.ego_graph(D, v, radius=K)` (successors within K steps) with its arcs.
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
    /// The directed view, when asked for.
    public let directed: DirectedEgo?

    /// One actor in the directed view of the agreements.
    public struct DirectedEgo: Sendable {
        /// Distinct actors it has an arc to / from, itself excluded.
        public let outPartners: Int
        public let inPartners: Int
        public let outRank: Int
        public let inRank: Int
        /// Actors at exactly k arcs from it (`reachOut[k - 1]`) and to it (`reachIn[k - 1]`).
        public let reachOut: [Int]
        public let reachIn: [Int]
        /// `nx.ego_graph(D, v, radius)`: the actor and those it reaches within K arcs, and the arcs among them.
        public let egoNodes: Int
        public let egoArcs: Int

        init(_ dataset: Dataset, node v: Int, radius: Int) {
            let digraph = IndexedNetwork(dataset, weighting: .unit, directed: true).graph
            let reversed = digraph.reversed()
            func partners(_ g: CompactGraph, _ u: Int) -> Int { g.neighbours(of: u).lazy.filter { Int($0) != u }.count }
            let outs = (0..<digraph.nodeCount).map { partners(digraph, $0) }
            let ins = (0..<digraph.nodeCount).map { partners(reversed, $0) }
            outPartners = outs[v]; inPartners = ins[v]
            outRank = 1 + outs.lazy.filter { $0 > outs[v] }.count
            inRank = 1 + ins.lazy.filter { $0 > ins[v] }.count
            let forward = DirectedEgo.hops(digraph, from: v, limit: radius)
            let backward = DirectedEgo.hops(reversed, from: v, limit: radius)
            reachOut = (0..<radius).map { k in forward.lazy.filter { $0 == k + 1 }.count }
            reachIn = (0..<radius).map { k in backward.lazy.filter { $0 == k + 1 }.count }
            egoNodes = forward.lazy.filter { $0 >= 0 }.count
            var arcs = 0
            for u in 0..<digraph.nodeCount where forward[u] >= 0 {
                arcs += digraph.neighbours(of: u).lazy.filter { forward[Int($0)] >= 0 }.count
            }
            egoArcs = arcs
        }

        /// Arcs from `start` to each node (-1 beyond `limit` or unreached): breadth-first.
        static func hops(_ g: CompactGraph, from start: Int, limit: Int) -> [Int] {
            var distance = [Int](repeating: -1, count: g.nodeCount)
            distance[start] = 0
            var frontier = [start]
            var k = 0
            while !frontier.isEmpty && k < limit {
                k += 1
                var next: [Int] = []
                for u in frontier {
                    for w in g.neighbours(of: u) where distance[Int(w)] < 0 { distance[Int(w)] = k; next.append(Int(w)) }
                }
                frontier = next
            }
            return distance
        }
    }

    public init(_ dataset: Dataset, node name: String, radius: Int = 1, directed: Bool = false) throws {
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
        self.directed = directed ? DirectedEgo(dataset, node: v, radius: radius) : nil
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
