import Foundation

/// The formats Twinning reads and writes, chosen from a file's extension or named with
/// `--from` / `--to`.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// The native dataset folder (nodes.csv, agreements.csv, sources.csv).
    case native
    case graphml
    case gexf
    /// networkx node-link JSON.
    case json
    /// Edge list, comma-separated.
    case csv
    /// Edge list, tab-separated.
    case tsv
    /// networkx's edge list (`read_edgelist`/`write_edgelist`, data as a Python dict).
    case edgelist
    case dot
    /// Gephi's spreadsheet tables: the edges table, and `<name>-nodes.csv` beside it.
    case gephi
    /// GML (networkx, igraph, Cytoscape).
    case gml
    /// Pajek `.net` (Pajek, UCINET, igraph, networkx).
    case pajek
    /// An SQLite database (`.sqlite`, `.sqlite3`, `.db`): see `SQLiteSchema`.
    case sqlite
    /// Neo4j bulk-import CSVs, a folder (write only): see `Neo4jImport`.
    case neo4j

    /// The format a path's extension names; a directory (or a path ending in `/`) is native.
    /// A `.gz` path takes the format of the extension before it (`X.graphml.gz`).
    public static func infer(fromPath path: String) -> GraphFormat? {
        if Gzip.isCompressedPath(path) {
            let inner = String(path.dropLast(3))
            guard !URL(fileURLWithPath: inner).pathExtension.isEmpty else { return nil }
            return infer(fromPath: inner).flatMap { $0 == .native ? nil : $0 }
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if path.hasSuffix("/") || (exists && isDirectory.boolValue) {
            return .native
        }
        let pathExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        // An existing file without an extension (`/dev/null`, `/dev/fd/63`, `mkfifo pipe`) is
        // not a folder to be: its format is named with --from/--to, or sniffed when read.
        if exists && pathExtension.isEmpty { return nil }
        switch pathExtension {
        case "graphml", "xml": return .graphml
        case "gexf": return .gexf
        case "json": return .json
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "edgelist", "edges", "txt": return .edgelist
        case "dot", "gv": return .dot
        case "sqlite", "sqlite3", "db": return .sqlite
        case "gml": return .gml
        case "net", "paj": return .pajek
        case "": return .native
        default: return nil
        }
    }

    /// Guesses the format of standard input from its first bytes.
    public static func sniff(_ bytes: [UInt8]) -> GraphFormat? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).trimmingWhitespace()
        if bytes.starts(with: Array("SQLite format 3\0".utf8)) { return .sqlite }
        if head.hasPrefix("{") { return .json }
        if head.contains("<graphml") { return .graphml }
        if head.contains("<gexf") { return .gexf }
        let lower = head.lowercased()
        if lower.hasPrefix("*vertices") || lower.hasPrefix("*network") || lower.hasPrefix("%") { return .pajek }
        if head.range(of: #"^(#[^\n]*\n\s*)*((Creator|Version)\s[^\n]*\n\s*)*graph\s*\["#, options: .regularExpression) != nil { return .gml }
        if ["graph", "digraph", "strict"].contains(where: { lower.hasPrefix($0) }) { return .dot }
        if let firstLine = head.split(separator: "\n").first(where: { !$0.hasPrefix("#") }) {
            // networkx's `u v {'weight': 1, ...}` holds commas inside its dictionary.
            let words = firstLine.split(separator: " ", maxSplits: 2)
            if words.count == 3 && words[2].hasPrefix("{") && !firstLine.contains("\t") { return .edgelist }
            if firstLine.contains("\t") { return .tsv }
            if firstLine.contains(",") { return .csv }
            return .edgelist
        }
        return nil
    }

    /// The extensions and names accepted, for messages.
    public static var namesList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Reads and writes datasets in any format: the one place that maps a format to its code.
public enum DatasetIO {
    /// Reads `path` (`-` for standard input) as `format`, or as its extension (or, for
    /// standard input, a FIFO or `<(…)` without one, its first bytes, read once) says; gzip is
    /// inflated wherever the first bytes say so. `names` is an optional names file or nodes table for edge lists (`NodeTable`).
    /// Edge lists report reciprocal duplicates; `dedupe` merges them, in any format
    /// (`Dataset.noteReciprocalDuplicates`). An input that would create more agreements than
    /// `limits` allows is an error naming the limit (`InputLimits`).
    ///
    /// ```swift
    /// let folder = try DatasetIO.read("graphs/belarus-asia")               // a dataset folder
    /// let graphml = try DatasetIO.read("network.graphml.gz")                // gzip from the bytes
    /// let edges = try DatasetIO.read("relations.tsv", names: "names.tsv", dedupe: true)
    /// ```
    public static func read(_ path: String, format: GraphFormat? = nil, names: String? = nil,
                            dedupe: Bool = false, limits: InputLimits = .default) throws -> Dataset {
        if path == "-" {
            return try readStandardInput(InputFile.read(path), format: format, names: names, dedupe: dedupe, limits: limits)
        }
        let inferred = format ?? GraphFormat.infer(fromPath: path)
        if inferred == nil, InputFile.isStream(path) {
            // A FIFO or `<(…)`: read once, then sniffed like standard input.
            return try readStream(InputFile.read(path), file: path, format: nil, names: names, dedupe: dedupe, limits: limits)
        }
        guard let chosen = inferred else {
            throw InputError(SourceLocation(file: path), "cannot tell the format from the extension; expected .graphml, .gexf, .json, .gml, .net, .csv, .tsv, .edgelist, .dot (each also with .gz), .sqlite (.sqlite3, .db) or a dataset folder (or name it with --from)")
        }
        if chosen == .sqlite {
            var dataset = try SQLiteFormat.read(path: path)
            try limits.check(dataset, file: path)
            GeoFields.gather(in: &dataset)
            if dedupe { dataset.noteReciprocalDuplicates(merge: true) }
            return dataset
        }
        if chosen == .neo4j { throw InputError(SourceLocation(file: path), "Neo4j import CSVs are write only; read the dataset from another format") }
        if chosen == .native {
            var dataset = try NativeFolder.read(folder: path)
            try limits.check(dataset, file: path)
            GeoFields.gather(in: &dataset)
            if dedupe { dataset.noteReciprocalDuplicates(merge: true) }
            return dataset
        }
        var nodes = names
        if chosen == .gephi && nodes == nil {
            let beside = GephiTables.nodesPath(besides: path)
            if FileManager.default.fileExists(atPath: beside) { nodes = beside }
        }
        return try parse(try Gzip.decompressIfNeeded(InputFile.read(path), file: path), file: path, format: chosen,
                         names: nodes, dedupe: dedupe, limits: limits)
    }

    /// Reads the bytes of standard input: inflated when they are gzip, then in `format` or the
    /// one their first bytes suggest.
    static func readStandardInput(_ raw: [UInt8], format: GraphFormat?, names: String?, dedupe: Bool = false,
                                  limits: InputLimits = .default) throws -> Dataset {
        try readStream(raw, file: InputFile.standardInputName, format: format, names: names, dedupe: dedupe, limits: limits)
    }

    /// Reads the bytes of a stream (standard input, a FIFO, `<(…)`), read once: inflated when
    /// they are gzip, then in `format` or the one their first bytes suggest.
    static func readStream(_ raw: [UInt8], file: String, format: GraphFormat?, names: String?, dedupe: Bool,
                           limits: InputLimits) throws -> Dataset {
        let bytes = try Gzip.decompressIfNeeded(raw, file: file)
        guard let chosen = format ?? GraphFormat.sniff(bytes) else {
            let what = file == InputFile.standardInputName ? "standard input" : "'\(file)' from its first bytes"
            throw InputError(SourceLocation(file: file), "cannot tell the format of \(what); name it with --from")
        }
        return try parse(bytes, file: file, format: chosen, names: names, dedupe: dedupe, limits: limits)
    }

    /// Parses the bytes of a single-file format, held to `limits`.
    public static func parse(_ bytes: [UInt8], file: String, format: GraphFormat, names: String? = nil,
                             dedupe: Bool = false, limits: InputLimits = .default) throws -> Dataset {
        var dataset = try parseRecords(bytes, file: file, format: format, names: names, limits: limits)
        try limits.check(dataset, file: file)
        if dedupe || [.csv, .tsv, .edgelist, .gephi].contains(format) {
            dataset.noteReciprocalDuplicates(merge: dedupe)
        }
        dataset.disambiguateRepeatedAgreementIDs()
        GeoFields.gather(in: &dataset)
        return dataset
    }

    private static func parseRecords(_ bytes: [UInt8], file: String, format: GraphFormat, names: String?,
                                     limits: InputLimits) throws -> Dataset {
        switch format {
        case .native:
            throw InputError(SourceLocation(file: file), "a dataset folder cannot be read from \(file == InputFile.standardInputName ? "standard input" : "a pipe"); name another format with --from")
        case .json: return try NodeLinkJSON.read(bytes, file: file)
        case .dot: return try DOTFormat.read(bytes, file: file, limits: limits)
        case .csv, .tsv, .edgelist, .gephi:
            let delimiter: EdgeList.Delimiter = format == .tsv ? .tab : format == .edgelist ? .whitespace : .comma
            var nodes: NodeTable?
            if let names {
                let nameDelimiter: EdgeList.Delimiter = GraphFormat.infer(fromPath: names) == .csv ? .comma : .tab
                nodes = try NodeTable.read(try InputFile.read(names), file: names, delimiter: nameDelimiter)
            }
            return try EdgeList.read(bytes, file: file, delimiter: delimiter, nodes: nodes)
        case .graphml: return try GraphMLFormat.read(bytes, file: file)
        case .gexf: return try GEXFFormat.read(bytes, file: file)
        case .gml: return try GMLFormat.read(bytes, file: file)
        case .pajek: return try Pajek.read(bytes, file: file)
        case .sqlite:
            throw InputError(SourceLocation(file: file), "an SQLite database cannot be read from \(file == InputFile.standardInputName ? "standard input" : "a pipe"); name its file")
        case .neo4j:
            throw InputError(SourceLocation(file: file), "Neo4j import CSVs are write only; read the dataset from another format")
        }
    }

    /// The text of `dataset` in a single-file format (Gephi: the edges table). `file` names
    /// the output in an error (an id networkx's edge list cannot hold).
    public static func text(of dataset: Dataset, as format: GraphFormat, file: String = "-") throws -> String? {
        // A place is written under the format's own names (GeoFields).
        let dataset = GeoFields.renamedForWriting(dataset, as: format)
        switch format {
        case .native, .sqlite, .neo4j: return nil
        case .gephi:
            try GephiTables.check(dataset, file: file)
            return GephiTables.edgesText(dataset)
        case .json: return NodeLinkJSON.write(dataset)
        case .dot:
            try DOTFormat.checkLengths(of: dataset, file: file)
            return try DOTFormat.write(dataset, file: file)
        case .csv: return try EdgeList.write(dataset, delimiter: .comma, file: file)
        case .tsv: return try EdgeList.write(dataset, delimiter: .tab, file: file)
        case .edgelist: return try EdgeList.write(dataset, delimiter: .whitespace, file: file)
        case .graphml:
            try WrittenText.refuseNonXML(dataset, file: file, format: "GraphML")
            try WrittenText.refuseMixedTypes(dataset, file: file, format: "GraphML")
            return GraphMLFormat.write(dataset)
        case .gexf:
            try WrittenText.refuseNonXML(dataset, file: file, format: "GEXF")
            try WrittenText.refuseMixedTypes(dataset, file: file, format: "GEXF")
            return GEXFFormat.write(dataset)
        case .gml: return GMLFormat.write(dataset)
        case .pajek:
            try Pajek.check(dataset, file: file)
            return Pajek.write(dataset)
        }
    }

    /// Writes `dataset` to `path` (`-` for standard output) atomically; gzip-compressed when
    /// the path ends in `.gz`.
    ///
    /// ```swift
    /// try DatasetIO.write(dataset, to: "network.gexf")                 // format from the extension
    /// try DatasetIO.write(dataset, to: "network.json.gz")              // gzip-compressed JSON
    /// try DatasetIO.write(dataset, to: "-", format: .graphml)          // standard output
    /// ```
    public static func write(_ dataset: Dataset, to path: String, format: GraphFormat? = nil) throws {
        guard let format = format ?? (path == "-" ? nil : GraphFormat.infer(fromPath: path)) else {
            throw InputError(SourceLocation(file: path), "cannot tell the output format; expected an extension (.graphml, .gexf, .json, .gml, .net, .csv, .tsv, .edgelist, .dot, each also with .gz; .sqlite, .db) or a folder, or --to FORMAT")
        }
        if format == .native {
            guard path != "-" else { throw InputError(SourceLocation(file: path), "a dataset folder cannot be written to standard output; choose another format with --to") }
            try NativeFolder.write(dataset, to: path)
            return
        }
        if format == .sqlite || format == .neo4j {
            guard path != "-" else { throw InputError(SourceLocation(file: path), "\(format == .sqlite ? "an SQLite database" : "Neo4j import CSVs") cannot be written to standard output; name a \(format == .sqlite ? "file" : "folder") with -o") }
            if format == .sqlite { try WrittenText.refuseMixedTypes(dataset, file: path, format: "SQLite") }
            try format == .sqlite ? SQLiteFormat.write(dataset, to: path) : Neo4jImport.write(dataset, to: path)
            return
        }
        if format == .gephi {
            try GephiTables.write(dataset, to: path)
            return
        }
        let bytes = Array(try text(of: dataset, as: format, file: path)!.utf8)
        try AtomicFile.write(Gzip.isCompressedPath(path) ? Gzip.compress(bytes) : bytes, to: path)
    }
}
