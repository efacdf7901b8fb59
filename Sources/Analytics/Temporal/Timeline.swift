import Graph

/// How a network grows year by year (`twinning timeline FILE`): the agreements dated in each
/// year by kind, and for every year from the first to the last dated year the network as of
/// that year (`Dataset.asOf(year:)`'s rule: dated in or before the year, not ended before it):
/// its active actors, agreements, edges, density, components, largest component and top actors.
///
/// Conventions:
/// - A year's counts by kind take the agreements dated in that year (a partial date counts by
///   its year), ended or not; undated agreements are counted apart.
/// - The network as of a year is the simple undirected projection of its agreements (as
///   `NetworkSummary`): edges are distinct pairs, a self-loop included.
/// - *Active* actors are those with at least one agreement in it. Density is over the active
///   actors, edges / (n(n − 1)/2) as `nx.density` on the active subgraph; nil below 2 actors.
///   Components and the largest component are those of the active subgraph.
/// - Top actors rank by degree, the number of distinct partners (other than the actor itself),
///   then by id; each also shows its number of agreements (a self-loop counts one).
/// - Agreements whose endpoints name no node are skipped (validation reports them).
/// - `directed` adds, per year, the directed view of the same agreements on the same active
///   actors (an arc per directed agreement, two per undirected one; networkx's DiGraph): its
///   distinct arcs (self-loops included), density arcs / (n(n − 1)) as `nx.density`,
///   reciprocity as `nx.reciprocity`, and its strongly connected components and the largest.
///
/// Complexity: O(Y · (n + m log d)) for Y years: each year's graph is built afresh, since an
/// agreement that ends leaves the network.
public struct Timeline: Sendable {
    public struct Actor: Sendable, Equatable {
        public let id: String
        public let label: String
        public let degree: Int
        public let agreements: Int
    }

    public struct Year: Sendable {
        public let year: Int
        /// Agreements dated in this year, by kind (`(unspecified)` for none).
        public let newByKind: [String: Int]
        /// The network as of the end of this year.
        public let activeActors: Int
        public let agreements: Int
        public let edges: Int
        public let density: Double?
        public let components: Int
        public let largestComponent: Int
        public let topActors: [Actor]
        /// The directed view as of this year, when asked for.
        public let directed: DirectedYear?

        public var newAgreements: Int { newByKind.values.reduce(0, +) }
    }

    /// The directed view of a year's network, over its active actors.
    public struct DirectedYear: Sendable {
        public let arcs: Int
        public let density: Double?
        public let reciprocity: Double?
        public let strongComponents: Int
        public let largestStrongComponent: Int
    }

    /// Every year from the first to the last dated year, in order (empty with no dated agreement).
    public let years: [Year]
    /// The kinds met on dated agreements, most frequent first (ties by name).
    public let kinds: [String]
    public let undatedAgreements: Int

    public init(_ dataset: Dataset, topActors topCount: Int = 5, directed: Bool = false) {
        let dated = DatedAgreements(dataset)
        undatedAgreements = dated.undated
        var totals: [String: Int] = [:]
        for (kind, _) in dated.records { totals[kind, default: 0] += 1 }
        kinds = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        guard let first = dated.records.map(\.1.year).min(), let last = dated.records.map(\.1.year).max() else {
            years = []
            return
        }
        var newInYear: [Int: [String: Int]] = [:]
        for (kind, record) in dated.records { newInYear[record.year, default: [:]][kind, default: 0] += 1 }
        years = (first...last).map { year in
            Timeline.network(asOf: year, dated, dataset, newByKind: newInYear[year] ?? [:], topCount: topCount,
                             directed: directed)
        }
    }

    private static func network(asOf year: Int, _ dated: DatedAgreements, _ dataset: Dataset,
                                newByKind: [String: Int], topCount: Int, directed: Bool) -> Year {
        var edges: [(Int32, Int32)] = []
        var arcs: [(Int32, Int32)] = []
        var agreementsOf = [Int](repeating: 0, count: dataset.nodes.count)
        for (_, record) in dated.records where record.year <= year && !(record.endYear.map { $0 < year } ?? false) {
            edges.append((record.from, record.to))
            if directed {
                arcs.append((record.from, record.to))
                if !record.directed && record.from != record.to { arcs.append((record.to, record.from)) }
            }
            agreementsOf[Int(record.from)] += 1
            if record.from != record.to { agreementsOf[Int(record.to)] += 1 }
        }
        let graph = CompactGraph(nodeCount: dataset.nodes.count, edges: edges)
        let components = ConnectedComponents(of: graph)
        var active = 0, activeComponents = Set<Int32>()
        var degree = [Int](repeating: 0, count: graph.nodeCount)
        for v in 0..<graph.nodeCount where graph.rowLength(of: v) > 0 {
            active += 1
            activeComponents.insert(components.component[v])
            degree[v] = graph.neighbours(of: v).lazy.filter { Int($0) != v }.count
        }
        let edgeCount = graph.edgeCount
        let ranked = (0..<graph.nodeCount).filter { degree[$0] > 0 }.sorted {
            degree[$0] != degree[$1] ? degree[$0] > degree[$1] : dataset.nodes[$0].id < dataset.nodes[$1].id
        }
        let top = ranked.prefix(topCount).map {
            Actor(id: dataset.nodes[$0].id, label: dataset.nodes[$0].label, degree: degree[$0], agreements: agreementsOf[$0])
        }
        return Year(year: year, newByKind: newByKind, activeActors: active, agreements: edges.count,
                    edges: edgeCount,
                    density: active > 1 ? Double(edgeCount) / (Double(active) * Double(active - 1) / 2) : nil,
                    components: activeComponents.count,
                    largestComponent: activeComponents.map { components.sizes[Int($0)] }.max() ?? 0,
                    topActors: Array(top),
                    directed: directed ? directedView(arcs, active: active, of: graph) : nil)
    }

    /// The year's directed view over its active actors (those with a row in `undirected`).
    private static func directedView(_ arcs: [(Int32, Int32)], active: Int, of undirected: CompactGraph) -> DirectedYear {
        let nodeCount = undirected.nodeCount
        let digraph = CompactGraph(nodeCount: nodeCount, edges: arcs, directed: true)
        let strong = StronglyConnectedComponents(of: digraph)
        var activeStrong: [Int32: Int] = [:]
        for v in 0..<nodeCount where undirected.rowLength(of: v) > 0 { activeStrong[strong.component[v], default: 0] += 1 }
        let count = digraph.neighbours.count
        return DirectedYear(arcs: count,
                            density: active > 1 ? Double(count) / (Double(active) * Double(active - 1)) : nil,
                            reciprocity: Reciprocity.of(digraph),
                            strongComponents: activeStrong.count,
                            largestStrongComponent: activeStrong.values.max() ?? 0)
    }
}

/// The dated agreements with known endpoints, as node indices, year and end year.
private struct DatedAgreements {
    struct Record { let from: Int32, to: Int32, year: Int, endYear: Int?, directed: Bool }
    /// (kind, record) for each dated agreement, in dataset order.
    var records: [(String, Record)] = []
    var undated = 0

    init(_ dataset: Dataset) {
        let index = dataset.nodeIndex()
        for agreement in dataset.agreements {
            guard let u = index[agreement.from], let v = index[agreement.to] else { continue }
            guard let date = agreement.date else { undated += 1; continue }
            records.append((agreement.kind?.rawValue ?? NetworkSummary.unspecified,
                            Record(from: Int32(u), to: Int32(v), year: date.year, endYear: agreement.endYear,
                                   directed: agreement.directed)))
        }
    }
}
