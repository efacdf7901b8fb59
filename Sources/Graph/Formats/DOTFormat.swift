import Foundation

/// Graphviz DOT as a data format. Writing gives every node and edge its fields and free
/// attributes as DOT attributes (edges carry their agreement id as `key`, which cgraph keeps
/// as the edge's name); reading goes through Graphviz's own parser, cgraph (`agmemread`),
/// so whatever Graphviz accepts is read. DOT values are untyped: a free attribute reads back
/// as a string.
///
/// This target does not link Graphviz: writing is plain text, and reading needs a parser
/// registered in `parser` (`Graphviz.register()` sets it; the `twinning` command does so
/// at startup). Without one, reading DOT is a located error.
public enum DOTFormat {
    static let nodeFields = Set(RecordFields.node.map(\.name))

    // MARK: Writing

    /// A DOT `graph` (or `digraph` when every agreement is directed). Throws an `OutputError`
    /// at `file` naming the element when a name or value cannot be written so that it reads
    /// back as it is (`DOTText.unwritable`), or when an agreement's free attribute `key`
    /// would collide with the `key` that carries its id.
    public static func write(_ dataset: Dataset, file: String = "-") throws -> String {
        try check(dataset, file: file)
        let directed = dataset.isDirected
        var out = (directed ? "digraph" : "graph") + " twinning {\n"
        for (key, value) in dataset.metadata.sorted(by: { $0.key < $1.key }) {
            out += "  " + DOTText.id(key) + "=" + DOTText.quoted(value.description) + ";\n"
        }
        for node in dataset.nodes {
            var attributes: [(String, String)] = [("label", node.label)]
            if let type = node.type { attributes.append(("type", type.rawValue)) }
            if let country = node.country { attributes.append(("country", country)) }
            if let within = node.within { attributes.append(("within", within)) }
            if !node.aliases.isEmpty { attributes.append(("aliases", node.aliases.joined(separator: ";"))) }
            attributes += node.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value.description) }
            out += "  " + DOTText.quoted(node.id) + DOTText.attributeList(attributes) + ";\n"
        }
        let arrow = directed ? " -> " : " -- "
        for a in dataset.agreements {
            var attributes: [(String, String)] = [("key", a.id)]
            if let kind = a.kind { attributes.append(("kind", kind.rawValue)) }
            if let date = a.date { attributes.append(("date", date.description)) }
            if let end = a.endDate { attributes.append(("end_date", end.description)) }
            if let status = a.status { attributes.append(("status", status.rawValue)) }
            if a.directed && !directed { attributes.append(("directed", "true")) }
            if let weight = a.weightValue { attributes.append(("weight", weight.description)) }
            let p = a.provenance
            for (key, value) in [("source", p.source), ("locator", p.locator), ("quote", p.quote), ("url", p.url)] {
                if let value { attributes.append((key, value)) }
            }
            attributes += a.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value.description) }
            out += "  " + DOTText.quoted(a.from) + arrow + DOTText.quoted(a.to) + DOTText.attributeList(attributes) + ";\n"
        }
        return out + "}\n"
    }

    /// Refuses what DOT cannot carry, naming the element and the value: text cgraph reads
    /// back otherwise (`DOTText.unwritable`), an empty or blank text (cgraph keeps no such attribute),
    /// a node label `\N` (Graphviz's "the node's name"), a free attribute `key`.
    static func check(_ dataset: Dataset, file: String) throws {
        try WrittenText.forEach(in: dataset) { text, element in
            let reason = text.trimmingWhitespace().isEmpty ? "nothing but whitespace in it, which cgraph does not keep" : DOTText.unwritable(text)
            guard let reason else { return }
            throw OutputError(SourceLocation(file: file, element: element()),
                              "expected text DOT can carry, found '\(text.abbreviated().replacingNewlines())' with \(reason), which cgraph cannot read back as written; choose GraphML, GEXF or JSON")
        }
        // cgraph keeps names starting with `%` for anonymous objects and renames such a node or edge key.
        for node in dataset.nodes where node.id.hasPrefix("%") {
            throw OutputError(SourceLocation(file: file, element: "node '\(node.id.abbreviated().replacingNewlines())'"),
                              "expected a node id DOT can carry, found one starting with '%', which cgraph keeps for anonymous nodes; choose GraphML, GEXF or JSON")
        }
        for a in dataset.agreements where a.id.hasPrefix("%") {
            throw OutputError(SourceLocation(file: file, element: "agreement '\(a.id.abbreviated().replacingNewlines())'"),
                              "expected an agreement id DOT can carry, found one starting with '%', which cgraph keeps for anonymous edges; choose GraphML, GEXF or JSON")
        }
        for node in dataset.nodes where node.label == "\\N" && node.id != "\\N" {
            throw OutputError(SourceLocation(file: file, element: "node '\(node.id.abbreviated())'"),
                              "expected a label DOT can carry, found '\\N', which Graphviz reads as the node's name; choose GraphML, GEXF or JSON")
        }
        for a in dataset.agreements where a.attributes["key"] != nil {
            throw OutputError(SourceLocation(file: file, element: "agreement '\(a.id.abbreviated())'"),
                              "expected no free attribute 'key' in DOT, where an edge's key is its agreement id, found one; choose GraphML or JSON, which keep both")
        }
    }

    // MARK: Reading

    /// Parses DOT text (trailing whitespace included, never empty) into a `DOTGraph`, or
    /// throws a located error naming the file given; text beyond `limits` (`InputLimits`:
    /// agreements, nesting, string length) is an error naming the limit, before expansion.
    public typealias Parser = @Sendable (_ text: String, _ file: String, _ limits: InputLimits) throws -> DOTGraph

    /// The registered DOT parser, nil until `Graphviz.register()` (or another parser) sets it.
    public static var parser: Parser? {
        get { parserLock.withLock { registeredParser } }
        set { parserLock.withLock { registeredParser = newValue } }
    }

    nonisolated(unsafe) private static var registeredParser: Parser?
    private static let parserLock = NSLock()

    /// Reads DOT through the registered parser. Syntax errors carry the parser's message and line.
    public static func read(_ bytes: [UInt8], file: String, limits: InputLimits = .default) throws -> Dataset {
        guard let parser else {
            throw InputError(SourceLocation(file: file), "reading DOT needs the Graphviz bridge (module GraphvizBridge), and none is registered: call Graphviz.register() first")
        }
        let start = try InputFile.checkUTF8(bytes, file: file)
        let text = String(decoding: bytes[start...], as: UTF8.self)
        guard !text.trimmingWhitespace().isEmpty else {
            throw InputError(SourceLocation(file: file, line: 1), "expected a DOT graph ('graph { ... }' or 'digraph { ... }'), found an empty file")
        }
        return dataset(from: try parser(text, file, limits), file: file)
    }

    /// The dataset a parsed graph describes: reserved attributes become fields, the others free
    /// attributes (as strings).
    static func dataset(from graph: DOTGraph, file: String) -> Dataset {
        var dataset = Dataset()
        for warning in graph.warnings {
            dataset.readingFindings.append(Finding(.warning, SourceLocation(file: file, line: warning.line), "Graphviz: \(warning.message)"))
        }
        for (name, value) in graph.attributes { dataset.metadata[name] = .string(value) }
        for node in graph.nodes {
            let values = Dictionary(node.attributes, uniquingKeysWith: { _, last in last })
            var record = Node(id: node.name, label: values["label"].flatMap { $0 == "\\N" ? nil : $0 } ?? node.name,
                              type: values["type"].flatMap(NodeType.parsed), country: values["country"],
                              within: values["within"])
            record.aliases = (values["aliases"] ?? "").split(separator: ";").map(String.init)
            for (key, value) in node.attributes where !nodeFields.contains(key) { record.attributes[key] = .string(value) }
            dataset.nodes.append(record)
        }
        for edge in graph.edges {
            var fields = FieldValues()
            for (key, value) in edge.attributes where key != "key" { fields[key] = .string(value) }
            let location = SourceLocation(file: file, element: "edge \(edge.tail) \(graph.directed ? "->" : "--") \(edge.head)")
            let id = edge.name.isEmpty ? Agreement.defaultID(dataset.agreements.count) : edge.name
            dataset.agreements.append(RecordFields.agreement(id: id, from: edge.tail, to: edge.head, directed: graph.directed,
                                                             values: fields, at: location, findings: &dataset.readingFindings))
        }
        return dataset
    }
}
