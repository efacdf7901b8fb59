/// JSON in networkx's node-link shape (`nx.node_link_data` / `nx.node_link_graph`):
/// `{"directed", "multigraph", "graph": {...}, "nodes": [{"id", ...}], "edges": [{"source",
/// "target", "key", ...}]}`. Reading also accepts the older `"links"` member.
///
/// Fields go through `RecordFields` (the one home of reserved names) with JSON's own types:
/// node `label`, `type`, `country`, `within`, `aliases` (joined by `;`; an array is read
/// too); edge `kind`, `date`, `end_date`, `status`, `directed`, `weight`, `locator`, `quote`,
/// `url`. On edges `source`/`target` are the endpoints, as networkx requires, so the
/// provenance source is `source_id`. A value that does not parse (a weight that is not a
/// number, a bad date, a `directed` that is not a boolean) is an error finding located by
/// its path (`file (\$.edges[3]: weight)`). A free attribute with a reserved name is not written.
///
/// Direction: as in GraphML, a dataset with a directed agreement is `"directed": true`, and
/// when it also has undirected agreements every edge carries a boolean `directed`; an edge's
/// `directed` overrides the graph's. Types: integers stay integers (weights too); node ids
/// that networkx wrote as integers are written back as integers (`Dataset.nodeIDType`).
/// Multigraph keys: the graph is a multigraph when two agreements join the same pair or an
/// agreement has a `key` attribute; `key` is then that attribute (typed, e.g. 0) or the
/// agreement id. An edge without `id` gets `source-target-key` (or `e<position>`).
/// Metadata goes into `graph`, sources into `graph.sources` (an array).
public enum NodeLinkJSON {
    // MARK: Reading

    public static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        // networkx's json.dumps writes NaN and Infinity; a weight refuses them (RecordFields).
        let root = try JSONReader.parse(bytes, file: file, pythonNumbers: true)
        let at = { (path: String) in SourceLocation(file: file, element: path) }
        guard case .object = root else { throw InputError(at("$"), "expected a node-link object {\"nodes\": [...], \"edges\": [...]}, found \(root.kindName)") }
        var dataset = Dataset()
        var findings: [Finding] = []
        let graphDirected: Bool
        switch root["directed"] {
        case nil, .null?: graphDirected = false
        case .bool(let b)?: graphDirected = b
        case let other?: throw InputError(at("$.directed"), "expected true or false, found \(other.kindName)")
        }
        if let graph = root["graph"] {
            try readGraph(graph, at: at, into: &dataset, findings: &findings)
        }
        guard case .array(let nodes)? = root["nodes"] else {
            throw InputError(at("$.nodes"), "expected an array of nodes, found \(root["nodes"]?.kindName ?? "nothing")")
        }
        for (n, item) in nodes.enumerated() {
            try readNode(item, path: "$.nodes[\(n)]", at: at, into: &dataset, findings: &findings)
        }
        let integerIDs = nodes.allSatisfy { if case .integer? = $0["id"] { return true } else { return false } }
        if integerIDs && !nodes.isEmpty { dataset.nodeIDType = .integer }
        let edgesKey = root["edges"] != nil ? "edges" : "links"
        switch root[edgesKey] {
        case nil: break
        case .array(let edges)?:
            for (e, item) in edges.enumerated() {
                try readEdge(item, path: "$.\(edgesKey)[\(e)]", graphDirected: graphDirected, at: at, into: &dataset, findings: &findings)
            }
        case let other?: throw InputError(at("$.\(edgesKey)"), "expected an array of edges, found \(other.kindName)")
        }
        dataset.readingFindings = findings
        return dataset
    }

    private static func readGraph(_ graph: JSONValue, at: (String) -> SourceLocation, into dataset: inout Dataset, findings: inout [Finding]) throws {
        guard case .object(let members) = graph else { throw InputError(at("$.graph"), "expected an object, found \(graph.kindName)") }
        for (key, value) in members {
            if key == "sources", case .array(let records) = value {
                for (s, record) in records.enumerated() {
                    try readSource(record, path: "$.graph.sources[\(s)]", at: at, into: &dataset)
                }
            } else if let attribute = AttributeValue(json: value) {
                dataset.metadata[key] = attribute
            }
        }
    }

    private static func readSource(_ record: JSONValue, path: String, at: (String) -> SourceLocation, into dataset: inout Dataset) throws {
        guard let source = SourceRecord(json: record) else {
            throw InputError(at(path), "expected a source object with a string \"id\", found \(record.kindName)")
        }
        dataset.sources.append(source)
        dataset.sourceOrigins.append(at(path))
    }

    private static func readNode(_ item: JSONValue, path: String, at: (String) -> SourceLocation, into dataset: inout Dataset, findings: inout [Finding]) throws {
        guard case .object(let members) = item else { throw InputError(at(path), "expected a node object, found \(item.kindName)") }
        guard let id = identifier(item["id"]) else {
            throw InputError(at(path + ".id"), "expected a node \"id\" (a string or a number), found \(item["id"]?.kindName ?? "nothing")")
        }
        var values = FieldValues()
        for (name, value) in members where name != "id" {
            if name == "aliases", case .array(let list) = value {
                values[name] = .string(list.compactMap { item -> String? in
                    if case .string(let alias) = item { return alias }
                    return nil
                }.joined(separator: ";"))
            } else if let attribute = AttributeValue(json: value) {
                values[name] = attribute
            }
        }
        dataset.nodes.append(RecordFields.node(id: id, values: values))
        dataset.nodeOrigins.append(at(path))
    }

    /// An agreement from an edge object. `source`/`target` are the endpoints, `source_id` the
    /// provenance source; without an `id`, a networkx `key` makes the id `source-target-key`.
    /// A `key` is kept (typed) in the attribute `key`, unless it is just the id as text (as
    /// Twinning writes it for agreements without a key).
    private static func readEdge(_ item: JSONValue, path: String, graphDirected: Bool, at: (String) -> SourceLocation,
                                 into dataset: inout Dataset, findings: inout [Finding]) throws {
        guard case .object(let members) = item else { throw InputError(at(path), "expected an edge object, found \(item.kindName)") }
        guard let from = identifier(item["source"]), let to = identifier(item["target"]) else {
            throw InputError(at(path), "expected \"source\" and \"target\" node ids on the edge")
        }
        var values = FieldValues()
        for (name, value) in members {
            guard let attribute = AttributeValue(json: value) else { continue }
            switch name {
            case "source_id": values["source"] = attribute
            case "source", "target", "id", "key": continue  // endpoints and identity, read above
            default: values[name] = attribute
            }
        }
        let key = item["key"].flatMap(AttributeValue.init(json:))
        let id = identifier(item["id"]) ?? key.map { "\(from)-\(to)-\($0)" } ?? Agreement.defaultID(dataset.agreements.count)
        var agreement = RecordFields.agreement(id: id, from: from, to: to, directed: graphDirected, values: values,
                                               at: at(path), findings: &findings)
        if let key, key != .string(id) { agreement.attributes["key"] = key }
        dataset.agreements.append(agreement)
        dataset.agreementOrigins.append(at(path))
    }

    /// A node or edge id: JSON strings as they are, numbers as their text (networkx writes
    /// integer node ids as numbers).
    private static func identifier(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .integer(let i)?: return String(i)
        case .double(let d)?: return AttributeValue.format(d)
        default: return nil
        }
    }

    // MARK: Writing

    public static func write(_ dataset: Dataset) -> String {
        let directedGraph = dataset.hasDirectedAgreements
        let mixed = dataset.mixesDirections
        let multigraph = dataset.isMultigraph(ordered: directedGraph)
        let ids = IDWriter(dataset)
        var graph = dataset.metadata.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }
        if !dataset.sources.isEmpty {
            graph.removeAll { $0.0 == "sources" }  // the source records take the name
            graph.append(("sources", .array(dataset.sources.map(\.json))))
        }
        let nodes = dataset.nodes.map { nodeObject($0, ids: ids) }
        let edges = dataset.agreements.map { edgeObject($0, multigraph: multigraph, mixed: mixed, ids: ids) }
        let root: JSONValue = .object([
            ("directed", .bool(directedGraph)), ("multigraph", .bool(multigraph)),
            ("graph", .object(graph)), ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
        return root.serialized(indent: 1) + "\n"
    }

    /// Node ids as JSON: numbers when the dataset was read with integer ids and every node id
    /// is still an integer's text (`Dataset.nodeIDType`), else strings.
    struct IDWriter {
        let numbers: Bool

        init(_ dataset: Dataset) {
            numbers = dataset.nodeIDType == .integer && dataset.nodes.allSatisfy { Int($0.id).map(String.init) == $0.id }
        }

        func callAsFunction(_ id: String) -> JSONValue {
            if numbers, let number = Int(id), String(number) == id { return .integer(number) }
            return .string(id)
        }
    }

    /// Free attributes, without those whose names the format or a field uses (never twice).
    private static func free(_ attributes: Attributes, reserved: Set<String>) -> [(String, JSONValue)] {
        attributes.filter { !reserved.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }
    }

    static let reservedNodeNames = Set(["id"] + RecordFields.node.map(\.name))
    static let reservedEdgeNames = Set(["source", "target", "key", "id", "source_id"] + RecordFields.agreement.map(\.name))

    private static func nodeObject(_ node: Node, ids: IDWriter) -> JSONValue {
        var fields = node
        fields.attributes = [:]
        let values = RecordFields.values(of: fields)
        var members: [(String, JSONValue)] = [("id", ids(node.id))]
        for (name, _) in RecordFields.node {
            guard let value = values[name] else { continue }
            members.append((name, name == "within" ? ids(value.description) : value.json))
        }
        return .object(members + free(node.attributes, reserved: reservedNodeNames))
    }

    private static func edgeObject(_ a: Agreement, multigraph: Bool, mixed: Bool, ids: IDWriter) -> JSONValue {
        var members: [(String, JSONValue)] = [("source", ids(a.from)), ("target", ids(a.to))]
        if multigraph { members.append(("key", a.attributes["key"]?.json ?? .string(a.id))) }
        members.append(("id", .string(a.id)))
        var fields = a
        fields.attributes = [:]
        let values = RecordFields.values(of: fields)
        for (name, _) in RecordFields.agreement {
            guard let value = values[name], name != "directed" || mixed else { continue }
            members.append((name == "source" ? "source_id" : name, value.json))
        }
        return .object(members + free(a.attributes, reserved: reservedEdgeNames))
    }
}
