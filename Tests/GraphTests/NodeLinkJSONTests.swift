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

    // MARK: Issue 9 hazards

    func read(_ text: String) throws -> Dataset {
        try NodeLinkJSON.read(Array(text.utf8), file: "t.json")
    }

    func testMixedDirectionIsADirectedGraphWithDirectedOnEveryEdge() throws {
        let mixed = Dataset(nodes: [Node(id: "a"), Node(id: "b")], agreements: [
            Agreement(id: "i", from: "b", to: "a", directed: true), Agreement(id: "t", from: "a", to: "b"),
        ])
        let text = NodeLinkJSON.write(mixed)
        XCTAssertTrue(text.hasPrefix("{\n \"directed\": true,\n \"multigraph\": false,"), text)
        let edges = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])["edges"] as? [[String: Any]]
        XCTAssertEqual(edges?.map { $0["directed"] as? Bool }, [true, false])
        XCTAssertEqual(try read(text), mixed)
        var undirected = mixed
        undirected.agreements[0].directed = false
        let plain = NodeLinkJSON.write(undirected)
        XCTAssertTrue(plain.hasPrefix("{\n \"directed\": false,"), plain)
        XCTAssertFalse(plain.contains("\"directed\": false,\n   "), "no per-edge directed in an undirected graph")
        XCTAssertEqual(try read(plain), undirected)
    }

    func testReservedNamesFillTheirFieldsWithJSONTypes() throws {
        let dataset = try read("""
        {"nodes": [{"id": "a", "label": "A", "type": "City", "country": "", "within": "b", "aliases": ["x", "y"]}, {"id": "b"}],
         "edges": [{"source": "a", "target": "b", "kind": "Twinning", "date": 1992, "end_date": "2001-02", "status": "signed",
                    "directed": true, "weight": 3, "source_id": "s1", "locator": "p. 2", "quote": "q", "url": "u", "note": 1.5}]}
        """)
        XCTAssertEqual(dataset.readingFindings, [])
        XCTAssertEqual(dataset.nodes[0], Node(id: "a", label: "A", type: .city, country: "", within: "b", aliases: ["x", "y"]))
        var expected = Agreement(id: "e0", from: "a", to: "b", kind: .twinning, date: PartialDate(year: 1992),
                                 endDate: PartialDate(year: 2001, month: 2), status: .signed, directed: true,
                                 provenance: Provenance(source: "s1", locator: "p. 2", quote: "q", url: "u"),
                                 attributes: ["note": .double(1.5)])
        expected.weightValue = .integer(3)
        XCTAssertEqual(dataset.agreements, [expected])
        // Written back: integer weight, empty country, each name once.
        let text = NodeLinkJSON.write(dataset)
        XCTAssertTrue(text.contains("\"weight\": 3,"), text)
        XCTAssertTrue(text.contains("\"country\": \"\","), text)
        XCTAssertEqual(try read(text), dataset)
    }

    func testUnparseableReservedValuesAreLocatedErrors() throws {
        let dataset = try read("""
        {"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a", "weight": "heavy"},
         {"source": "a", "target": "a", "date": "soon", "directed": "maybe", "weight": true}]}
        """)
        XCTAssertEqual(dataset.readingFindings.map(\.description), [
            "t.json ($.edges[0]: weight): error: expected weight as a finite number, found 'heavy'",
            "t.json ($.edges[1]: date): error: expected date as YYYY, YYYY-MM or YYYY-MM-DD, found 'soon'",
            "t.json ($.edges[1]: directed): error: expected directed as true or false, found 'maybe'",
            "t.json ($.edges[1]: weight): error: expected weight as a finite number, found 'true'",
        ])
        XCTAssertEqual(dataset.agreements.map(\.attributes), [[:], [:]], "never a silent attribute")
    }

    func testReservedNamesAreNeverWrittenTwice() throws {
        let dataset = Dataset(nodes: [Node(id: "a", attributes: ["id": .integer(9), "label": .string("shadow")])],
                              agreements: [Agreement(id: "e", from: "a", to: "a", kind: .twinning, provenance: Provenance(source: "s"),
                                                     attributes: ["kind": .string("shadow"), "source": .string("x"), "target": .string("y"),
                                                                  "source_id": .string("z"), "id": .string("w"), "note": .string("kept")])])
        let text = NodeLinkJSON.write(dataset)
        // Our reader refuses a repeated member, so reading back proves each name is written once.
        let read = try read(text)
        XCTAssertEqual(read.nodes, [Node(id: "a")])
        XCTAssertEqual(read.agreements, [Agreement(id: "e", from: "a", to: "a", kind: .twinning,
                                                   provenance: Provenance(source: "s"), attributes: ["note": .string("kept")])])
    }

    func testIntegerNodeIDsAndMultigraphKeysKeepTheirTypes() throws {
        let text = """
        {"directed": false, "multigraph": true, "graph": {}, "nodes": [{"id": 1, "within": 2}, {"id": 2}],
         "edges": [{"source": 1, "target": 2, "key": 0, "weight": 2}, {"source": 1, "target": 2, "key": 1, "weight": 0.5}]}
        """
        let dataset = try read(text)
        XCTAssertEqual(dataset.nodeIDType, .integer)
        XCTAssertEqual(dataset.nodes.map(\.id), ["1", "2"])
        XCTAssertEqual(dataset.agreements.map(\.id), ["1-2-0", "1-2-1"])
        XCTAssertEqual(dataset.agreements.map { $0.attributes["key"] }, [.integer(0), .integer(1)])
        XCTAssertEqual(dataset.agreements.map(\.weightValue), [.integer(2), .double(0.5)])
        let written = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(NodeLinkJSON.write(dataset).utf8)) as? [String: Any])
        let nodes = try XCTUnwrap(written["nodes"] as? [[String: Any]]), edges = try XCTUnwrap(written["edges"] as? [[String: Any]])
        XCTAssertEqual(written["multigraph"] as? Bool, true)
        XCTAssertEqual(nodes.map { $0["id"] as? Int }, [1, 2])
        XCTAssertEqual(nodes[0]["within"] as? Int, 2)
        XCTAssertEqual(edges.map { $0["source"] as? Int }, [1, 1])
        XCTAssertEqual(edges.map { $0["target"] as? Int }, [2, 2])
        XCTAssertEqual(edges.map { $0["key"] as? Int }, [0, 1])
        XCTAssertEqual(edges.map { $0["id"] as? String }, ["1-2-0", "1-2-1"])
        // The id type is a presentation hint, not content: string ids compare equal.
        var strings = dataset
        strings.nodeIDType = .string
        XCTAssertEqual(strings, dataset)
        XCTAssertTrue(NodeLinkJSON.write(strings).contains("\"id\": \"1\""))
        // A key that is only the id as text is not kept (Twinning writes it so without a key).
        let own = try read(#"{"multigraph": true, "nodes": [], "edges": [{"source": "a", "target": "b", "key": "e1", "id": "e1"}]}"#)
        XCTAssertEqual(own.agreements[0].attributes, [:])
    }
}
