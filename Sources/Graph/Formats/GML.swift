/// GML, the Graph Modelling Language, as networkx (`read_gml`/`write_gml`), igraph
/// (`Graph.Read_GML`/`write_gml`), Cytoscape, Gephi and yEd use it:
/// `graph [ directed 1 multigraph 1 node [ id 0 label "minsk" ... ] edge [ source 0 target 1 key "a1" ... ] ]`.
/// The syntax (keys, values, escaping) is in `GMLSyntax.swift`.
///
/// **Node ids.** GML's `id` is an integer; networkx names each node by its `label` (and
/// refuses duplicate labels). So Twinning writes `id` = the node's position, `label` = the
/// Twinning id, and the human label as `name` (only when it differs from the id). networkx
/// then names nodes by their Twinning ids and keeps `name` as an attribute; igraph keeps
/// `id`, `label` and `name` as vertex attributes; both write them back. Reading, the Twinning
/// id is the `label` when every node has one and they are all different (networkx's rule);
/// else the `name` on the same condition (igraph's vertex names); else the GML `id` as text.
/// The human label is then `name` (when `label` is the id), `label` (when `name` or `id` is),
/// else the id.
///
/// **Agreements.** `source`/`target` are GML node ids. The agreement id is the networkx
/// multigraph `key` when the graph has parallel agreements (`multigraph 1`), else an `id`
/// string. Reading, the id is `id`, else `key`, else `e<position>`; where keys repeat
/// (networkx's 0, 1, ...), the id becomes `from-to-key` and the key is kept, typed, in the
/// attribute `key`, which is written back as the `key` (so `G[u][v][0]` works after a round
/// trip). Fields keep their native names (`kind`, `date`, `end_date`, `status`, `weight`,
/// `locator`, `quote`, `url`), except the provenance `source`, which is `source_id`
/// (`source` is the endpoint); `enddate` and `sourceid` (igraph removes `_` from keys) are
/// read too. Dates are strings with their precision. Integers stay integers, reals reals.
///
/// **Direction** (project rule): a dataset with any directed agreement is written
/// `directed 1`, each undirected agreement then with `directed 0`; an undirected dataset
/// omits `directed`. Reading, an edge's `directed` (0/1, or true/false) overrides the graph.
///
/// **Layout.** Node attributes `x`, `y`, `z`, `size`, `color` are `graphics [ x y z w h fill ]`
/// (`size` as both `w` and `h`); edge `thickness` and `color` are `graphics [ width fill ]`.
/// Other graphics values are read as attributes `graphics_<key>` and written back inside
/// `graphics`; nested graphics (yEd's `Line [ point ... ]`) are dropped with a warning.
///
/// **What GML cannot say.** GML has no booleans and keys must be `[A-Za-z][A-Za-z0-9_]*`. A
/// graph-level list `twinning [ attribute [ for "node" key "capital" type "boolean" ]
/// attribute [ for "node" key "with_space" name "with space" ] ]` records which keys hold
/// booleans (written 1/0, as networkx writes Python booleans), which hold integers beyond 32
/// bits (`type "integer"`: networkx rewrites those as strings, read back as integers), and
/// the real names of keys that had to be renamed (or that collide with GML's own keys);
/// networkx keeps this list on rewrite, so Twinning → GML → Twinning and → networkx →
/// Twinning are lossless. igraph
/// drops it (and non-ASCII text, which it does not decode; and `_` in keys), so after igraph
/// booleans read as integers 0/1 and renamed keys keep their GML names. Metadata goes in
/// the graph list; the sources are one graph string `sources` holding a JSON array, as in
/// GraphML. A value that is a nested list, or a key repeated inside one record, is dropped
/// with a warning finding (networkx would make a dict or a list of it).
///
/// Malformed input is a located error (`file:line:column`): an unclosed list or string, a
/// missing value, a node without `id`, a duplicated node id, an edge naming an unknown node.
public enum GMLFormat {
    public static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        let entries = try GMLParser.parse(bytes, file: file)
        var reader = GMLReader(file: file)
        return try reader.read(entries)
    }

    public static func write(_ dataset: Dataset) -> String {
        var writer = GMLWriter(dataset: dataset)
        return writer.write()
    }

    /// Keys with a structural meaning in each record kind, which free attributes cannot take.
    static let structuralKeys: [String: Set<String>] = [
        "graph": ["directed", "multigraph", "node", "edge", "twinning", "sources", "graphics"],
        "node": ["id", "label", "name", "graphics", "type", "country", "within", "aliases"],
        "edge": ["source", "target", "key", "id", "directed", "graphics", "kind", "date", "end_date", "enddate",
                 "status", "weight", "source_id", "sourceid", "locator", "quote", "url"],
    ]

    /// Reserved GML keys of an edge and the Twinning field each fills.
    static let edgeFieldAliases: [String: String] = ["source_id": "source", "sourceid": "source", "enddate": "end_date"]

    static func isValidKey(_ key: String) -> Bool {
        guard let first = key.utf8.first, GMLParser.isLetter(first), first != UInt8(ascii: "_") else { return false }
        return key.utf8.allSatisfy { GMLParser.isLetter($0) || GMLParser.isDigit($0) }
    }
}

/// A key that Twinning renamed or typed, from the graph's `twinning` list.
struct GMLKeyNote {
    var name: String
    /// `type`: `boolean` or `integer`, if given.
    var type: String?
}

struct GMLReader {
    let file: String
    var dataset = Dataset()
    /// By record kind (`graph`, `node`, `edge`), then GML key.
    var notes: [String: [String: GMLKeyNote]] = [:]

    init(file: String) { self.file = file }

    func location(_ entry: GMLEntry) -> SourceLocation {
        SourceLocation(file: file, line: entry.line, column: entry.column)
    }

    func warn(_ entry: GMLEntry, _ message: String) -> Finding {
        Finding(.warning, location(entry), message)
    }

    mutating func read(_ entries: [GMLEntry]) throws -> Dataset {
        let graphs = entries.filter { $0.key == "graph" }
        guard let graph = graphs.first else {
            throw InputError(SourceLocation(file: file, line: 1, column: 1), "expected a 'graph [ ... ]' list, found none")
        }
        if graphs.count > 1 {
            throw InputError(location(graphs[1]), "expected one graph, found a second 'graph' (the first is at line \(graph.line))")
        }
        guard case .list(let items) = graph.value else {
            throw InputError(location(graph), "expected 'graph' to be a list '[ ... ]', found a single value")
        }
        readNotes(items)
        var directed = false
        var nodeEntries: [GMLEntry] = [], edgeEntries: [GMLEntry] = []
        for item in items {
            switch item.key {
            case "node": nodeEntries.append(item)
            case "edge": edgeEntries.append(item)
            case "directed": directed = try flag(item)
            case "multigraph", "twinning": break
            case "sources": try readSources(item)
            default:
                if let value = attributeValue(item, kind: "graph") {
                    dataset.metadata[name(of: item.key, kind: "graph")] = value
                }
            }
        }
        let gmlIDs = try readNodes(nodeEntries)
        try readEdges(edgeEntries, gmlIDs: gmlIDs, directed: directed)
        return dataset
    }

    func flag(_ entry: GMLEntry) throws -> Bool {
        switch entry.value {
        case .integer(let i) where i == 0 || i == 1: return i == 1
        case .string(let s) where ["true", "false"].contains(s.lowercased()): return s.lowercased() == "true"
        default: throw InputError(location(entry), "expected '\(entry.key)' as 0 or 1, found \(describe(entry.value))")
        }
    }

    func describe(_ value: GMLValue) -> String {
        switch value {
        case .integer(let i): return String(i)
        case .real(let d): return AttributeValue.format(d)
        case .string(let s): return "\"\(s.abbreviated())\""
        case .list: return "a list"
        }
    }

    mutating func readNotes(_ items: [GMLEntry]) {
        for case .list(let notes) in items.filter({ $0.key == "twinning" }).map(\.value) {
            for case .list(let fields) in notes.filter({ $0.key == "attribute" }).map(\.value) {
                var values: [String: String] = [:]
                for field in fields { if case .string(let s) = field.value { values[field.key] = s } }
                guard let kind = values["for"], let key = values["key"] else { continue }
                self.notes[kind, default: [:]][key] = GMLKeyNote(name: values["name"] ?? key, type: values["type"])
            }
        }
    }

    func name(of key: String, kind: String) -> String {
        notes[kind]?[key]?.name ?? key
    }

    /// The attribute value of a simple entry (booleans and integers written as text where the
    /// notes say so); nil, with a warning, for a nested list.
    mutating func attributeValue(_ entry: GMLEntry, kind: String) -> AttributeValue? {
        let type = notes[kind]?[entry.key]?.type
        switch entry.value {
        case .integer(let i):
            if type == "boolean" && (i == 0 || i == 1) { return .boolean(i == 1) }
            return .integer(i)
        case .real(let d): return .double(d)
        case .string(let s):
            if type == "integer", let i = Int(s) { return .integer(i) }
            return .string(s)
        case .list:
            dataset.readingFindings.append(warn(entry, "\(kind) value '\(entry.key)' is a nested list, which Twinning does not keep; dropped"))
            return nil
        }
    }

    func text(_ value: GMLValue) -> String? {
        switch value {
        case .integer(let i): return String(i)
        case .real(let d): return AttributeValue.format(d)
        case .string(let s): return s
        case .list: return nil
        }
    }

    mutating func readSources(_ entry: GMLEntry) throws {
        guard case .string(let json) = entry.value else {
            throw InputError(location(entry), "expected 'sources' as a string holding a JSON array, found \(describe(entry.value))")
        }
        do {
            let sources = try SourceRecordsJSON.decode(json)
            dataset.sources += sources
            dataset.sourceOrigins += Array(repeating: location(entry), count: sources.count)
        } catch let failure as SourceRecordsJSON.Failure {
            throw InputError(location(entry), "graph sources: \(failure.text)")
        }
    }
}
