/// A whole network: actors, the agreements between them, the sources they cite, and metadata.
///
/// The `*Origins` arrays say where each record was read (parallel to `nodes`, `agreements`,
/// `sources`; empty for a dataset built in code), so that validation can name the place.
public struct Dataset: Sendable {
    public var nodes: [Node]
    public var agreements: [Agreement]
    public var sources: [SourceRecord]
    public var metadata: Attributes

    public var nodeOrigins: [SourceLocation]
    public var agreementOrigins: [SourceLocation]
    public var sourceOrigins: [SourceLocation]
    /// Problems met while reading values (a bad date, a bad number): validation reports them.
    public var readingFindings: [Finding] = []
    /// How the file this dataset was read from typed its node ids. Node ids are text in the
    /// model; node-link JSON can also give them as numbers (networkx writes integer node ids
    /// so), and its reader sets `.integer` when every node id was a JSON integer. The JSON
    /// writer then writes ids (and endpoints, `within`) back as numbers, so that a networkx
    /// graph with integer nodes keeps them. A hint about presentation, like the origins: not
    /// compared by `==` (the same ids read from a CSV file and from JSON are the same dataset).
    public var nodeIDType: AttributeType = .string

    public init(nodes: [Node] = [], agreements: [Agreement] = [], sources: [SourceRecord] = [],
                metadata: Attributes = [:]) {
        self.nodes = nodes
        self.agreements = agreements
        self.sources = sources
        self.metadata = metadata
        self.nodeOrigins = []
        self.agreementOrigins = []
        self.sourceOrigins = []
    }

    /// Where node `index` was read, if known.
    public func origin(ofNode index: Int) -> SourceLocation? {
        index < nodeOrigins.count ? nodeOrigins[index] : nil
    }

    public func origin(ofAgreement index: Int) -> SourceLocation? {
        index < agreementOrigins.count ? agreementOrigins[index] : nil
    }

    public func origin(ofSource index: Int) -> SourceLocation? {
        index < sourceOrigins.count ? sourceOrigins[index] : nil
    }

    /// Node positions by id (the first node wins where ids repeat).
    public func nodeIndex() -> [String: Int] {
        var index = [String: Int](minimumCapacity: nodes.count)
        for (i, node) in nodes.enumerated() where index[node.id] == nil {
            index[node.id] = i
        }
        return index
    }

    /// True when every agreement is directed (the dataset reads as a directed graph).
    public var isDirected: Bool { !agreements.isEmpty && agreements.allSatisfy(\.directed) }

    /// True when at least one agreement is directed: graph formats then write a directed graph
    /// in which each undirected agreement says `directed` = false, so that tools that know one
    /// direction per graph (networkx, igraph) keep every directed agreement's endpoint order.
    public var hasDirectedAgreements: Bool { agreements.contains(where: \.directed) }

    /// True when some agreements are directed and others not: such a file is written as a
    /// directed graph whose edges each say whether they are directed.
    public var mixesDirections: Bool { hasDirectedAgreements && agreements.contains { !$0.directed } }

    /// True when two agreements join the same pair of actors: the same ordered pair when
    /// `ordered` (as a directed multigraph counts them), else in either order.
    public func hasParallelAgreements(ordered: Bool) -> Bool {
        var pairs = Set<String>()
        for a in agreements {
            let key = ordered ? a.from + "\u{0}" + a.to : min(a.from, a.to) + "\u{0}" + max(a.from, a.to)
            if !pairs.insert(key).inserted { return true }
        }
        return false
    }

    /// True when some agreement's id is not the one its position gives (`Agreement.defaultID`),
    /// so a format without ids of its own loses something.
    public var hasOwnAgreementIDs: Bool {
        agreements.indices.contains { agreements[$0].id != Agreement.defaultID($0) }
    }

    /// True when the dataset is written as a multigraph: two agreements join the same pair
    /// (ordered when `ordered`), or some agreement keeps a networkx multigraph `key`.
    public func isMultigraph(ordered: Bool) -> Bool {
        hasParallelAgreements(ordered: ordered) || agreements.contains { $0.attributes["key"] != nil }
    }

    /// Adds a node for every agreement endpoint that names none, in order of appearance.
    /// Formats without a node list (edge lists) use this; validation reports nothing then.
    public mutating func addMissingEndpoints() {
        var known = Set<String>(minimumCapacity: nodes.count + agreements.count / 4)
        for node in nodes { known.insert(node.id) }
        for agreement in agreements {
            if known.insert(agreement.from).inserted { nodes.append(Node(id: agreement.from)) }
            if known.insert(agreement.to).inserted { nodes.append(Node(id: agreement.to)) }
        }
    }

    /// The declared type of each node attribute key, unified over all nodes.
    public var nodeAttributeTypes: [(key: String, type: AttributeType)] {
        Dataset.unifiedTypes(nodes.lazy.map(\.attributes))
    }

    public var agreementAttributeTypes: [(key: String, type: AttributeType)] {
        Dataset.unifiedTypes(agreements.lazy.map(\.attributes))
    }

    public var sourceAttributeTypes: [(key: String, type: AttributeType)] {
        Dataset.unifiedTypes(sources.lazy.map(\.attributes))
    }

    /// Keys sorted by name, each with the narrowest type that holds all its values.
    public static func unifiedTypes<S: Sequence>(_ sets: S) -> [(key: String, type: AttributeType)]
    where S.Element == Attributes {
        var types: [String: AttributeType] = [:]
        for attributes in sets {
            for (key, value) in attributes {
                types[key] = types[key].map { $0.unified(with: value.type) } ?? value.type
            }
        }
        return types.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

extension Dataset: Equatable {
    /// Two datasets are equal when their content is: where records were read is not compared.
    public static func == (a: Dataset, b: Dataset) -> Bool {
        a.nodes == b.nodes && a.agreements == b.agreements && a.sources == b.sources && a.metadata == b.metadata
    }
}

extension Dataset {
    /// Makes agreement ids unique where a format only keeps them unique per pair of nodes
    /// (networkx writes multigraph edge keys 0, 1, … as GraphML edge ids; cgraph names edges
    /// per pair). When some id repeats, every agreement's id becomes `from-to-id` and the
    /// original is kept in the attribute `key` (an integer when it is one, as networkx reads
    /// GraphML edge ids), unless the reader already set a typed `key` (node-link JSON's).
    /// GraphML and node-link JSON write `key` back as the edge id / `key` networkx uses, so
    /// `G[u][v][0]` still works after networkx → Twinning → networkx. Native datasets are not
    /// touched: there a repeated id is an error that validation reports.
    public mutating func disambiguateRepeatedAgreementIDs() {
        var seen = Set<String>()
        seen.reserveCapacity(agreements.count)
        guard agreements.contains(where: { !seen.insert($0.id).inserted }) else { return }
        for i in agreements.indices {
            let a = agreements[i]
            if a.attributes["key"] == nil { agreements[i].attributes["key"] = AttributeValue.edgeKey(a.id) }
            agreements[i].id = "\(a.from)-\(a.to)-\(a.id)"
        }
    }
}

extension AttributeValue {
    /// A multigraph edge key read as text: an integer when the text is exactly one ("0",
    /// not "007"), as networkx reads GraphML edge ids; otherwise the text.
    public static func edgeKey(_ text: String) -> AttributeValue {
        if let number = Int(text), String(number) == text { return .integer(number) }
        return .string(text)
    }
}
