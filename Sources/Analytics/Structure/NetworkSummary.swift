import Graph

/// The figures `twinning stats` reports: counts of nodes and agreements by type, kind,
/// country, status and year, the date span, and the shape of the simple undirected
/// projection (distinct pairs): density, connected components, the largest component and
/// isolates, with networkx's conventions (`nx.density`, `nx.number_connected_components`,
/// `nx.isolates` on `nx.Graph(G)`: a self-loop counts as an edge and keeps its node from
/// being an isolate). O(n + m).
public struct NetworkSummary: Sendable {
    public let nodes: Int
    public let agreements: Int
    /// Distinct acts: agreements sharing an `act` id (the edges of one multilateral act) count
    /// once; equal to `agreements` when no agreement has an `act` (see ``Participation``).
    public let acts: Int
    /// Distinct pairs of actors joined by at least one agreement (self-loops included).
    public let edges: Int
    public let selfLoops: Int
    public let directedAgreements: Int
    public let density: Double?
    public let components: Int
    public let largestComponent: Int
    public let isolates: Int
    public let nodesByType: [(String, Int)]
    public let nodesByCountry: [(String, Int)]
    public let agreementsByKind: [(String, Int)]
    public let agreementsByStatus: [(String, Int)]
    /// Agreements per year of their date; undated agreements are counted apart.
    public let agreementsByYear: [(Int, Int)]
    public let undatedAgreements: Int
    public let firstDate: PartialDate?
    public let lastDate: PartialDate?

    /// Label used for records without a type, country, kind or status.
    public static let unspecified = "(unspecified)"

    public init(_ dataset: Dataset) {
        let network = IndexedNetwork(dataset)
        let graph = network.graph
        let components = ConnectedComponents(of: graph)
        nodes = dataset.nodes.count
        agreements = dataset.agreements.count
        acts = Set(dataset.agreements.map(Participation.act(of:))).count
        edges = graph.edgeCount
        var loops = 0, isolated = 0
        for v in 0..<graph.nodeCount {
            if graph.neighbours(of: v).contains(Int32(v)) { loops += 1 }
            if graph.rowLength(of: v) == 0 { isolated += 1 }
        }
        selfLoops = loops
        isolates = isolated
        directedAgreements = dataset.agreements.lazy.filter(\.directed).count
        density = nodes > 1 ? Double(edges) / (Double(nodes) * Double(nodes - 1) / 2) : nil
        self.components = components.count
        largestComponent = components.largestSize
        nodesByType = NetworkSummary.tally(dataset.nodes.map { $0.type?.rawValue ?? NetworkSummary.unspecified })
        nodesByCountry = NetworkSummary.tally(dataset.nodes.map { $0.country ?? NetworkSummary.unspecified })
        agreementsByKind = NetworkSummary.tally(dataset.agreements.map { $0.kind?.rawValue ?? NetworkSummary.unspecified })
        agreementsByStatus = NetworkSummary.tally(dataset.agreements.map { $0.status?.rawValue ?? NetworkSummary.unspecified })
        var years: [Int: Int] = [:]
        var undated = 0
        var first: PartialDate?, last: PartialDate?
        for agreement in dataset.agreements {
            guard let date = agreement.date else { undated += 1; continue }
            years[date.year, default: 0] += 1
            if first == nil || date < first! { first = date }
            if last == nil || last! < date { last = date }
        }
        agreementsByYear = years.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        undatedAgreements = undated
        firstDate = first
        lastDate = last
    }

    /// Counts of each value, the most frequent first (ties by name).
    static func tally(_ values: [String]) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
