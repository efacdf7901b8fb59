import CGraphviz
import Foundation

/// Graphviz DOT as a data format. Writing gives every node and edge its fields and free
/// attributes as DOT attributes (edges carry their agreement id as `key`, which cgraph keeps
/// as the edge's name); reading goes through Graphviz's own parser, cgraph (`agmemread`),
/// so whatever Graphviz accepts is read. DOT values are untyped: a free attribute reads back
/// as a string.
public enum DOTFormat {
    static let nodeFields = Set(RecordFields.node.map(\.name))

    // MARK: Writing

    /// A DOT `graph` (or `digraph` when every agreement is directed).
    public static func write(_ dataset: Dataset) -> String {
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

    // MARK: Reading

    /// Reads DOT through cgraph. Syntax errors carry cgraph's message and line.
    public static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        let start = try InputFile.checkUTF8(bytes, file: file)
        // cgraph's scanner keeps its line count across parses and counts what it did not
        // consume: trailing whitespace would shift the next parse's error lines.
        var text = String(decoding: bytes[start...], as: UTF8.self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        guard !text.trimmingWhitespace().isEmpty else {
            throw InputError(SourceLocation(file: file, line: 1), "expected a DOT graph ('graph { ... }' or 'digraph { ... }'), found an empty file")
        }
        try DOTSyntax.check(text, file: file)
        return try CGraphLock.withLock {
            _ = agseterr(AGMAX)
            _ = agreseterrors()
            guard let graph = agmemread(text) else {
                throw InputError(location(ofCGraphError: aglasterr(), file: file), "expected a DOT graph: \(cgraphMessage(aglasterr()))")
            }
            defer { agclose(graph) }
            return readGraph(graph, file: file)
        }
    }

    private static func readGraph(_ graph: UnsafeMutablePointer<Agraph_t>, file: String) -> Dataset {
        var dataset = Dataset()
        let directed = agisdirected(graph) != 0
        let nodeSymbols = symbols(graph, kind: AGNODE), edgeSymbols = symbols(graph, kind: AGEDGE)
        for (name, symbol) in symbols(graph, kind: AGRAPH) {
            let value = String(cString: agxget(UnsafeMutableRawPointer(graph), symbol))
            if !value.isEmpty { dataset.metadata[name] = .string(value) }
        }
        var node = agfstnode(graph)
        while let n = node {
            let id = String(cString: agnameof(UnsafeMutableRawPointer(n)))
            let values = attributeValues(of: UnsafeMutableRawPointer(n), nodeSymbols)
            var record = Node(id: id, label: values["label"].flatMap { $0 == "\\N" ? nil : $0 } ?? id,
                              type: values["type"].map(NodeType.init(parsing:)), country: values["country"],
                              within: values["within"])
            record.aliases = (values["aliases"] ?? "").split(separator: ";").map(String.init)
            for (key, value) in values where !nodeFields.contains(key) { record.attributes[key] = .string(value) }
            dataset.nodes.append(record)
            node = agnxtnode(graph, n)
        }
        var tail = agfstnode(graph)
        while let t = tail {
            var edge = agfstout(graph, t)
            while let e = edge {
                dataset.agreements.append(agreement(e, symbols: edgeSymbols, graphDirected: directed, index: dataset.agreements.count,
                                                     file: file, findings: &dataset.readingFindings))
                edge = agnxtout(graph, e)
            }
            tail = agnxtnode(graph, t)
        }
        return dataset
    }

    private static func agreement(_ e: UnsafeMutablePointer<Agedge_t>, symbols: [(String, UnsafeMutablePointer<Agsym_t>)],
                                  graphDirected: Bool, index: Int, file: String, findings: inout [Finding]) -> Agreement {
        let values = attributeValues(of: UnsafeMutableRawPointer(e), symbols)
        let from = String(cString: agnameof(UnsafeMutableRawPointer(twinning_edge_tail(e))))
        let to = String(cString: agnameof(UnsafeMutableRawPointer(twinning_edge_head(e))))
        // cgraph keeps an edge's `key` as its name.
        let name = agnameof(UnsafeMutableRawPointer(e)).map { String(cString: $0) } ?? ""
        var fields = FieldValues()
        for (key, value) in values where key != "key" { fields[key] = .string(value) }
        let location = SourceLocation(file: file, element: "edge \(from) \(graphDirected ? "->" : "--") \(to)")
        return RecordFields.agreement(id: name.isEmpty ? Agreement.defaultID(index) : name, from: from, to: to, directed: graphDirected,
                                      values: fields, at: location, findings: &findings)
    }

    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(String, UnsafeMutablePointer<Agsym_t>)] {
        var result: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            result.append((String(cString: s.pointee.name), s))
            symbol = agnxtattr(graph, kind, s)
        }
        return result
    }

    /// The object's attributes that are set (non-empty).
    private static func attributeValues(of object: UnsafeMutableRawPointer,
                                        _ symbols: [(String, UnsafeMutablePointer<Agsym_t>)]) -> [String: String] {
        var values: [String: String] = [:]
        for (name, symbol) in symbols {
            guard let raw = agxget(object, symbol) else { continue }
            let value = String(cString: raw)
            if !value.isEmpty { values[name] = value }
        }
        return values
    }

    private static func cgraphMessage(_ raw: UnsafeMutablePointer<CChar>?) -> String {
        guard let raw else { return "Graphviz could not parse it" }
        return String(cString: raw).trimmingWhitespace().replacingNewlines()
    }

    /// cgraph reports "syntax error in line N near 'x'": keep the line.
    private static func location(ofCGraphError raw: UnsafeMutablePointer<CChar>?, file: String) -> SourceLocation {
        let message = raw.map { String(cString: $0) } ?? ""
        if let range = message.range(of: "line ") {
            let digits = message[range.upperBound...].prefix { $0.isNumber }
            if let line = Int(digits) { return SourceLocation(file: file, line: line) }
        }
        return SourceLocation(file: file)
    }
}

/// cgraph keeps global parser state: one parse at a time. Public so that the renderer
/// (module Render) takes the same lock.
public enum CGraphLock {
    private static let lock = NSLock()
    public static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// Quoting for DOT text, shared by the data format and the diagram writer.
public enum DOTText {
    /// A double-quoted DOT string that cgraph reads back to exactly `text`: only `"` is
    /// escaped, since cgraph keeps every other backslash and line break as it is. (A value
    /// ending in a backslash, or with a backslash before a line break, cannot be written
    /// losslessly in DOT: cgraph reads those as an escaped quote or a line continuation.)
    public static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A double-quoted label for drawing: Graphviz interprets `\n`, `\l`, `\N`... in labels,
    /// so backslashes are doubled and line breaks become `\n`.
    public static func quotedLabel(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    /// An identifier as DOT accepts it bare, quoted otherwise.
    public static func id(_ text: String) -> String {
        let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]
        let bare = !text.isEmpty && !keywords.contains(text.lowercased())
            && text.unicodeScalars.first.map { !CharacterSet.decimalDigits.contains($0) } == true
            && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_") }
        return bare ? text : quoted(text)
    }

    /// ` [a="x", b="y"]`, or nothing for no attributes.
    public static func attributeList(_ attributes: [(String, String)]) -> String {
        guard !attributes.isEmpty else { return "" }
        return " [" + attributes.map { id($0.0) + "=" + quoted($0.1) }.joined(separator: ", ") + "]"
    }
}
