import Foundation
import TestSupport
import XCTest
@testable import Graph

final class GzipTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws { folder = try scratchFolder("gzip") }

    func testCompressesAndInflatesBytesIncludingSeveralMembers() throws {
        let text = Array(String(repeating: "Минск — 哈尔滨\n", count: 5000).utf8)
        let compressed = Gzip.compress(text)
        XCTAssertTrue(Gzip.isCompressed(compressed))
        XCTAssertLessThan(compressed.count, text.count / 20)
        XCTAssertEqual(Array(compressed[4..<8]), [0, 0, 0, 0], "no time stamp: the same input gives the same bytes")
        XCTAssertEqual(try Gzip.decompress(compressed, file: "x.gz"), text)
        XCTAssertEqual(try Gzip.decompress(compressed + Gzip.compress(Array("tail".utf8)), file: "x.gz"), text + Array("tail".utf8))
        XCTAssertEqual(try Gzip.decompress(Gzip.compress([]), file: "x.gz"), [])
        XCTAssertEqual(try Gzip.decompressIfNeeded(Array("plain".utf8), file: "x"), Array("plain".utf8))
    }

    func testCorruptTruncatedAndOversizedDataAreLocatedErrors() throws {
        let compressed = Gzip.compress(Array(String(repeating: "abc", count: 10000).utf8))
        var corrupt = compressed
        corrupt[12] ^= 0xFF
        corrupt[13] ^= 0xFF
        let cases: [([UInt8], Int, String)] = [
            (Array(compressed.prefix(compressed.count / 2)), Gzip.defaultLimit, "x.gz (compressed byte \(compressed.count / 2)): error: expected more gzip data, found the end of the file (truncated?)"),
            (corrupt, Gzip.defaultLimit, "x.gz (compressed byte "),
            (compressed, 1000, "x.gz (compressed byte "),
            (compressed + [0, 0, 0], Gzip.defaultLimit, "x.gz (compressed byte \(compressed.count)): error: expected the end of the gzip data or another gzip member"),
            ([0x1F, 0x8B, 8, 0, 1, 2], Gzip.defaultLimit, "x.gz (compressed byte "),
        ]
        for (bytes, limit, expected) in cases {
            XCTAssertThrowsError(try Gzip.decompress(bytes, file: "x.gz", limit: limit)) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error)\nexpected \(expected)")
            }
        }
        XCTAssertThrowsError(try Gzip.decompress(compressed, file: "x.gz", limit: 1000)) { error in
            XCTAssertTrue("\(error)".contains("exceeds the limit of 1000 bytes"), "\(error)")
        }
        XCTAssertThrowsError(try Gzip.decompress(corrupt, file: "x.gz")) { error in
            XCTAssertTrue("\(error)".contains("corrupt gzip data"), "\(error)")
        }
    }

    func testFormatsComeFromTheInnerExtension() {
        let expected: [(String, GraphFormat?)] = [
            ("a.graphml.gz", .graphml), ("a.gexf.gz", .gexf), ("a.json.gz", .json), ("a.gml.gz", .gml),
            ("a.net.gz", .pajek), ("a.csv.gz", .csv), ("a.tsv.gz", .tsv), ("a.edgelist.gz", .edgelist),
            ("a.dot.GZ", .dot), ("a.gz", nil), ("a.net", .pajek), ("a.gml", .gml),
        ]
        for (path, format) in expected {
            XCTAssertEqual(GraphFormat.infer(fromPath: path), format, path)
        }
        XCTAssertEqual(GraphFormat.sniff(Array("graph [\n node [ id 0 ] ]".utf8)), .gml)
        XCTAssertEqual(GraphFormat.sniff(Array("Creator \"igraph\"\nVersion 1\ngraph\n[\n]".utf8)), .gml)
        XCTAssertEqual(GraphFormat.sniff(Array("graph G { a -- b }".utf8)), .dot)
        XCTAssertEqual(GraphFormat.sniff(Array("*Vertices 2\n1 \"a\"\n".utf8)), .pajek)
    }

    /// Every text format, gzipped, through a file and back, compared with the plain file.
    func testEveryTextFormatRoundTripsGzipped() throws {
        let featured = FormatTestData.featured(seed: 9)
        // Not the dataset folder, Gephi tables (a pair of files, chosen with --to gephi), SQLite
        // (a binary database) nor Neo4j import CSVs (a folder).
        for format in GraphFormat.allCases where ![.native, .gephi, .sqlite, .neo4j].contains(format) {
            // networkx's edge list format cannot carry an id with white space or '#' (its writer
            // refuses one, checked below): that row sends the same dataset with such ids renamed.
            let dataset = format == .edgelist ? Self.edgeListIDs(featured) : featured
            let plain = folder.appendingPathComponent("d.\(format.rawValue == "pajek" ? "net" : format.rawValue)")
            let zipped = URL(fileURLWithPath: plain.path + ".gz")
            try DatasetIO.write(dataset, to: plain.path)
            try DatasetIO.write(dataset, to: zipped.path)
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: zipped.path))
            XCTAssertTrue(Gzip.isCompressed([UInt8](bytes)), format.rawValue)
            XCTAssertEqual(try Gzip.decompress([UInt8](bytes), file: zipped.path), [UInt8](try Data(contentsOf: plain)), format.rawValue)
            let fromPlain = try DatasetIO.read(plain.path), fromZipped = try DatasetIO.read(zipped.path)
            XCTAssertEqual(fromZipped, fromPlain, format.rawValue)
            XCTAssertEqual(fromZipped.readingFindings.map(\.message), fromPlain.readingFindings.map(\.message), format.rawValue)
        }
        let gml = try DatasetIO.read(folder.appendingPathComponent("d.gml.gz").path)
        FormatTestData.assertSame(gml, featured, "gml.gz")
        let graphml = try DatasetIO.read(folder.appendingPathComponent("d.graphml.gz").path)
        XCTAssertEqual(graphml.agreements.count, featured.agreements.count)
        XCTAssertEqual(graphml.nodes, featured.nodes)
        XCTAssertTrue(featured.nodes.contains { $0.id.contains(" ") }, "the featured dataset has an id with a space")
        XCTAssertThrowsError(try DatasetIO.write(featured, to: folder.appendingPathComponent("refused.edgelist.gz").path)) { error in
            XCTAssertTrue("\(error)".contains("expected node ids without whitespace or '#' in networkx's edge list format"), "\(error)")
        }
    }

    /// `dataset` with white space and '#' in node ids replaced by '_'.
    static func edgeListIDs(_ dataset: Dataset) -> Dataset {
        func rename(_ id: String) -> String {
            String(id.map { $0.isWhitespace || $0 == "#" ? "_" : $0 })
        }
        var result = dataset
        for i in result.nodes.indices {
            result.nodes[i].id = rename(result.nodes[i].id)
            result.nodes[i].within = result.nodes[i].within.map(rename)
        }
        for i in result.agreements.indices {
            result.agreements[i].from = rename(result.agreements[i].from)
            result.agreements[i].to = rename(result.agreements[i].to)
        }
        return result
    }

    func testMisnamedGzipIsStillRead() throws {
        let path = folder.appendingPathComponent("really-gzip.gml").path
        try Data(Gzip.compress(Array(GMLFormat.write(GMLInteropTests.asciiMixed()).utf8))).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try DatasetIO.read(path), GMLInteropTests.asciiMixed())
    }

    func testStandardInputIsInflatedThenSniffed() throws {
        let dataset = GMLInteropTests.asciiMixed()
        for (text, format) in [(GMLFormat.write(dataset), GraphFormat.gml), (Pajek.write(dataset), .pajek),
                               (GraphMLFormat.write(dataset), .graphml)] {
            let read = try DatasetIO.readStandardInput(Gzip.compress(Array(text.utf8)), format: nil, names: nil)
            XCTAssertEqual(read, try DatasetIO.parse(Array(text.utf8), file: "-", format: format), format.rawValue)
        }
        XCTAssertThrowsError(try DatasetIO.readStandardInput([0x1F, 0x8B, 8, 0], format: nil, names: nil)) { error in
            XCTAssertTrue("\(error)".hasPrefix("<stdin> (compressed byte 4): error: expected more gzip data"), "\(error)")
        }
    }

    func testNetworkxReadsOurGzippedGML() throws {
        try Python.requireNetworkx()
        let path = folder.appendingPathComponent("g.gml.gz").path
        try DatasetIO.write(GMLInteropTests.asciiMixed(), to: path)
        let output = try Python.output("import sys, networkx as nx\ng = nx.read_gml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())",
                                    arguments: [path])
        XCTAssertEqual(output.trimmingWhitespace(), "3 4")
    }
}
