import Foundation
import TestSupport
import XCTest
@testable import Graph

/// Gephi's spreadsheet tables, nodes tables given to `--names`, and reciprocal duplicates.
final class GephiTablesTests: XCTestCase {
    func temporaryFolder() throws -> URL { try scratchFolder("gephi") }

    func testNodesPathBesideTheEdgesTable() {
        XCTAssertEqual(GephiTables.nodesPath(besides: "out/net.csv"), "out/net-nodes.csv")
        XCTAssertEqual(GephiTables.nodesPath(besides: "net-edges.csv"), "net-nodes.csv")
        XCTAssertEqual(GephiTables.nodesPath(besides: "/a/b_edges.csv"), "/a/b-nodes.csv")
    }

    func testWritesGephiColumns() throws {
        var dataset = Dataset(nodes: [Node(id: "a", label: "Alpha", type: .city, attributes: ["x": .double(1.5), "Label": .string("dup")]),
                                      Node(id: "b")],
                              agreements: [Agreement(id: "t1", from: "a", to: "b", kind: .investment, directed: true,
                                                     provenance: Provenance(source: "book"), attributes: ["label": .string("first")]),
                                           Agreement(id: "t2", from: "b", to: "a", weight: 2.0)])
        dataset.agreements[1].attributes["label"] = .string("second")
        XCTAssertEqual(GephiTables.edgesText(dataset), """
            Source,Target,Type,Id,Label,Weight,kind,source_id
            a,b,Directed,t1,first,,investment,book
            b,a,Undirected,t2,second,2.0,,

            """)
        XCTAssertEqual(GephiTables.nodesText(dataset), """
            Id,Label,type,Label:string,x
            a,Alpha,city,dup,1.5
            b,b,,,

            """)
    }

    /// Both tables are written before either replaces its file: when the nodes table cannot be
    /// written (here its path is a folder), the old edges table is left as it was (it used to
    /// be replaced first), and no temporary file stays behind.
    func testAFailedWriteChangesNeitherTable() throws {
        let folder = try temporaryFolder()
        let edges = folder.appendingPathComponent("net.csv")
        let nodes = folder.appendingPathComponent("net-nodes.csv")
        try FileManager.default.createDirectory(at: nodes, withIntermediateDirectories: true)
        try Data("Source,Target\nold,older\n".utf8).write(to: edges)
        let dataset = Dataset(nodes: [Node(id: "a"), Node(id: "b")], agreements: [Agreement(id: "e1", from: "a", to: "b")])
        XCTAssertThrowsError(try GephiTables.write(dataset, to: edges.path))
        XCTAssertEqual(try String(contentsOf: edges, encoding: .utf8), "Source,Target\nold,older\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["net-nodes.csv", "net.csv"])
        // And a write that can happen replaces both.
        try FileManager.default.removeItem(at: nodes)
        try GephiTables.write(dataset, to: edges.path)
        XCTAssertTrue(try String(contentsOf: edges, encoding: .utf8).contains("a,b"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: nodes.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["net-nodes.csv", "net.csv"])
    }

    func testTwinningReadsBackWhatItWritesFieldByField() throws {
        let folder = try temporaryFolder()
        for (name, dataset) in [("full", SampleDatasets.full()), ("tricky", TrickyDatasets.make(seed: 5))] {
            let path = folder.appendingPathComponent("\(name)-edges.csv").path
            try DatasetIO.write(dataset, to: path, format: .gephi)
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name)-nodes.csv").path))
            let back = try DatasetIO.read(path, format: .gephi)
            XCTAssertEqual(back.readingFindings.filter { $0.severity == .error }, [], name)
            XCTAssertEqual(back.nodes.count, dataset.nodes.count, name)
            for (a, b) in zip(back.nodes, dataset.nodes) { XCTAssertEqual(a, b, name) }
            XCTAssertEqual(back.agreements.count, dataset.agreements.count, name)
            for (a, b) in zip(back.agreements, dataset.agreements) { XCTAssertEqual(a, b, name) }
        }
    }

    func testNamesGivenANodesTableKeepEveryColumn() throws {
        let folder = try temporaryFolder()
        let nodes = folder.appendingPathComponent("nodes.csv").path
        try "Id,Label,Type,population,capital,zip:string,timeset\na,Alpha,city,1200,true,007,\nlonely,Lonely,,,,,\n"
            .write(toFile: nodes, atomically: true, encoding: .utf8)
        let edges = folder.appendingPathComponent("edges.csv").path
        try "Source,Target\na,b\n".write(toFile: edges, atomically: true, encoding: .utf8)
        let dataset = try DatasetIO.read(edges, names: nodes)
        XCTAssertEqual(dataset.nodes, [
            Node(id: "a", label: "Alpha", type: .city, attributes: ["population": .integer(1200), "capital": .boolean(true), "zip": .string("007")]),
            Node(id: "lonely", label: "Lonely"),
            Node(id: "b"),
        ])
        XCTAssertEqual(dataset.nodeOrigins.map(\.line), [2, 3])
    }

    func testNodesTableErrorsAreLocated() throws {
        let table = try NodeTable.read(Array("id,population:int\n,3\nb,many\n".utf8), file: "n.csv", delimiter: .comma)
        XCTAssertEqual(table.findings.map(\.description), [
            "n.csv:2:1: error: expected a node id, found an empty cell",
            "n.csv:3:3 (population): error: expected a value of type int, found 'many'",
        ])
        XCTAssertThrowsError(try NodeTable.read(Array("a\tb\tc\n".utf8), file: "n.tsv", delimiter: .tab)) { error in
            XCTAssertEqual("\(error)", "n.tsv:1: error: expected an id and a label (or a header row naming an id column), found 3 fields")
        }
    }

    // MARK: Reciprocal duplicates

    func testReciprocalDuplicatesAreReportedOrMerged() throws {
        let text = "a\tb\nb\tc\nb\ta\nc\tb\t2\na\tb\nb\ta\na\ta\na\ta\n"
        let warned = try DatasetIO.parse(Array(text.utf8), file: "r.tsv", format: .tsv)
        XCTAssertEqual(warned.agreements.count, 8)
        XCTAssertEqual(warned.readingFindings.map(\.description), [
            "r.tsv:3: warning: 2 agreements repeat an earlier undirected one in the other direction with the same data (first: line 1 a – b and line 3 b – a), so each such pair counts twice; --dedupe merges them",
        ])
        let merged = try DatasetIO.parse(Array(text.utf8), file: "r.tsv", format: .tsv, dedupe: true)
        XCTAssertEqual(merged.agreements.map(\.id), ["e0", "e1", "e3", "e4", "e6", "e7"])
        XCTAssertEqual(merged.agreementOrigins.map(\.line), [1, 2, 4, 5, 7, 8])
        XCTAssertEqual(merged.readingFindings.map(\.description), [
            "r.tsv:3: warning: merged 2 agreements that repeat an earlier undirected one in the other direction with the same data into that one (first: line 1 a – b and line 3 b – a)",
        ])
    }

    func testDirectedReversedPairsAreNotDuplicates() throws {
        let dataset = try DatasetIO.parse(Array("from,to,directed\na,b,true\nb,a,true\n".utf8), file: "d.csv", format: .csv, dedupe: true)
        XCTAssertEqual(dataset.agreements.count, 2)
        XCTAssertEqual(dataset.readingFindings, [])
    }

    func testWikidataSisterCitiesBeforeAndAfterDedupe() throws {
        let path = Repository.url("../shared/datasets/wikidata-sister-cities/relations.tsv").standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("../shared/datasets/wikidata-sister-cities is absent: skipping the Wikidata count")
        }
        let before = try DatasetIO.read(path)
        XCTAssertEqual(before.agreements.count, 34_182)
        XCTAssertEqual(before.readingFindings.count, 1)
        XCTAssertTrue(before.readingFindings[0].message.hasPrefix("16777 agreements repeat an earlier undirected one"), before.readingFindings[0].message)
        let after = try DatasetIO.read(path, dedupe: true)
        // 17,401 pairs of cities; 4 lines repeat a pair in the same direction and stay.
        XCTAssertEqual(after.agreements.count, 17_405)
        XCTAssertEqual(after.nodes.count, 10_055)
        XCTAssertTrue(after.readingFindings[0].message.hasPrefix("merged 16777 agreements"), after.readingFindings[0].message)
    }
}
