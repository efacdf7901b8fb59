import Foundation
import Graph

/// The read-write-read check of one writer.
///
/// The input's first byte chooses the reader of the rest (its value modulo 4): node-link
/// JSON, GraphML, a dataset folder (NUL-separated, as the `native` harness), or the writer's
/// own format (JSON again for the formats not read from bytes: folder, SQLite, Neo4j). A
/// dataset the reader and `Validation` accept is written with the writer and read back; the
/// harness traps (a libFuzzer finding) when writing fails with an error other than a
/// documented refusal, when the output is refused, or when it differs from the dataset in
/// what the format carries (`DatasetComparison`).
///
/// With `FUZZ_KEEP_GOING=<folder>` a failing round trip is saved there instead
/// (`<writer>-<n>.input` and a one-line `.txt`, one per distinct kind of difference) and the
/// run goes on, so a long run can collect every kind of writer failure at once.
enum RoundTrip {
    static func source(_ bytes: [UInt8], writer: GraphFormat) -> Dataset? {
        guard let selector = bytes.first else { return nil }
        let rest = Array(bytes.dropFirst())
        switch selector % 4 {
        case 1: return ReadInput.parse(rest, .graphml)
        case 2: return ReadInput.native(rest)
        case 3 where ![.native, .sqlite, .neo4j].contains(writer):
            return writer == .gephi ? ReadInput.gephi(rest) : ReadInput.parse(rest, writer)
        default: return ReadInput.parse(rest, .json)
        }
    }

    static func run(_ bytes: [UInt8], writer: GraphFormat) {
        guard let original = source(bytes, writer: writer) else { return }
        let back: Dataset
        do {
            back = try writeAndRead(original, writer)
        } catch let error as WriterRefusal {
            return fail(bytes, writer, "written output is refused on reading back: \(error.message)", kind: "refused")
        } catch {
            // A writer may refuse a dataset its format cannot hold (an id networkx's edge list
            // cannot write) with a clear error: that is allowed, never a crash.
            return
        }
        var comparison = DatasetComparison(format: writer)
        comparison.compare(original, back)
        if let first = comparison.differences.first {
            fail(bytes, writer, first.text, kind: first.kind)
        }
    }

    /// Writes only (Neo4j import CSVs have no reader): any crash is the finding.
    static func writeOnly(_ bytes: [UInt8]) {
        guard let dataset = source(bytes, writer: .neo4j) else { return }
        _ = Neo4jImport.files(of: dataset)
    }

    /// An error met reading back what the writer wrote.
    struct WriterRefusal: Error { let message: String }

    /// Writes `dataset` as `format` and reads it back; errors from writing propagate as they
    /// are, errors from reading back (including validation errors) become `WriterRefusal`.
    static func writeAndRead(_ dataset: Dataset, _ format: GraphFormat) throws -> Dataset {
        let folder = Scratch.folder("write-\(format.rawValue)")
        var readBack: () throws -> Dataset
        // Every writer through `DatasetIO`, as `convert` writes: its refusals (an `OutputError`
        // naming what the format cannot carry) propagate and are a clean outcome.
        switch format {
        case .native, .sqlite, .gephi:
            let target = folder + (format == .native ? "/dataset" : format == .sqlite ? "/output.sqlite" : "/edges.csv")
            try? FileManager.default.removeItem(atPath: target)
            try DatasetIO.write(dataset, to: target, format: format)
            readBack = { try DatasetIO.read(target, format: format, names: format == .gephi ? GephiTables.nodesPath(besides: target) : nil) }
        default:
            guard let text = try DatasetIO.text(of: dataset, as: format, file: "output.\(format.rawValue)") else {
                fatalError("twinning-fuzz: \(format) has no text")
            }
            readBack = { try DatasetIO.parse(Array(text.utf8), file: "output.\(format.rawValue)", format: format) }
        }
        do {
            let back = try readBack()
            let errors = Validation.findings(for: back).filter { $0.severity == .error }
            if let first = errors.first { throw WriterRefusal(message: first.description) }
            return back
        } catch let error as WriterRefusal {
            throw error
        } catch {
            throw WriterRefusal(message: "\(error)")
        }
    }

    /// Kinds of failure already saved in keep-going mode.
    nonisolated(unsafe) static var savedKinds = Set<String>()

    static func fail(_ bytes: [UInt8], _ writer: GraphFormat, _ message: String, kind: String) {
        let line = "write-\(writer.rawValue): \(message)"
        guard let folder = ProcessInfo.processInfo.environment["FUZZ_KEEP_GOING"] else {
            FileHandle.standardError.write(Data("twinning-fuzz: round trip failed: \(line)\n".utf8))
            fatalError("round trip failed")
        }
        guard savedKinds.insert(kind).inserted else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stem = folder + "/write-\(writer.rawValue)-\(savedKinds.count)"
        Scratch.put(bytes, at: stem + ".input")
        Scratch.put(Array((line + "\n").utf8), at: stem + ".txt")
    }
}
