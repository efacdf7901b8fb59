import Foundation
import XCTest
import Graph
import GraphvizBridge
import TestSupport

/// One verdict per value: every reader refuses the same impossible dates (`0000`,
/// `2019-02-30`, `2019-13`, as `date` and as `end_date`) and the same non-finite weights (NaN,
/// +∞, −∞, each in the format's own spelling) with a located error that names the field and
/// the value — never a silent attribute. A non-finite number in a free attribute is kept.
final class OneVerdictTests: XCTestCase {
    static let impossibleDates = ["0000", "2019-02-30", "2019-13"]

    /// A one-agreement document (a—b) carrying `name` = `value`, in each text format.
    static let documents: [(format: GraphFormat, file: String, text: (String, String) -> String)] = [
        (.csv, "v.csv", { "from,to,\($0)\na,b,\($1)\n" }),
        (.tsv, "v.tsv", { "from\tto\t\($0)\na\tb\t\($1)\n" }),
        (.edgelist, "v.edgelist", { "a b {'\($0)': \(pythonLiteral($1))}\n" }),
        (.gephi, "v.csv", { "Source,Target,Type,\($0 == "weight" ? "Weight" : $0)\na,b,Undirected,\($1)\n" }),
        (.gml, "v.gml", { "graph [\n  node [ id 0 label \"a\" ]\n  node [ id 1 label \"b\" ]\n  edge [ source 0 target 1 \($0) \(gmlLiteral($1)) ]\n]\n" }),
        (.pajek, "v.net", { "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 " + ($0 == "weight" ? $1 : "1 \($0) \($1)") + "\n" }),
        (.json, "v.json", { #"{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "\#($0)": \#(jsonLiteral($1))}]}"# }),
        (.graphml, "v.graphml", { """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="d0" for="edge" attr.name="\($0)" attr.type="\($0 == "weight" ? "double" : "string")"/>
            <graph edgedefault="undirected"><node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="d0">\($1)</data></edge></graph></graphml>
            """ }),
        (.gexf, "v.gexf", { name, value in
            let edge = name == "weight"
                ? "<edge id=\"e0\" source=\"a\" target=\"b\" weight=\"\(value)\"/>"
                : "<edge id=\"e0\" source=\"a\" target=\"b\"><attvalues><attvalue for=\"0\" value=\"\(value)\"/></attvalues></edge>"
            return """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
            <attributes class="edge"><attribute id="0" title="\(name)" type="string"/></attributes>
            <nodes><node id="a"/><node id="b"/></nodes><edges>\(edge)</edges></graph></gexf>
            """ }),
        (.dot, "v.dot", { "graph { a -- b [\($0)=\"\($1)\"] }\n" }),
    ]

    /// The spellings of NaN, +∞ and −∞ that each format's own tools write (networkx, igraph).
    static func nonFinite(for format: GraphFormat) -> [String] {
        switch format {
        case .gml: return ["NAN", "+INF", "-INF"]
        case .json: return ["NaN", "Infinity", "-Infinity"]
        case .graphml, .gexf: return ["NaN", "INF", "-INF"]
        // A positional NaN is igraph's missing weight (testPajekNaNWeightIsIgraphsMissingValueAndSaysSo).
        case .pajek: return ["inf", "-inf", "1e999"]
        default: return ["nan", "inf", "-inf"]
        }
    }

    static func pythonLiteral(_ value: String) -> String {
        ["nan", "inf", "-inf"].contains(value) ? value : "'\(value)'"
    }

    static func gmlLiteral(_ value: String) -> String {
        ["NAN", "+INF", "-INF"].contains(value) ? value : "\"\(value)\""
    }

    static func jsonLiteral(_ value: String) -> String {
        ["NaN", "Infinity", "-Infinity"].contains(value) ? value : "\"\(value)\""
    }

    override func setUp() {
        super.setUp()
        Graphviz.register()
    }

    func testImpossibleDatesAreLocatedErrorsInEveryReader() throws {
        for document in Self.documents {
            for name in ["date", "end_date"] {
                for value in Self.impossibleDates {
                    try assertRefused(document.format, file: document.file, name: name, value: value,
                                      bytes: Array(document.text(name, value).utf8))
                }
            }
        }
    }

    func testNonFiniteWeightsAreLocatedErrorsInEveryReader() throws {
        for document in Self.documents {
            for value in Self.nonFinite(for: document.format) {
                try assertRefused(document.format, file: document.file, name: "weight", value: value,
                                  bytes: Array(document.text("weight", value).utf8))
            }
        }
    }

    /// The same values in a dataset folder and in an SQLite database (changed by Python's sqlite3).
    func testFolderAndSQLiteGiveTheSameVerdict() throws {
        let folder = try scratchFolder("verdict")
        for (name, value) in [("date", "2019-02-30"), ("end_date", "0000"), ("date", "2019-13"), ("weight", "nan"), ("weight", "-inf")] {
            let dataset = folder.appendingPathComponent("d-\(name)-\(value)").path
            try FileManager.default.createDirectory(atPath: dataset, withIntermediateDirectories: true)
            try "id,label\na,a\nb,b\n".write(toFile: dataset + "/nodes.csv", atomically: true, encoding: .utf8)
            try "id,from,to,\(name)\ne1,a,b,\(value)\n".write(toFile: dataset + "/agreements.csv", atomically: true, encoding: .utf8)
            let read = try NativeFolder.read(folder: dataset)
            assertOneError(read.readingFindings, name: name, value: value, context: "folder \(name)=\(value)")
        }
        try Python.require("sqlite3")
        let database = folder.appendingPathComponent("v.sqlite").path
        var good = Dataset()
        good.nodes = [Node(id: "a"), Node(id: "b")]
        good.agreements = [Agreement(id: "e1", from: "a", to: "b")]
        for (name, value) in [("date", "2019-02-30"), ("end_date", "2019-13"), ("weight", "inf"), ("weight", "-inf")] {
            try? FileManager.default.removeItem(atPath: database)
            try SQLiteFormat.write(good, to: database)
            let stored = name == "weight" ? "float('\(value)')" : "'\(value)'"
            _ = try Python.output("import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1])\n"
                                  + "db.execute('UPDATE agreements SET \(name) = ?', (\(stored),))\ndb.commit()",
                                  arguments: [database])
            let read = try SQLiteFormat.read(path: database)
            assertOneError(read.readingFindings, name: name, value: value, context: "sqlite \(name)=\(value)")
        }
    }

    /// A free attribute may hold NaN or ±∞ (GraphML, GML and networkx carry them); only the
    /// reserved fields refuse them.
    func testNonFiniteFreeAttributeIsKept() throws {
        let text = #"{"nodes": [{"id": "a", "score": NaN}, {"id": "b"}], "links": [{"source": "a", "target": "b", "cost": -Infinity}]}"#
        let read = try DatasetIO.parse(Array(text.utf8), file: "v.json", format: .json)
        XCTAssertEqual(read.readingFindings, [])
        XCTAssertEqual(read.nodes[0].attributes["score"]?.numericValue?.isNaN, true)
        XCTAssertEqual(read.agreements[0].attributes["cost"], .double(-.infinity))
    }

    /// igraph writes a missing Pajek weight as NaN: read as no weight, with one warning.
    func testPajekNaNWeightIsIgraphsMissingValueAndSaysSo() throws {
        let text = "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Edges\n1 2 1.5\n2 3 NaN\n1 3 nan\n"
        let read = try DatasetIO.parse(Array(text.utf8), file: "ig.net", format: .pajek)
        XCTAssertEqual(read.agreements.map(\.weightValue), [.double(1.5), nil, nil])
        XCTAssertEqual(read.readingFindings.map(\.description),
                       ["ig.net:7:1: warning: 2 weights written NaN (igraph's missing value) read as no weight"])
        let infinite = try DatasetIO.parse(Array("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 inf\n".utf8), file: "i.net", format: .pajek)
        assertOneError(infinite.readingFindings, name: "weight", value: "inf", context: "pajek positional inf")
    }

    // MARK: Helpers

    /// Reading refuses `name` = `value`: a thrown InputError at a line, or one error finding
    /// located in the file that names the field and the value.
    func assertRefused(_ format: GraphFormat, file: String, name: String, value: String, bytes: [UInt8],
                       line: UInt = #line) throws {
        let context = "\(format) \(name)=\(value)"
        do {
            let read = try DatasetIO.parse(bytes, file: file, format: format)
            assertOneError(read.readingFindings, name: name, value: value, context: context, line: line)
            if name == "weight" {
                XCTAssertNil(read.agreements.first?.weightValue, context, line: line)
            } else {
                XCTAssertNil(read.agreements.first?.date, context, line: line)
                XCTAssertNil(read.agreements.first?.endDate, context, line: line)
            }
            XCTAssertNil(read.agreements.first?.attributes[name], "\(context): kept as a free attribute", line: line)
            XCTAssertFalse(read.agreements.first?.attributes.keys.contains { $0.hasSuffix("_raw") } ?? true, context, line: line)
        } catch let error as InputError {
            XCTAssertEqual(error.location.file, file, context, line: line)
            XCTAssertNotNil(error.location.line, "\(context): \(error)", line: line)
            XCTAssertTrue(error.description.contains("expected \(name) as"), "\(context): \(error)", line: line)
            XCTAssertTrue(error.description.contains("'\(value)'"), "\(context): \(error)", line: line)
            XCTAssertEqual(format, .gexf, "\(context): only GEXF's structural weight stops reading: \(error)", line: line)
        }
    }

    func assertOneError(_ findings: [Finding], name: String, value: String, context: String, line: UInt = #line) {
        XCTAssertEqual(findings.count, 1, "\(context): \(findings)", line: line)
        guard let finding = findings.first else { return }
        XCTAssertEqual(finding.severity, .error, context, line: line)
        XCTAssertTrue(finding.location.line != nil || finding.location.element != nil, "\(context): \(finding)", line: line)
        XCTAssertTrue(finding.description.contains(name), "\(context): \(finding)", line: line)
        // A date is quoted as written; a number as read (networkx's +INF is 'inf').
        let shown = name == "weight" ? "a finite number" : "'\(value)'"
        XCTAssertTrue(finding.message.contains(shown), "\(context): \(finding)", line: line)
    }
}
