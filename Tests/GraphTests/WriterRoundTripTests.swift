import Foundation
import TestSupport
import XCTest
@testable import Graph
import GraphvizBridge

/// Every writer proven against its reader (issue 12, item 1): seeded hostile datasets
/// (`Generator.hostileDataset`) go through each writable format and back through Twinning.
/// Whatever dataset the readers accept (it passes validation), the writer either writes what
/// reads back equal — ids, counts, endpoints, direction and each field the format carries, as
/// the format matrix states it — or refuses with an `OutputError` that names the element and
/// what it cannot carry. It never writes what does not read back, and never alters silently.
///
/// On a failure the test reports the seed, the round, and a minimal failing dataset found by
/// shrinking (dropping records, fields and attributes while the failure persists).
final class WriterRoundTripTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    struct Target {
        let file: String
        let format: GraphFormat
        let drops: Set<Aspect>
    }

    static let targets: [Target] = [
        Target(file: "folder", format: .native, drops: []),
        Target(file: "x.graphml", format: .graphml, drops: []),
        Target(file: "x.json", format: .json, drops: []),
        Target(file: "x.gexf", format: .gexf, drops: []),
        Target(file: "x.gml", format: .gml, drops: []),
        Target(file: "x.sqlite", format: .sqlite, drops: []),
        Target(file: "x.dot", format: .dot, drops: [.attributeTypes, .sources]),
        Target(file: "x.csv", format: .csv, drops: FormatMatrixTests.edgeTableDrops),
        Target(file: "x.tsv", format: .tsv, drops: FormatMatrixTests.edgeTableDrops),
        Target(file: "x.edgelist", format: .edgelist, drops: FormatMatrixTests.edgeListDrops),
        Target(file: "gephi.csv", format: .gephi, drops: [.sources, .metadata, .wholeNumbersAmongDecimals]),
        Target(file: "x.net", format: .pajek, drops: FormatMatrixTests.pajekDrops),
    ]

    /// What one write and read back gave.
    enum Outcome: Equatable {
        case equal
        case refused(String)
        case broken([String])
    }

    /// Writes `dataset` in `target`'s format inside `folder` and reads it back.
    static func roundTrip(_ dataset: Dataset, _ target: Target, in folder: URL) -> Outcome {
        let path = folder.appendingPathComponent(target.file).path
        // A fresh output each time: what an earlier round left is not this writer's output.
        for leftover in [path, GephiTables.nodesPath(besides: path)] { try? FileManager.default.removeItem(atPath: leftover) }
        do {
            try DatasetIO.write(dataset, to: path, format: target.format)
        } catch let error as OutputError {
            return .refused(error.description)
        } catch {
            return .broken(["\(target.file): writing threw \(type(of: error)): \(error)"])
        }
        let read: Dataset
        do {
            read = try DatasetIO.read(path, format: target.format)
        } catch {
            return .broken(["\(target.file): the output does not read back: \(error)"])
        }
        var comparison = FieldComparison(label: target.file, dropped: target.drops)
        comparison.compare(dataset, read)
        let problems = comparison.summary()
        return problems.isEmpty ? .equal : .broken(problems)
    }

    /// True when a refusal is a located error naming the output and an element.
    static func isClearRefusal(_ message: String, _ target: Target) -> Bool {
        message.contains((target.file as NSString).deletingPathExtension) && message.contains("error: ")
    }

    /// A dataset the readers accept: validation finds no error in it.
    static func isAccepted(_ dataset: Dataset) -> Bool {
        !Validation.findings(for: dataset).contains { $0.severity == .error }
    }

    func assertWriterRoundTrips(_ target: Target, seed: UInt64, rounds: Int = 300,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let scratch = try scratchFolder("writers-\(target.format.rawValue)")
        var generator = GeneratedRoundTripTests.Generator(state: seed)
        var refusals = 0, tested = 0
        for round in 0..<rounds {
            // DOT cannot carry a backslash before a quote or at the end, nor a blank value: most rounds spare it.
            generator.backslashes = target.format != .dot || round % 4 == 0
            generator.blanks = generator.backslashes
            let dataset = generator.hostileDataset()
            guard Self.isAccepted(dataset) else { continue }
            tested += 1
            switch Self.roundTrip(dataset, target, in: scratch) {
            case .equal: continue
            case .refused(let message):
                refusals += 1
                // TWINNING_SHOW_REFUSALS=1 lists every refusal (to see what a writer refuses most).
                if ProcessInfo.processInfo.environment["TWINNING_SHOW_REFUSALS"] != nil { print("REFUSAL", message) }
                if Self.isClearRefusal(message, target) { continue }
                XCTFail("\(target.file) seed \(seed) round \(round): unclear refusal: \(message)", file: file, line: line)
                return
            case .broken:
                let minimal = Self.shrink(dataset) { candidate in
                    if case .broken = Self.roundTrip(candidate, target, in: scratch) { return true }
                    return false
                }
                guard case .broken(let problems) = Self.roundTrip(minimal, target, in: scratch) else { return }
                XCTFail("\(target.file) seed \(seed) round \(round): \(problems.joined(separator: "\n"))\nminimal dataset:\n\(Self.describe(minimal))",
                        file: file, line: line)
                return
            }
        }
        XCTAssertGreaterThan(tested, rounds / 4, "\(target.file): most generated datasets should be accepted", file: file, line: line)
        // A writer that refuses everything proves nothing.
        XCTAssertLessThan(refusals, tested * 3 / 4, "\(target.file): \(refusals) of \(tested) refused", file: file, line: line)
    }

    func testDatasetFolderWriter() throws { try assertWriterRoundTrips(Self.targets[0], seed: 12_001) }
    func testGraphMLWriter() throws { try assertWriterRoundTrips(Self.targets[1], seed: 12_002) }
    func testNodeLinkJSONWriter() throws { try assertWriterRoundTrips(Self.targets[2], seed: 12_003) }
    func testGEXFWriter() throws { try assertWriterRoundTrips(Self.targets[3], seed: 12_004) }
    func testGMLWriter() throws { try assertWriterRoundTrips(Self.targets[4], seed: 12_005) }
    func testSQLiteWriter() throws { try assertWriterRoundTrips(Self.targets[5], seed: 12_006) }
    func testDOTWriter() throws { try assertWriterRoundTrips(Self.targets[6], seed: 12_007) }
    func testCSVEdgeTableWriter() throws { try assertWriterRoundTrips(Self.targets[7], seed: 12_008) }
    func testTSVEdgeTableWriter() throws { try assertWriterRoundTrips(Self.targets[8], seed: 12_009) }
    func testNetworkxEdgeListWriter() throws { try assertWriterRoundTrips(Self.targets[9], seed: 12_010) }
    func testGephiTablesWriter() throws { try assertWriterRoundTrips(Self.targets[10], seed: 12_011) }
    func testPajekWriter() throws { try assertWriterRoundTrips(Self.targets[11], seed: 12_012) }

    // MARK: Shrinking

    /// The smallest dataset still `failing` that removing one record, field or attribute at a
    /// time reaches (greedy, first improvement).
    static func shrink(_ dataset: Dataset, failing: (Dataset) -> Bool) -> Dataset {
        var current = dataset
        var improved = true
        while improved {
            improved = false
            for candidate in smaller(current) where isAccepted(candidate) && failing(candidate) {
                current = candidate
                improved = true
                break
            }
        }
        return current
    }

    /// Each dataset one step smaller than `d`.
    static func smaller(_ d: Dataset) -> [Dataset] {
        var out: [Dataset] = []
        func with(_ change: (inout Dataset) -> Void) { var copy = d; change(&copy); out.append(copy) }
        if !d.sources.isEmpty { with { $0.sources = [] } }
        if !d.metadata.isEmpty { with { $0.metadata = [:] } }
        for i in d.agreements.indices { with { $0.agreements.remove(at: i) } }
        let used = Set(d.agreements.flatMap { [$0.from, $0.to] } + d.nodes.compactMap(\.within))
        for (i, node) in d.nodes.enumerated() where !used.contains(node.id) { with { $0.nodes.remove(at: i) } }
        for (i, s) in d.sources.enumerated() {
            with { $0.sources.remove(at: i) }
            for key in s.attributes.keys { with { $0.sources[i].attributes[key] = nil } }
        }
        for key in d.metadata.keys { with { $0.metadata[key] = nil } }
        for (i, node) in d.nodes.enumerated() {
            for key in node.attributes.keys { with { $0.nodes[i].attributes[key] = nil } }
            if node.label != node.id { with { $0.nodes[i].label = node.id } }
            if node.type != nil { with { $0.nodes[i].type = nil } }
            if node.country != nil { with { $0.nodes[i].country = nil } }
            if node.within != nil { with { $0.nodes[i].within = nil } }
            if !node.aliases.isEmpty { with { $0.nodes[i].aliases = [] } }
        }
        for (i, a) in d.agreements.enumerated() {
            for key in a.attributes.keys { with { $0.agreements[i].attributes[key] = nil } }
            if a.kind != nil { with { $0.agreements[i].kind = nil } }
            if a.status != nil { with { $0.agreements[i].status = nil } }
            if a.date != nil { with { $0.agreements[i].date = nil } }
            if a.endDate != nil { with { $0.agreements[i].endDate = nil } }
            if a.weightValue != nil { with { $0.agreements[i].weightValue = nil } }
            if !a.provenance.isEmpty { with { $0.agreements[i].provenance = Provenance() } }
            if a.directed { with { $0.agreements[i].directed = false } }
        }
        return out
    }

    /// A dataset shown field by field, every string escaped (so a tab or U+202E is visible).
    static func describe(_ d: Dataset) -> String {
        var lines: [String] = []
        for n in d.nodes {
            lines.append("node id=\(n.id.debugDescription) label=\(n.label.debugDescription) type=\(String(reflecting: n.type?.rawValue)) country=\(String(reflecting: n.country)) within=\(String(reflecting: n.within)) aliases=\(n.aliases) attributes=\(n.attributes)")
        }
        for a in d.agreements {
            lines.append("agreement id=\(a.id.debugDescription) \(a.from.debugDescription)\(a.directed ? "->" : "--")\(a.to.debugDescription) kind=\(String(reflecting: a.kind?.rawValue)) status=\(String(reflecting: a.status?.rawValue)) date=\(String(reflecting: a.date?.description)) end=\(String(reflecting: a.endDate?.description)) weight=\(String(reflecting: a.weightValue)) provenance=\(a.provenance) attributes=\(a.attributes)")
        }
        for s in d.sources { lines.append("source \(s)") }
        if !d.metadata.isEmpty { lines.append("metadata \(d.metadata)") }
        return lines.joined(separator: "\n")
    }
}
