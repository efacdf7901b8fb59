import Foundation
import Graph

/// One fuzz harness: a name (the corpus folder `Corpus/<name>` and the value of
/// `FUZZ_HARNESS`) and what it does with one input.
///
/// Reader harnesses (`graphml`, `native`, …) read the input in their format and validate the
/// result; any outcome but a crash is fine. Writer harnesses (`write-graphml`, …) read the
/// input (`RoundTrip.source`), and when the dataset is accepted write it in their format,
/// read that back and trap when it differs (`DatasetComparison`).
struct Harness {
    let name: String
    let run: ([UInt8]) -> Void

    /// Every harness, readers first.
    static let all: [Harness] = readers + writers

    static let readers: [Harness] = [
        Harness(name: "native") { _ = ReadInput.native($0) },
        Harness(name: "graphml") { _ = ReadInput.parse($0, .graphml) },
        Harness(name: "gexf") { _ = ReadInput.parse($0, .gexf) },
        Harness(name: "json") { _ = ReadInput.parse($0, .json) },
        Harness(name: "gml") { _ = ReadInput.parse($0, .gml) },
        Harness(name: "pajek") { _ = ReadInput.parse($0, .pajek) },
        Harness(name: "csv") { _ = ReadInput.parse($0, .csv) },
        Harness(name: "tsv") { _ = ReadInput.parse($0, .tsv) },
        Harness(name: "edgelist") { _ = ReadInput.parse($0, .edgelist) },
        Harness(name: "gephi") { _ = ReadInput.gephi($0) },
        Harness(name: "sqlite") { _ = ReadInput.sqlite($0) },
        Harness(name: "dot") { _ = ReadInput.parse($0, .dot) },
    ]

    static let writers: [Harness] = [
        GraphFormat.native, .graphml, .gexf, .json, .gml, .pajek, .csv, .tsv, .edgelist, .gephi, .sqlite, .dot,
    ].map { format in
        Harness(name: "write-\(format.rawValue)") { RoundTrip.run($0, writer: format) }
    } + [Harness(name: "write-neo4j") { RoundTrip.writeOnly($0) }]
}

/// Reading an input the way the command line does, with `Validation.findings` run on the
/// result (it visits every record, so it exercises what the reader produced).
enum ReadInput {
    static let file = "fuzz-input"

    /// The dataset, when the reader and validation accept it; nil when either refuses.
    static func accepted(_ read: () throws -> Dataset) -> Dataset? {
        guard let dataset = try? read() else { return nil }
        return Validation.hasErrors(Validation.findings(for: dataset)) ? nil : dataset
    }

    static func parse(_ bytes: [UInt8], _ format: GraphFormat) -> Dataset? {
        accepted { try DatasetIO.parse(bytes, file: file, format: format) }
    }

    /// A dataset folder: the input split at NUL bytes into nodes.csv, agreements.csv,
    /// sources.csv and metadata.csv (a part not present is a file not present).
    static func native(_ bytes: [UInt8]) -> Dataset? {
        let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false)
        let folder = Scratch.folder("native")
        for (index, name) in ["nodes.csv", "agreements.csv", "sources.csv", "metadata.csv"].enumerated() {
            Scratch.put(index < parts.count ? Array(parts[index]) : nil, at: folder + "/" + name)
        }
        return accepted { try DatasetIO.read(folder, format: .native) }
    }

    /// Gephi's tables: the edges table, then (after a NUL byte, when present) the nodes table.
    static func gephi(_ bytes: [UInt8]) -> Dataset? {
        let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        let names = Scratch.folder("gephi") + "/edges-nodes.csv"
        Scratch.put(parts.count > 1 ? Array(parts[1]) : nil, at: names)
        return accepted {
            try DatasetIO.parse(Array(parts[0]), file: file, format: .gephi, names: parts.count > 1 ? names : nil)
        }
    }

    /// An SQLite database file.
    static func sqlite(_ bytes: [UInt8]) -> Dataset? {
        let path = Scratch.folder("sqlite") + "/input.sqlite"
        for suffix in ["-wal", "-shm", "-journal"] { Scratch.put(nil, at: path + suffix) }
        Scratch.put(bytes, at: path)
        return accepted { try DatasetIO.read(path, format: .sqlite) }
    }
}

/// Files the harnesses need on disk (dataset folders, Gephi's nodes table, SQLite), in a
/// folder of this process under the temporary folder, removed at exit.
enum Scratch {
    static let root: String = {
        let path = NSTemporaryDirectory() + "twinning-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return path
    }()

    /// A folder under `root`, created when missing.
    static func folder(_ name: String) -> String {
        let path = root + "/" + name
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `bytes` at `path`, or removes the file when `bytes` is nil.
    static func put(_ bytes: [UInt8]?, at path: String) {
        guard let bytes else {
            unlink(path)
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("twinning-fuzz: cannot write scratch file \(path)")
        }
    }
}
