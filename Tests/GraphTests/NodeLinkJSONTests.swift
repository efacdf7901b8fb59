import XCTest
@testable import Graph

final class NodeLinkJSONTests: XCTestCase {
    func testRoundTripIsLossless() throws {
        for seed in 1...8 as ClosedRange<UInt64> {
            let dataset = TrickyDatasets.make(seed: seed)
            let back = try NodeLinkJSON.read(Array(NodeLinkJSON.write(dataset).utf8), file: "t.json")
            XCTAssertEqual(back.readingFindings, [])
            XCTAssertEqual(back, dataset, "seed \(seed)")
        }
    }

    func testReadsWhatNetworkxWrites() throws {
        let text = """
        {"directed": false, "multigraph": true, "graph": {"name": "x"}, "nodes": [{"pop": 3, "id": "a"}, {"id": 7}],
         "edges": [{"weight": 2.0, "source": "a", "target": 7, "key": 0}, {"source": "a", "target": 7, "key": 1, "tags": [1, 2]}]}
        """
        let dataset = try NodeLinkJSON.read(Array(text.utf8), file: "nx.json")
        XCTAssertEqual(dataset.nodes.map(\.id), ["a", "7"])
        XCTAssertEqual(dataset.nodes[0].attributes["pop"], .integer(3))
        XCTAssertEqual(dataset.agreements.map(\.id), ["a-7-0", "a-7-1"])
        XCTAssertEqual(dataset.agreements[0].weight, 2.0)
        XCTAssertEqual(dataset.agreements[1].attributes["tags"], .string("[1,2]"))
        XCTAssertEqual(dataset.metadata["name"], .string("x"))
    }

    func testOldLinksMemberAndDirectedGraphs() throws {
        let text = #"{"directed": true, "nodes": [{"id": 1}, {"id": 2}], "links": [{"source": 1, "target": 2}]}"#
        let dataset = try NodeLinkJSON.read(Array(text.utf8), file: "nx.json")
        XCTAssertEqual(dataset.agreements.count, 1)
        XCTAssertTrue(dataset.isDirected)
    }

    func testErrorsNameLineAndColumn() {
        let cases: [(String, String)] = [
            ("{\n  \"nodes\": [\n    {\"id\": \"a\",}\n  ]\n}", "t.json:3:16: error: expected a member name in quotes"),
            ("{\"nodes\": [", "expected a value, found the end of the file"),
            ("{\"nodes\": \"x\"}", "expected an array of nodes"),
            ("{\"nodes\": [{\"label\": \"no id\"}]}", "expected a node \"id\""),
            ("[1, 2]", "expected a node-link object"),
            ("{\"a\": 1, \"a\": 2}", "found 'a' again"),
            ("{\"s\": \"bad \\q escape\"}", "expected an escape"),
            ("", "found an empty file"),
            (String(repeating: "[", count: 100_000), "levels of nesting"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try NodeLinkJSON.read(Array(text.utf8), file: "t.json")) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error) does not contain \(expected)")
            }
        }
    }
}
