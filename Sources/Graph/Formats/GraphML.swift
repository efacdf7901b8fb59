/// GraphML (http://graphml.graphdrawing.org), as networkx, igraph, yEd and Gephi write it.
///
/// Nodes and agreements carry their fields as `<data>` of keys named like the native CSV
/// columns (`label`, `type`, ..., `kind`, `date`, `directed`, `weight`, `source`, ...), then
/// their free attributes with their types; `Dataset.metadata` is graph-level data and the
/// sources are one graph-level key `sources` holding a JSON array. So a round trip through
/// GraphML is lossless (except that a free attribute whose values mix text with other types
/// is written as text, as every typed column must be).
///
/// Direction: a dataset with at least one directed agreement is written as a directed graph
/// (`edgedefault="directed"`), so that networkx and igraph keep every directed agreement's
/// endpoint order when they read and rewrite the file. When it also has undirected
/// agreements, every edge carries a boolean `directed` data value (false for the undirected
/// ones; true on the others too, because igraph fills a missing boolean with false). A data
/// key, not the XML attribute `directed="false"`, which networkx refuses in a directed graph.
/// A dataset of undirected agreements only is an undirected graph without `directed` data.
/// Reading, a per-edge `directed` data value or XML attribute overrides `edgedefault`.
///
/// Ids and multigraph keys: each edge carries the agreement id as `id` data, which igraph
/// keeps (igraph 1.0 loses XML edge ids). Its XML `id` is the agreement id too, except for an
/// agreement with a `key` attribute (a networkx multigraph edge key): then the XML id is the
/// key, which networkx reads back as the key. Reading, an `id` data value is the agreement (or
/// node) id, and an XML id that differs from it becomes `key` (an integer when it is one; a
/// key whose text is the id itself is therefore not kept). igraph writes its own node ids
/// (`n0`, ...) and the original ones as `id` data: those are the node ids, and edge endpoints
/// are mapped to them.
///
/// Numbers: the `weight` key is `long` when every weight is an integer, `double` when every
/// weight is a double. When weights mix both, there are two keys named `weight`, one `long`
/// and one `double`, and each edge uses the key of its value's type (as networkx writes mixed
/// types, and reads them back typed); the same holds for a free attribute whose values mix
/// integers and doubles. igraph 1.0 refuses a file with two keys of one name ("Duplicate
/// attribute name"). `<hyperedge>` is an error: agreements join two actors. A free attribute
/// whose name is a field's (or `id`, or an edge's `key`) is not written.
///
/// Foreign files: a node's label is its `label` data, else the text of a yEd `y:NodeLabel`,
/// else its id; other keys become free attributes (igraph's `name` stays `name`); yEd graphics
/// keys (`yfiles.type`) are ignored; a key's `<default>` applies where its data is missing.
/// Edges without an id get `e<position>`. References are not checked here (validation does).
public enum GraphMLFormat {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    public static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        try XMLReader.read(bytes, file: file) { xml in
            var reader = GraphMLReader()
            try reader.readDocument(&xml)
            reader.renameEndpoints()
            return reader.dataset
        }
    }

    public static func write(_ dataset: Dataset) -> String {
        GraphMLWriter(dataset: dataset).write()
    }

    static func type(named name: String) -> AttributeType? {
        switch name {
        case "string": return .string
        case "int", "long": return .integer
        case "float", "double": return .double
        case "boolean": return .boolean
        default: return nil
        }
    }
}

/// A declared `<key>`.
struct GraphMLKey {
    var id: String
    /// `node`, `edge`, `graph`, `all`, ...
    var domain: String
    var name: String
    var type: AttributeType
    var typeName: String
    /// yEd's graphics keys, whose content is markup, not a value.
    var isGraphics: Bool
    var defaultValue: AttributeValue?
}

struct GraphMLReader: XMLElementHandler {
    var dataset = Dataset()
    var keys: [String: GraphMLKey] = [:]
    var records: [PendingRecord] = []
    var defaults: [String: [(name: String, value: AttributeValue)]]?
    /// Node ids given as `id` data (igraph's), by the XML id that edges refer to.
    var renamedNodes: [String: String] = [:]

    mutating func start(_ name: String, at offset: Int, _ xml: inout XMLReader) throws {
        if xml.openElements.count == 1 && name != "graphml" {
            throw xml.error(at: offset, "expected a <graphml> root element, found <\(name)>")
        }
        switch name {
        case "key": try readKey(at: offset, &xml)
        case "graph":
            let edgeDefault = xml.attribute("edgedefault") ?? "undirected"
            guard edgeDefault == "directed" || edgeDefault == "undirected" else {
                throw xml.error(at: offset, "edgedefault is \"\(edgeDefault.abbreviated())\": expected directed or undirected")
            }
            records.append(PendingRecord(kind: .graph, directed: edgeDefault == "directed"))
        case "node": try startNode(at: offset, &xml)
        case "edge": try startEdge(at: offset, &xml)
        case "data": try readData(at: offset, &xml)
        case "hyperedge":
            throw xml.error(at: offset, "<hyperedge> is not supported: expected <edge source=\"...\" target=\"...\"> (an agreement joins two actors)")
        case "port", "desc": try xml.skipElement()
        default: break
        }
    }

    mutating func startNode(at offset: Int, _ xml: inout XMLReader) throws {
        guard let id = xml.attribute("id") else {
            throw xml.error(at: offset, "<node> has no id attribute: expected <node id=\"...\">")
        }
        dataset.nodes.append(Node(id: id))
        dataset.nodeOrigins.append(xml.location(at: offset))
        records.append(PendingRecord(kind: .node, index: dataset.nodes.count - 1))
    }

    mutating func startEdge(at offset: Int, _ xml: inout XMLReader) throws {
        guard let from = xml.attribute("source"), let to = xml.attribute("target") else {
            let missing = xml.attribute("source") == nil ? "source" : "target"
            throw xml.error(at: offset, "<edge> has no \(missing) attribute: expected <edge source=\"...\" target=\"...\">")
        }
        var directed = records.last(where: { $0.kind == .graph })?.directed ?? false
        if let flag = xml.attribute("directed") {
            guard flag == "true" || flag == "false" else {
                throw xml.error(at: offset, "directed is \"\(flag.abbreviated())\": expected true or false")
            }
            directed = flag == "true"
        }
        // The XML id ("" when absent) until the edge ends: an `id` data value may replace it.
        dataset.agreements.append(Agreement(id: xml.attribute("id") ?? "", from: from, to: to, directed: directed))
        dataset.agreementOrigins.append(xml.location(at: offset))
        records.append(PendingRecord(kind: .edge, index: dataset.agreements.count - 1, directed: directed))
    }

    /// Builds the record whose element ends, with key defaults where its data is missing.
    mutating func finish(_ name: String) {
        guard let kind = PendingRecord.Kind(rawValue: name), let record = records.popLast() else { return }
        var values = record.values
        if defaults == nil { defaults = keyDefaults() }
        for (name, value) in defaults?[kind.rawValue] ?? [] where values[name] == nil {
            values[name] = value
        }
        switch kind {
        case .graph:
            for (name, value) in values { dataset.metadata[name] = value }
        case .node:
            let xmlID = dataset.nodes[record.index].id
            let id = Self.takeID(from: &values) ?? xmlID
            if id != xmlID { renamedNodes[xmlID] = id }
            dataset.nodes[record.index] = RecordFields.node(id: id, values: values, fallbackLabel: record.graphicsLabel)
        case .edge:
            let edge = dataset.agreements[record.index]
            let dataID = Self.takeID(from: &values)
            var agreement = RecordFields.agreement(
                id: dataID ?? (edge.id.isEmpty ? Agreement.defaultID(record.index) : edge.id), from: edge.from, to: edge.to,
                directed: record.directed, values: values,
                at: dataset.origin(ofAgreement: record.index) ?? SourceLocation(file: ""), findings: &dataset.readingFindings)
            if let dataID, !edge.id.isEmpty, edge.id != dataID { agreement.attributes["key"] = AttributeValue.edgeKey(edge.id) }
            dataset.agreements[record.index] = agreement
        }
    }

    /// Removes the reserved `id` data value and returns it, unless empty (igraph writes ""
    /// for a missing string).
    static func takeID(from values: inout FieldValues) -> String? {
        guard let value = values["id"] else { return nil }
        values["id"] = nil
        let text = value.description
        return text.isEmpty ? nil : text
    }

    /// Points edges at the node ids given as `id` data (edges name nodes by their XML ids).
    mutating func renameEndpoints() {
        guard !renamedNodes.isEmpty else { return }
        for i in dataset.agreements.indices {
            if let id = renamedNodes[dataset.agreements[i].from] { dataset.agreements[i].from = id }
            if let id = renamedNodes[dataset.agreements[i].to] { dataset.agreements[i].to = id }
        }
    }

    /// The default values of the keys, by the domain they apply to (computed once, not per record).
    func keyDefaults() -> [String: [(name: String, value: AttributeValue)]] {
        var defaults: [String: [(name: String, value: AttributeValue)]] = [:]
        for key in keys.values {
            guard let value = key.defaultValue else { continue }
            for domain in key.domain == "all" ? ["graph", "node", "edge"] : [key.domain] {
                defaults[domain, default: []].append((key.name, value))
            }
        }
        return defaults
    }

    mutating func readKey(at offset: Int, _ xml: inout XMLReader) throws {
        defaults = nil
        guard let id = xml.attribute("id") else {
            throw xml.error(at: offset, "<key> has no id attribute: expected <key id=\"...\" for=\"node\" attr.name=\"...\" attr.type=\"...\">")
        }
        let typeName = xml.attribute("attr.type") ?? "string"
        guard let type = GraphMLFormat.type(named: typeName) else {
            throw xml.error(at: offset, "key \(id) has attr.type=\"\(typeName.abbreviated())\": expected one of boolean, int, long, float, double, string")
        }
        let graphicsType = xml.attribute("yfiles.type")
        var key = GraphMLKey(id: id, domain: xml.attribute("for") ?? "all", name: xml.attribute("attr.name") ?? graphicsType ?? id,
                             type: type, typeName: typeName, isGraphics: graphicsType != nil)
        let depth = xml.openElements.count
        while xml.openElements.count >= depth {
            guard case .start(let name, let childOffset) = try xml.next() else { continue }
            guard name.xmlLocalName == "default" else { try xml.skipElement(); continue }
            let text = try xml.readElementText()
            guard let value = RecordFields.parse(text, as: type) else {
                throw mistyped(text, key: key, at: childOffset, in: name, &xml)
            }
            key.defaultValue = value
        }
        keys[id] = key
    }

    mutating func readData(at offset: Int, _ xml: inout XMLReader) throws {
        guard let keyID = xml.attribute("key") else {
            throw xml.error(at: offset, "<data> has no key attribute: expected <data key=\"...\">")
        }
        guard let key = keys[keyID] else {
            throw xml.error(at: offset, "<data key=\"\(keyID.abbreviated())\"> refers to no declared key: expected a <key id=\"\(keyID.abbreviated())\"> before the graph")
        }
        let element = xml.openElements.last?.name ?? "data"
        let (text, label) = try readDataContent(&xml)
        if key.isGraphics {
            if let last = records.indices.last, records[last].graphicsLabel == nil { records[last].graphicsLabel = label }
            return
        }
        if (records.last?.kind ?? .graph) == .graph && key.name == "sources" {
            let origin = xml.location(at: offset)
            do {
                let sources = try SourceRecordsJSON.decode(text)
                dataset.sources += sources
                dataset.sourceOrigins += Array(repeating: origin, count: sources.count)
            } catch let message as SourceRecordsJSON.Failure {
                throw xml.error(at: offset, "graph data sources: \(message.text)", inChild: element)
            }
            return
        }
        guard let value = RecordFields.parse(text, as: key.type) else {
            throw mistyped(text, key: key, at: offset, in: element, &xml)
        }
        if let last = records.indices.last {
            records[last].values[key.name] = value
        } else {
            dataset.metadata[key.name] = value  // data of the document, outside any graph
        }
    }

    /// The text directly inside `<data>`, and the first yEd `NodeLabel` text within it.
    func readDataContent(_ xml: inout XMLReader) throws -> (text: String, label: String?) {
        let depth = xml.openElements.count
        var text = "", label: String?
        while xml.openElements.count >= depth {
            switch try xml.next() {
            case .text(let piece) where xml.openElements.count == depth: text += piece
            case .start(let name, _) where name.xmlLocalName == "NodeLabel" && label == nil:
                label = try xml.readElementText().trimmingWhitespace()
            case .endOfDocument: return (text, label)
            default: break
            }
        }
        return (text, label)
    }

    func mistyped(_ text: String, key: GraphMLKey, at offset: Int, in element: String,
                  _ xml: inout XMLReader) -> InputError {
        xml.error(at: offset, "value \"\(text.abbreviated())\" of key \(key.id) (\(key.name)) is not a valid \(key.typeName), as the key's attr.type declares", inChild: element)
    }
}

struct GraphMLWriter {
    let dataset: Dataset

    func write() -> String {
        var xml = XMLWriter()
        xml.start("graphml", [
            "xmlns": GraphMLFormat.namespace,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": GraphMLFormat.namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ])
        let directedGraph = dataset.hasDirectedAgreements
        let mixed = dataset.mixesDirections
        var metadata = dataset.metadata
        if !dataset.sources.isEmpty { metadata["sources"] = .string(SourceRecordsJSON.encode(dataset.sources)) }
        let metadataColumns = Dataset.unifiedTypes([metadata]).map { (name: $0.key, type: $0.type) }
        let nodeColumns = RecordFields.columns(fields: RecordFields.node, used: usedNodeFields(),
                                               attributes: dataset.nodeAttributeTypes, alsoReserved: ["id"])
        let weightType = RecordFields.weightType(of: dataset.agreements)
        let edgeFields = [("id", AttributeType.string)] + RecordFields.agreement.map { field in
            field.name == "weight" ? (field.name, weightType) : field
        }
        let edgeColumns = RecordFields.columns(fields: edgeFields, used: usedAgreementFields(mixed: mixed),
                                               attributes: dataset.agreementAttributeTypes, alsoReserved: ["key"])
        var mixedEdgeColumns = Self.mixedNumberColumns(dataset.agreements.lazy.map(\.attributes))
        if dataset.agreements.lazy.compactMap(\.weightValue).mixesIntegersAndDoubles { mixedEdgeColumns.insert("weight") }
        var ids = 0
        let graphKeys = declare(metadataColumns, for: "graph", mixed: [], &ids, &xml)
        let nodeKeys = declare(nodeColumns, for: "node", mixed: Self.mixedNumberColumns(dataset.nodes.lazy.map(\.attributes)),
                               &ids, &xml)
        let edgeKeys = declare(edgeColumns, for: "edge", mixed: mixedEdgeColumns, &ids, &xml)

        xml.start("graph", ["id": "G", "edgedefault": directedGraph ? "directed" : "undirected"])
        writeData(metadata, keys: graphKeys, &xml)
        for node in dataset.nodes {
            xml.start("node", ["id": node.id])
            writeData(RecordFields.values(of: node), keys: nodeKeys, &xml)
            xml.end()
        }
        for agreement in dataset.agreements {
            // A multigraph key is the XML id (networkx's key); the agreement id is always `id` data.
            let key = agreement.attributes["key"]
            xml.start("edge", ["id": key?.description ?? agreement.id, "source": agreement.from, "target": agreement.to])
            var values = RecordFields.values(of: agreement)
            values["id"] = .string(agreement.id)
            writeData(values, keys: edgeKeys, &xml)
            xml.end()
        }
        xml.end()
        xml.end()
        return xml.text
    }

    /// A declared key: `exact` when it holds only values of its own type (one of the two keys
    /// of a column that mixes integers and doubles).
    struct Key {
        var id: String, name: String, type: AttributeType, exact: Bool
    }

    /// Writes a `<key>` per column, two (`long` and `double`) for a column in `mixed`; returns
    /// the keys in column order.
    func declare(_ columns: [(name: String, type: AttributeType)], for domain: String, mixed: Set<String>,
                 _ ids: inout Int, _ xml: inout XMLWriter) -> [Key] {
        columns.flatMap { column in
            let split = mixed.contains(column.name) && column.type == .double
            return (split ? [AttributeType.integer, .double] : [column.type]).map { type in
                let id = "d\(ids)"
                ids += 1
                xml.element("key", ["id": id, "for": domain, "attr.name": column.name, "attr.type": type.xmlTypeName])
                return Key(id: id, name: column.name, type: type, exact: split)
            }
        }
    }

    func writeData(_ values: [String: AttributeValue], keys: [Key], _ xml: inout XMLWriter) {
        for key in keys {
            guard let value = values[key.name], !key.exact || value.type == key.type else { continue }
            xml.element("data", ["key": key.id], content: value.columnText(as: key.type))
        }
    }

    /// The names whose values include both integers and doubles.
    static func mixedNumberColumns<S: Sequence>(_ sets: S) -> Set<String> where S.Element == Attributes {
        var types: [String: Set<AttributeType>] = [:]
        for attributes in sets {
            for (name, value) in attributes where value.type == .integer || value.type == .double {
                types[name, default: []].insert(value.type)
            }
        }
        return Set(types.filter { $0.value.count == 2 }.keys)
    }

    func usedNodeFields() -> Set<String> {
        var used: Set<String> = ["label"]
        for node in dataset.nodes {
            if node.type != nil { used.insert("type") }
            if node.country != nil { used.insert("country") }
            if node.within != nil { used.insert("within") }
            if !node.aliases.isEmpty { used.insert("aliases") }
        }
        return used
    }

    func usedAgreementFields(mixed: Bool) -> Set<String> {
        var used: Set<String> = mixed ? ["directed", "id"] : ["id"]
        for agreement in dataset.agreements {
            if agreement.kind != nil { used.insert("kind") }
            if agreement.date != nil { used.insert("date") }
            if agreement.endDate != nil { used.insert("end_date") }
            if agreement.status != nil { used.insert("status") }
            if agreement.weight != nil { used.insert("weight") }
            let provenance = agreement.provenance
            if provenance.source != nil { used.insert("source") }
            if provenance.locator != nil { used.insert("locator") }
            if provenance.quote != nil { used.insert("quote") }
            if provenance.url != nil { used.insert("url") }
        }
        return used
    }
}
