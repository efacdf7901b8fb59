import Foundation
import TestSupport
import XCTest

/// `twinning merge A B --crosswalk C -o OUT --conflicts FILE`: the merged file holds both
/// sources' provenance (read back by networkx where it is installed, and by twinning), the
/// conflicts table lists the planted conflict once, the summary counts what was joined, and
/// the inputs can never be overwritten.
final class MergeCommandTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws {
        work = try scratchFolder("merge")
        try #"""
        {"directed": false, "multigraph": true, "graph": {}, "nodes": [
         {"id": "minsk", "label": "Minsk", "type": "city"}, {"id": "harbin", "label": "Harbin", "type": "city"},
         {"id": "gomel", "label": "Gomel", "type": "city"}],
         "links": [{"source": "minsk", "target": "harbin", "kind": "twinning", "date": "1993", "id": "a1", "quote": "Minsk et Harbin"},
                   {"source": "gomel", "target": "harbin", "kind": "friendship", "date": "2014", "id": "a2"}]}
        """#.write(to: work.appendingPathComponent("books.json"), atomically: true, encoding: .utf8)
        try #"""
        {"directed": false, "multigraph": true, "graph": {}, "nodes": [
         {"id": "Q2280", "label": "Minsk"}, {"id": "Q42", "label": "Charbin"}, {"id": "Q7", "label": "Homel", "type": "region"},
         {"id": "Q9", "label": "Changchun"}],
         "links": [{"source": "Q42", "target": "Q2280", "kind": "twinning", "id": "w1"},
                   {"source": "Q2280", "target": "Q9", "kind": "twinning", "id": "w2"}]}
        """#.write(to: work.appendingPathComponent("wikidata.json"), atomically: true, encoding: .utf8)
        try "a_id,a_label,b_id,decision\nminsk,Minsk,Q2280,match\nharbin,Harbin,Q42,match\ngomel,Gomel,Q7,match\n"
            .write(to: work.appendingPathComponent("crosswalk.csv"), atomically: true, encoding: .utf8)
    }

    func path(_ name: String) -> String { work.appendingPathComponent(name).path }

    func testMergedFileKeepsBothSourcesAndTheConflicts() throws {
        let run = try Twinning.run(["merge", path("books.json"), path("wikidata.json"), "--crosswalk", path("crosswalk.csv"),
                                    "-o", path("merged.graphml"), "--conflicts", path("conflicts.csv")])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("merged books (a) and wikidata (b): 4 actors (3 in both, 0 only in books, 1 only in wikidata), 3 agreements (1 in both, 1 only in books, 1 only in wikidata)"), run.stderr)
        XCTAssertEqual(try String(contentsOfFile: path("conflicts.csv"), encoding: .utf8),
                       "record,id,field,value_a,value_b,id_a,id_b\nactor,gomel,type,city,region,gomel,Q7\n")
        let validate = try Twinning.run(["validate", path("merged.graphml")])
        XCTAssertEqual(validate.status, 0, validate.stderr)

        let output = try Python.output("""
        import json, sys, networkx as nx
        G = nx.read_graphml(sys.argv[1])
        print(json.dumps({"nodes": {v: d for v, d in G.nodes(data=True)},
                          "edges": sorted([d for _, _, d in G.edges(data=True)], key=lambda d: d.get("id", ""))}))
        """, arguments: [path("merged.graphml")], requiring: ["networkx"])
        let graph = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let nodes = try XCTUnwrap(graph["nodes"] as? [String: [String: Any]])
        XCTAssertEqual(nodes["harbin"]?["source_ids"] as? String, "books:harbin; wikidata:Q42")
        XCTAssertEqual(nodes["Q9"]?["sources"] as? String, "wikidata")
        XCTAssertEqual(nodes["gomel"]?["conflict_type"] as? String, "books: city; wikidata: region")
        let edges = try XCTUnwrap(graph["edges"] as? [[String: Any]])
        XCTAssertEqual(edges.map { $0["source_ids"] as? String }, ["books:a1; wikidata:w1", "books:a2", "wikidata:w2"])
        XCTAssertEqual(edges.first?["quote"] as? String, "Minsk et Harbin")
    }

    func testErrorsAndInputsNeverOverwritten() throws {
        let books = try String(contentsOfFile: path("books.json"), encoding: .utf8)
        for output in [path("books.json"), path("wikidata.json"), path("crosswalk.csv")] {
            let run = try Twinning.run(["merge", path("books.json"), path("wikidata.json"), "--crosswalk", path("crosswalk.csv"), "-o", output])
            XCTAssertNotEqual(run.status, 0, output)
        }
        let conflictsOverInput = try Twinning.run(["merge", path("books.json"), path("wikidata.json"), "--crosswalk", path("crosswalk.csv"),
                                                  "-o", path("out.json"), "--conflicts", path("crosswalk.csv")])
        XCTAssertEqual(conflictsOverInput.status, 2, conflictsOverInput.stderr)
        XCTAssertEqual(try String(contentsOfFile: path("books.json"), encoding: .utf8), books)
        XCTAssertTrue(try String(contentsOfFile: path("crosswalk.csv"), encoding: .utf8).hasPrefix("a_id,a_label"))

        try "a_id,b_id,decision\nminsk,Q2280,match\nvitebsk,Q1,match\n".write(toFile: path("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try Twinning.run(["merge", path("books.json"), path("wikidata.json"), "--crosswalk", path("bad.csv"), "-o", path("out.json")])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("bad.csv:3 (column 'a_id'): error: 'vitebsk' is no actor of books"), bad.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.json")), "nothing written on an error")
        let names = try Twinning.run(["merge", path("books.json"), path("wikidata.json"), "--crosswalk", path("crosswalk.csv"), "-o", path("out.json"), "--source-names", "x"])
        XCTAssertEqual(names.status, 2, names.stderr)
    }
}
