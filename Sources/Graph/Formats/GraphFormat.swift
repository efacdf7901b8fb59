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
    /// Edge list, whitespace-separated (networkx's write_edgelist without data).
    case edgelist
    case dot
    /// An SQLite database (`.sqlite`, `.sqlite3`, `.db`): see `SQLiteSchema`.
    case sqlite
    /// Neo4j bulk-import CSVs, a folder (write only): see `Neo4jImport`.
    case neo4j

    /// The format a path's extension names; a directory (or a path ending in `/`) is native.
    public static func infer(fromPath path: String) -> GraphFormat? {
        var isDirectory: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return .native
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "graphml", "xml": return .graphml
        case "gexf": return .gexf
        case "json": return .json
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "edgelist", "edges", "txt": return .edgelist
        case "dot", "gv": return .dot
        case "sqlite", "sqlite3", "db": return .sqlite
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
        if ["graph", "digraph", "strict"].contains(where: { lower.hasPrefix($0) }) { return .dot }
        if let firstLine = head.split(separator: "\n").first {
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
    /// standard input, its first bytes) says. `names` is an optional id → label file for
    /// edge lists.
    public static func read(_ path: String, format: GraphFormat? = nil, names: String? = nil) throws -> Dataset {
        if path == "-" {
            let bytes = try InputFile.read(path)
            guard let chosen = format ?? GraphFormat.sniff(bytes) else {
                throw InputError(SourceLocation(file: InputFile.standardInputName), "cannot tell the format of standard input; name it with --from")
            }
            return try parse(bytes, file: InputFile.standardInputName, format: chosen, names: names)
        }
        guard let chosen = format ?? GraphFormat.infer(fromPath: path) else {
            throw InputError(SourceLocation(file: path), "cannot tell the format from the extension; expected .graphml, .gexf, .json, .csv, .tsv, .edgelist, .dot, .sqlite (.sqlite3, .db) or a dataset folder (or name it with --from)")
        }
        if chosen == .native { return try NativeFolder.read(folder: path) }
        if chosen == .sqlite { return try SQLiteFormat.read(path: path) }
        if chosen == .neo4j { throw InputError(SourceLocation(file: path), "Neo4j import CSVs are write only; read the dataset from another format") }
        return try parse(try InputFile.read(path), file: path, format: chosen, names: names)
    }

    /// Parses the bytes of a single-file format.
    public static func parse(_ bytes: [UInt8], file: String, format: GraphFormat, names: String? = nil) throws -> Dataset {
        var dataset = try parseRecords(bytes, file: file, format: format, names: names)
        dataset.disambiguateRepeatedAgreementIDs()
        return dataset
    }

    private static func parseRecords(_ bytes: [UInt8], file: String, format: GraphFormat, names: String?) throws -> Dataset {
        switch format {
        case .native:
            throw InputError(SourceLocation(file: file), "a dataset folder cannot be read from standard input; name another format with --from")
        case .json: return try NodeLinkJSON.read(bytes, file: file)
        case .dot: return try DOTFormat.read(bytes, file: file)
        case .csv, .tsv, .edgelist:
            let delimiter: EdgeList.Delimiter = format == .csv ? .comma : format == .tsv ? .tab : .whitespace
            var labels: [String: String] = [:]
            if let names {
                let nameDelimiter: EdgeList.Delimiter = GraphFormat.infer(fromPath: names) == .csv ? .comma : .tab
                labels = try EdgeList.readNames(try InputFile.read(names), file: names, delimiter: nameDelimiter)
            }
            return try EdgeList.read(bytes, file: file, delimiter: delimiter, names: labels)
        case .graphml: return try GraphMLFormat.read(bytes, file: file)
        case .gexf: return try GEXFFormat.read(bytes, file: file)
        case .sqlite:
            throw InputError(SourceLocation(file: file), "an SQLite database cannot be read from standard input; name its file")
        case .neo4j:
            throw InputError(SourceLocation(file: file), "Neo4j import CSVs are write only; read the dataset from another format")
        }
    }

    /// The text of `dataset` in a single-file format.
    public static func text(of dataset: Dataset, as format: GraphFormat) -> String? {
        switch format {
        case .native, .sqlite, .neo4j: return nil
        case .json: return NodeLinkJSON.write(dataset)
        case .dot: return DOTFormat.write(dataset)
        case .csv: return EdgeList.write(dataset, delimiter: .comma)
        case .tsv: return EdgeList.write(dataset, delimiter: .tab)
        case .edgelist: return EdgeList.write(dataset, delimiter: .whitespace)
        case .graphml: return GraphMLFormat.write(dataset)
        case .gexf: return GEXFFormat.write(dataset)
        }
    }

    /// Writes `dataset` to `path` (`-` for standard output) atomically.
    public static func write(_ dataset: Dataset, to path: String, format: GraphFormat? = nil) throws {
        guard let format = format ?? (path == "-" ? nil : GraphFormat.infer(fromPath: path)) else {
            throw InputError(SourceLocation(file: path), "cannot tell the output format; expected an extension (.graphml, .gexf, .json, .csv, .tsv, .edgelist, .dot, .sqlite, .db) or a folder, or --to FORMAT")
        }
        if format == .native {
            guard path != "-" else { throw InputError(SourceLocation(file: path), "a dataset folder cannot be written to standard output; choose another format with --to") }
            try NativeFolder.write(dataset, to: path)
            return
        }
        if format == .sqlite || format == .neo4j {
            guard path != "-" else { throw InputError(SourceLocation(file: path), "\(format == .sqlite ? "an SQLite database" : "Neo4j import CSVs") cannot be written to standard output; name a \(format == .sqlite ? "file" : "folder") with -o") }
            try format == .sqlite ? SQLiteFormat.write(dataset, to: path) : Neo4jImport.write(dataset, to: path)
            return
        }
        try AtomicFile.write(text(of: dataset, as: format)!, to: path)
    }
}
