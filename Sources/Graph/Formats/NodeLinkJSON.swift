/// JSON in networkx's node-link shape (`nx.node_link_data` / `nx.node_link_graph`):
/// `{"directed", "multigraph", "graph": {...}, "nodes": [{"id", ...}], "edges": [{"source",
/// "target", "key", ...}]}`. Reading also accepts the older `"links"` member.
///
/// Node fields keep their native names (`label`, `type`, `country`, `within`, `aliases` joined
/// by `;`). On edges `source`/`target` are the endpoints as networkx requires, so the
/// provenance source is written `source_id`; `key` is the agreement id when the graph has
/// parallel agreements. Metadata goes into `graph`, sources into `graph.sources` (an array).
public enum NodeLinkJSON {
    static let nodeFields: Set<String> = ["id", "label", "type", "country", "within", "aliases"]
    static let edgeFields: Set<String> = ["source", "target", "key", "id", "kind", "date", "end_date", "status", "directed",
                                          "weight", "source_id", "locator", "quote", "url"]

    // MARK: Reading

    public static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        let root = try JSONReader.parse(bytes, file: file)
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
        var node = Node(id: id, label: text(item["label"]) ?? id, type: text(item["type"]).map(NodeType.init(parsing:)),
                        country: text(item["country"]), within: identifier(item["within"]))
        switch item["aliases"] {
        case .string(let joined)?: node.aliases = joined.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        case .array(let list)?: node.aliases = list.compactMap(text)
        default: break
        }
        for (key, value) in members where !nodeFields.contains(key) {
            if let attribute = AttributeValue(json: value) { node.attributes[key] = attribute }
        }
        dataset.nodes.append(node)
        dataset.nodeOrigins.append(at(path))
    }

    private static func readEdge(_ item: JSONValue, path: String, graphDirected: Bool, at: (String) -> SourceLocation,
                                 into dataset: inout Dataset, findings: inout [Finding]) throws {
        guard case .object(let members) = item else { throw InputError(at(path), "expected an edge object, found \(item.kindName)") }
        guard let from = identifier(item["source"]), let to = identifier(item["target"]) else {
            throw InputError(at(path), "expected \"source\" and \"target\" node ids on the edge")
        }
        let id = identifier(item["id"]) ?? identifier(item["key"]).map { "\(from)-\(to)-\($0)" } ?? "e\(dataset.agreements.count)"
        var agreement = Agreement(id: id, from: from, to: to, kind: text(item["kind"]).map(AgreementKind.init(parsing:)),
                                  status: text(item["status"]).map(AgreementStatus.init(parsing:)), directed: graphDirected,
                                  provenance: Provenance(source: text(item["source_id"]), locator: text(item["locator"]),
                                                         quote: text(item["quote"]), url: text(item["url"])))
        if case .bool(let directed)? = item["directed"] { agreement.directed = directed }
        agreement.date = NativeFolder.parseDate(text(item["date"]), at: at(path + ".date"), findings: &findings)
        agreement.endDate = NativeFolder.parseDate(text(item["end_date"]), at: at(path + ".end_date"), findings: &findings)
        switch item["weight"] {
        case .integer(let w)?: agreement.weightValue = .integer(w)
        case .double(let w)?: agreement.weightValue = .double(w)
        case nil, .null?: break
        case let other?: findings.append(Finding(.error, at(path + ".weight"), "expected a number, found \(other.kindName)"))
        }
        for (key, value) in members where !edgeFields.contains(key) {
            if let attribute = AttributeValue(json: value) { agreement.attributes[key] = attribute }
        }
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

    private static func text(_ value: JSONValue?) -> String? {
        if case .string(let s)? = value, !s.isEmpty { return s }
        return nil
    }

    // MARK: Writing

    public static func write(_ dataset: Dataset) -> String {
        let multigraph = hasParallelAgreements(dataset)
        var graph = dataset.metadata.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }
        if !dataset.sources.isEmpty {
            graph.append(("sources", .array(dataset.sources.map(\.json))))
        }
        let nodes = dataset.nodes.map(nodeObject)
        let edges = dataset.agreements.map { edgeObject($0, multigraph: multigraph) }
        let root: JSONValue = .object([
            ("directed", .bool(dataset.isDirected)), ("multigraph", .bool(multigraph)),
            ("graph", .object(graph)), ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
        return root.serialized(indent: 1) + "\n"
    }

    static func hasParallelAgreements(_ dataset: Dataset) -> Bool {
        var pairs = Set<String>()
        for a in dataset.agreements {
            let key = a.directed && dataset.isDirected ? a.from + "\u{0}" + a.to : min(a.from, a.to) + "\u{0}" + max(a.from, a.to)
            if !pairs.insert(key).inserted { return true }
        }
        return false
    }

    private static func free(_ attributes: Attributes) -> [(String, JSONValue)] {
        attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }
    }

    private static func nodeObject(_ node: Node) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(node.id)), ("label", .string(node.label))]
        if let type = node.type { members.append(("type", .string(type.rawValue))) }
        if let country = node.country { members.append(("country", .string(country))) }
        if let within = node.within { members.append(("within", .string(within))) }
        if !node.aliases.isEmpty { members.append(("aliases", .string(node.aliases.joined(separator: ";")))) }
        return .object(members + free(node.attributes))
    }

    private static func edgeObject(_ a: Agreement, multigraph: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [("source", .string(a.from)), ("target", .string(a.to))]
        if multigraph { members.append(("key", .string(a.id))) }
        members.append(("id", .string(a.id)))
        if let kind = a.kind { members.append(("kind", .string(kind.rawValue))) }
        if let date = a.date { members.append(("date", .string(date.description))) }
        if let end = a.endDate { members.append(("end_date", .string(end.description))) }
        if let status = a.status { members.append(("status", .string(status.rawValue))) }
        members.append(("directed", .bool(a.directed)))
        if let weight = a.weightValue { members.append(("weight", weight.json)) }
        let p = a.provenance
        for (key, value) in [("source_id", p.source), ("locator", p.locator), ("quote", p.quote), ("url", p.url)] {
            if let value { members.append((key, .string(value))) }
        }
        return .object(members + free(a.attributes))
    }

}
