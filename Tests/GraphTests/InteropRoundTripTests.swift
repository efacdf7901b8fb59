import Foundation
import TestSupport
import XCTest
@testable import Graph

/// Files Twinning writes, read and rewritten by networkx or igraph with their own writers, then
/// read back into Twinning (issue 9): every directed agreement keeps its origin and
/// destination, the counts match, and typed attributes keep their types where the tool keeps
/// them. The Python side is Fixtures/interop/roundtrip.py; skipped without python3,
/// networkx or igraph.
final class InteropRoundTripTests: XCTestCase {
    /// What a tool does to a free attribute value on its round trip, as this test expects.
    enum Outcome: Equatable {
        case same                     // the value, with its type
        case value(AttributeValue)    // another typed value (networkx GML: a boolean as 0 or 1)
        case number(Double)           // this number, as an integer or a double (igraph has only numbers)
        case notKept                  // the tool's writer drops it
    }

    struct Row {
        let tool: String
        /// The format's name for the harness.
        let format: String
        /// The extension Twinning writes, and the one it reads the tool's file back as.
        let written: String, rewritten: String
        /// Agreement ids (and so each agreement) survive; otherwise agreements are matched as
        /// a multiset of endpoint pairs.
        var keepsAgreementIDs = true
        /// Actors without agreements survive (edge lists have no node list).
        var keepsNodeList = true
        /// An undirected agreement in a directed file comes back undirected.
        var keepsDirectionFlag = true
        /// Text with white space or quotes survives (networkx's Pajek writer writes it bare).
        var keepsFreeText = true
        /// Node ids outside ASCII survive (igraph's NCOL writer refuses them).
        var keepsUnicodeIDs = true
        /// The tool reads a file in which a column mixing integers and doubles has two keys of
        /// one name, long and double (igraph's GraphML reader refuses it: "Duplicate attribute
        /// name"). When false, the row sends such columns as doubles only.
        var readsMixedNumberKeys = true
        /// Attributes the tool drops whatever their value.
        var dropsAttributes: Set<String> = []
        /// The text of an id or a string value as the tool gives it back.
        var text: (String) -> String = { $0 }
        /// The outcome of each value, for free attributes and (unless `weightOutcome`) the weight.
        var outcome: (AttributeValue) -> Outcome = { _ in .same }
        /// The outcome of each weight, where it differs from a free attribute's.
        var weightOutcome: ((AttributeValue) -> Outcome)?

        var name: String { "\(tool) \(format)" }
    }

    /// networkx's GEXF reader reads the `weight` XML attribute as a float (`float(weight)`),
    /// whatever its text: an integer weight comes back as the double nearest to it.
    static func networkxGEXFWeight(_ value: AttributeValue) -> Outcome {
        .value(.double(value.numericValue!))
    }

    /// igraph keeps numbers as doubles (and writes them with 15 significant digits), booleans
    /// and text as they are.
    static func igraphGraphML(_ value: AttributeValue) -> Outcome {
        if let number = value.numericValue { return .number(number) }
        return .same
    }

    /// igraph's GML has numbers (booleans become 0 or 1, whole numbers are written bare) and
    /// text, which comes back as `igraphGMLText` says.
    static func igraphGML(_ value: AttributeValue) -> Outcome {
        switch value {
        case .integer, .double: return .number(value.numericValue!)
        case .boolean(let b): return .number(b ? 1 : 0)
        case .string(let text): return .value(.string(igraphGMLText(text)))
        }
    }

    /// GML is 7-bit ASCII, so Twinning (as networkx) writes every character outside printable
    /// ASCII as a numeric reference `&#N;`. igraph 1.0's GML reader decodes only named
    /// entities (`&quot;`, `&amp;`...) and keeps `&#N;` verbatim ("unknown entities will be
    /// returned verbatim"); its writer then escapes the `&`: such text comes back as the
    /// reference's characters.
    static func igraphGMLText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if (0x20...0x7E).contains(scalar.value) { out.unicodeScalars.append(scalar) } else { out += "&#\(scalar.value);" }
        }
        return out
    }

    static let rows: [Row] = [
        Row(tool: "networkx", format: "graphml", written: "graphml", rewritten: "graphml"),
        Row(tool: "networkx", format: "gexf", written: "gexf", rewritten: "gexf", weightOutcome: networkxGEXFWeight),
        Row(tool: "networkx", format: "json", written: "json", rewritten: "json"),
        // Booleans and integers beyond 32 bits (which networkx's GML writer writes as 0/1 and as
        // text) come back typed: Twinning's graph-level `twinning` type list travels with the graph.
        Row(tool: "networkx", format: "gml", written: "gml", rewritten: "gml"),
        // Pajek carries no agreement ids (nor attributes but positions and the weight): agreements
        // are matched by endpoints. networkx reads a mixed file as directed (its first section, *Arcs).
        Row(tool: "networkx", format: "pajek", written: "net", rewritten: "net", keepsAgreementIDs: false,
            keepsDirectionFlag: false, keepsFreeText: false, outcome: { _ in .notKept }),
        Row(tool: "networkx", format: "edgelist", written: "edgelist", rewritten: "edgelist", keepsNodeList: false),
        Row(tool: "igraph", format: "graphml", written: "graphml", rewritten: "graphml", readsMixedNumberKeys: false,
            outcome: igraphGraphML),
        // igraph ignores composite GML values ("Composite vertex attribute 'graphics' ignored"),
        // so the layout attributes, which GML keeps in `graphics [ ... ]`, do not survive it.
        Row(tool: "igraph", format: "gml", written: "gml", rewritten: "gml",
            dropsAttributes: ["x", "y", "z", "size", "color", "thickness"], text: igraphGMLText, outcome: igraphGML),
        Row(tool: "igraph", format: "pajek", written: "net", rewritten: "net", keepsAgreementIDs: false,
            keepsDirectionFlag: false, outcome: { _ in .notKept }),
        Row(tool: "igraph", format: "ncol", written: "tsv", rewritten: "txt", keepsAgreementIDs: false, keepsNodeList: false,
            keepsDirectionFlag: false, keepsUnicodeIDs: false, outcome: { _ in .notKept }),
    ]

    var scratch: URL!

    override func setUpWithError() throws {
        scratch = try scratchFolder("interop")
    }

    static let harness = Repository.path("Tests/GraphTests/Fixtures/interop/roundtrip.py")

    static let runHarness = "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"

    /// The dataset a row sends: the feature dataset, without what the tool cannot write
    /// (free text, ids outside ASCII), so that the check is about what Twinning does.
    static func dataset(for row: Row, _ direction: FeatureDatasets.Direction) -> Dataset {
        var dataset = FeatureDatasets.make(direction)
        if !row.keepsUnicodeIDs { dataset = asciiIDs(dataset) }
        if !row.readsMixedNumberKeys { dataset = doublesWhereNumbersMix(dataset) }
        guard !row.keepsFreeText else { return dataset }
        for i in dataset.nodes.indices { dataset.nodes[i].attributes = dataset.nodes[i].attributes.filter { $0.value.type != .string } }
        for i in dataset.agreements.indices {
            dataset.agreements[i].attributes = dataset.agreements[i].attributes.filter { $0.value.type != .string }
        }
        return dataset
    }

    /// The weights, and the free attributes whose values mix integers and doubles, as doubles.
    static func doublesWhereNumbersMix(_ dataset: Dataset) -> Dataset {
        func asDouble(_ value: AttributeValue) -> AttributeValue {
            if case .integer(let i) = value { return .double(Double(i)) }
            return value
        }
        func mixed(_ sets: [Attributes]) -> Set<String> {
            var types: [String: Set<AttributeType>] = [:]
            for (key, value) in sets.joined() where value.type == .integer || value.type == .double {
                types[key, default: []].insert(value.type)
            }
            return Set(types.filter { $0.value.count == 2 }.keys)
        }
        var result = dataset
        let nodeKeys = mixed(dataset.nodes.map(\.attributes)), edgeKeys = mixed(dataset.agreements.map(\.attributes))
        for i in result.nodes.indices {
            for key in nodeKeys { result.nodes[i].attributes[key] = result.nodes[i].attributes[key].map(asDouble) }
        }
        for i in result.agreements.indices {
            result.agreements[i].weightValue = result.agreements[i].weightValue.map(asDouble)
            for key in edgeKeys { result.agreements[i].attributes[key] = result.agreements[i].attributes[key].map(asDouble) }
        }
        return result
    }

    /// Renames every node whose id is not ASCII to `v<index>`.
    static func asciiIDs(_ dataset: Dataset) -> Dataset {
        var renamed: [String: String] = [:]
        for (i, node) in dataset.nodes.enumerated() where !node.id.allSatisfy(\.isASCII) { renamed[node.id] = "v\(i)" }
        var result = dataset
        for i in result.nodes.indices {
            result.nodes[i].id = renamed[result.nodes[i].id] ?? result.nodes[i].id
            result.nodes[i].within = result.nodes[i].within.map { renamed[$0] ?? $0 }
        }
        for i in result.agreements.indices {
            result.agreements[i].from = renamed[result.agreements[i].from] ?? result.agreements[i].from
            result.agreements[i].to = renamed[result.agreements[i].to] ?? result.agreements[i].to
        }
        return result
    }

    /// Twinning writes, the tool rewrites, Twinning reads back: the differences, worded.
    func roundTrip(_ row: Row, _ direction: FeatureDatasets.Direction) -> [String] {
        let label = "\(row.name) (\(direction.rawValue))"
        let original = Self.dataset(for: row, direction)
        let written = scratch.appendingPathComponent("\(direction)-\(row.tool)-in.\(row.written)").path
        let rewritten = scratch.appendingPathComponent("\(direction)-\(row.tool)-out.\(row.rewritten)").path
        do {
            try DatasetIO.write(original, to: written)
        } catch {
            return ["\(label): Twinning cannot write .\(row.written): \(error)"]
        }
        do {
            _ = try Python.output(Self.runHarness, arguments: [Self.harness, "rewrite", row.tool, row.format, written, rewritten])
        } catch {
            return ["\(label): \(row.tool) refuses the file Twinning wrote: \(String(describing: error).suffix(400))"]
        }
        let read: Dataset
        do {
            read = try DatasetIO.read(rewritten)
        } catch {
            return ["\(label): Twinning cannot read what \(row.tool) wrote: \(error)"]
        }
        var check = InteropCheck(label: label, row: row)
        check.compare(original, read)
        return check.problems
    }

    func assertRows(tool: String, _ direction: FeatureDatasets.Direction, file: StaticString = #filePath, line: UInt = #line) throws {
        try Python.require("networkx", tool)
        for row in Self.rows where row.tool == tool {
            for problem in roundTrip(row, direction) { XCTFail(problem, file: file, line: line) }
        }
    }

    func testNetworkxRoundTripsKeepDirectionCountsAndTypes() throws { try assertRows(tool: "networkx", .mixed) }

    func testNetworkxRoundTripsOfAllDirectedDatasets() throws { try assertRows(tool: "networkx", .directed) }

    func testIgraphRoundTripsKeepDirectionCountsAndTypes() throws { try assertRows(tool: "igraph", .mixed) }

    /// The limit behind `readsMixedNumberKeys`: igraph refuses the GraphML file Twinning (like
    /// networkx) writes for weights mixing integers and doubles, and reads it once they do not mix.
    func testIgraphRefusesTwoGraphMLKeysOfOneName() throws {
        try Python.requireIgraph()
        let dataset = FeatureDatasets.make(.mixed)
        let mixed = scratch.appendingPathComponent("mixed.graphml").path
        let unmixed = scratch.appendingPathComponent("unmixed.graphml").path
        try DatasetIO.write(dataset, to: mixed)
        try DatasetIO.write(Self.doublesWhereNumbersMix(dataset), to: unmixed)
        let text = try String(contentsOfFile: mixed, encoding: .utf8)
        XCTAssertTrue(text.contains("attr.name=\"weight\" attr.type=\"long\"") && text.contains("attr.name=\"weight\" attr.type=\"double\""))
        let read = "import igraph, sys; igraph.Graph.Read_GraphML(sys.argv[1])"
        XCTAssertThrowsError(try Python.output(read, arguments: [mixed])) { error in
            XCTAssertTrue("\(error)".contains("Duplicate attribute name found: 'weight'"), "\(error)")
        }
        XCTAssertNoThrow(try Python.output(read, arguments: [unmixed]))
    }
}
