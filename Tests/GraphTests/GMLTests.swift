import Foundation
import XCTest
@testable import Graph

final class GMLTests: XCTestCase {
    func read(_ text: String, file: String = "t.gml") throws -> Dataset {
        try GMLFormat.read(Array(text.utf8), file: file)
    }

    // MARK: Round trips

    func testRoundTripsFeaturedDatasetsFieldByField() throws {
        for seed: UInt64 in [1, 2, 3, 4, 5] {
            let dataset = FormatTestData.featured(seed: seed)
            let text = GMLFormat.write(dataset)
            XCTAssertTrue(text.utf8.allSatisfy { $0 < 0x80 }, "GML output is 7-bit ASCII")
            FormatTestData.assertSame(try read(text), dataset, "seed \(seed)")
        }
    }

    func testRoundTripsGeneratedDatasets() throws {
        var generator = GeneratedRoundTripTests.Generator(state: 77)
        for round in 0..<300 {
            let dataset = generator.dataset(directed: [nil, true, false][round % 3])
            let text = GMLFormat.write(dataset)
            let back = try read(text)
            XCTAssertEqual(back, dataset, "round \(round):\n\(text)")
            XCTAssertEqual(back.readingFindings, [])
            if back != dataset { return }
        }
    }

    // MARK: Writing conventions

    func testWritesIdsLabelsDirectionKeysBooleansAndGraphics() throws {
        var dataset = Dataset(metadata: ["open": .boolean(true)])
        dataset.nodes = [
            Node(id: "minsk", label: "Минск", attributes: ["x": .double(1.5), "y": .integer(-2), "capital": .boolean(true)]),
            Node(id: "harbin", attributes: ["with space": .string("a\"b&c")]),
        ]
        dataset.agreements = [
            Agreement(id: "a1", from: "minsk", to: "harbin", directed: true, weight: nil),
            Agreement(id: "a2", from: "harbin", to: "minsk", date: PartialDate("2017-03"), provenance: Provenance(source: "book")),
            Agreement(id: "a3", from: "harbin", to: "minsk"),
        ]
        dataset.agreements[0].weightValue = .integer(3)
        let text = GMLFormat.write(dataset)
        XCTAssertEqual(text, """
        graph [
          directed 1
          multigraph 1
          open 1
          twinning [
            attribute [ for "graph" key "open" type "boolean" ]
            attribute [ for "node" key "capital" type "boolean" ]
            attribute [ for "node" key "with_space" name "with space" ]
          ]
          node [
            id 0
            label "minsk"
            name "&#1052;&#1080;&#1085;&#1089;&#1082;"
            capital 1
            graphics [
              x 1.5
              y -2
            ]
          ]
          node [
            id 1
            label "harbin"
            with_space "a&quot;b&amp;c"
          ]
          edge [
            source 0
            target 1
            key "a1"
            weight 3
          ]
          edge [
            source 1
            target 0
            key "a2"
            directed 0
            date "2017-03"
            source_id "book"
          ]
          edge [
            source 1
            target 0
            key "a3"
            directed 0
          ]
        ]

        """)
        XCTAssertEqual(try read(text), dataset)
    }

    func testRealsKeepADecimalPointAndSpecialValues() {
        XCTAssertEqual(GMLWriter.literal(.real(1e-07)), "1.0e-07")
        XCTAssertEqual(GMLWriter.literal(.real(3)), "3.0")
        XCTAssertEqual(GMLWriter.literal(.real(.infinity)), "+INF")
        XCTAssertEqual(GMLWriter.literal(.real(-.infinity)), "-INF")
        XCTAssertEqual(GMLWriter.literal(.real(.nan)), "NAN")
        XCTAssertEqual(GMLText.escape("é\"&\n😀"), "&#233;&quot;&amp;&#10;&#128512;")
        XCTAssertEqual(GMLText.unescape("&quot;&amp;&#1052;&#x41C;&eacute;&lt;&bogus;&#;&"), "\"&ММé<&bogus;&#;&")
        // A sign is not a digit: "&#+65;" and "&#x+41;" stay as written.
        XCTAssertEqual(GMLText.unescape("&#+65;&#x+41;&#-1;"), "&#+65;&#x+41;&#-1;")
    }

    /// networkx rewrites an integer beyond 32 bits as a string: the `twinning` list says which
    /// keys hold such integers, so the string reads back as the integer.
    func testWideIntegersAreNotedAndReadBackFromText() throws {
        let dataset = Dataset(nodes: [Node(id: "a", attributes: ["population": .integer(9_007_199_254_740_993), "rank": .integer(3)]),
                                      Node(id: "b", attributes: ["population": .integer(1)])])
        let text = GMLFormat.write(dataset)
        XCTAssertTrue(text.contains("attribute [ for \"node\" key \"population\" type \"integer\" ]"), text)
        XCTAssertFalse(text.contains("key \"rank\""), "an integer within 32 bits needs no note")
        XCTAssertEqual(try read(text), dataset)
        let rewritten = text.replacingOccurrences(of: "population 9007199254740993", with: "population \"9007199254740993\"")
        XCTAssertNotEqual(rewritten, text)
        XCTAssertEqual(try read(rewritten), dataset)
        let unnoted = try read("graph [ node [ id 0 label \"a\" population \"9007199254740993\" ] ]")
        XCTAssertEqual(unnoted.nodes[0].attributes["population"], .string("9007199254740993"), "without the note, text stays text")
    }

    // MARK: Files others write

    func testReadsNetworkxMultigraphKeysAsTypedKeys() throws {
        let text = """
        graph [
          multigraph 1
          node [ id 0 label "a" ]
          node [ id 1 label "b" ]
          edge [ source 0 target 1 key 0 weight 1.0 ]
          edge [ source 0 target 1 key 1 weight 2 ]
          edge [ source 1 target 0 key 0 ]
        ]
        """
        let dataset = try read(text)
        XCTAssertEqual(dataset.agreements.map(\.id), ["a-b-0", "a-b-1", "b-a-0"])
        XCTAssertEqual(dataset.agreements.map { $0.attributes["key"] }, [.integer(0), .integer(1), .integer(0)])
        XCTAssertEqual(dataset.agreements.map(\.weightValue), [.double(1), .integer(2), nil])
        let again = GMLFormat.write(dataset)
        XCTAssertTrue(again.contains("    key 0\n    id \"a-b-0\"\n"), again)
        XCTAssertEqual(try read(again), dataset)
    }

    func testIntegerKeysStayIntegersWithoutRepeats() throws {
        let dataset = try read("graph [ multigraph 1 node [ id 0 label \"a\" ] edge [ source 0 target 0 key 7 ] ]")
        XCTAssertEqual(dataset.agreements.map(\.id), ["7"])
        XCTAssertEqual(dataset.agreements[0].attributes["key"], .integer(7))
        let text = GMLFormat.write(dataset)
        XCTAssertTrue(text.contains("    key 7\n  ]"), text)
        XCTAssertEqual(try read(text), dataset)
    }

    func testReadsIgraphFilesWithRawUTF8NamesAndInfinities() throws {
        let text = """
        Creator "igraph version 1.0.0"
        Version 1
        graph
        [
          directed 1
          node
          [
            id 0
            name "Минск"
            pop 12
          ]
          node
          [
            id 1
            name "b"
            pop 1.5e+20
          ]
          edge
          [
            source 1
            target 0
            enddate "2001-05"
            sourceid "s1"
            inf Inf
            text "two
        lines"
          ]
        ]
        """
        let dataset = try read(text)
        XCTAssertEqual(dataset.nodes.map(\.id), ["Минск", "b"])
        XCTAssertEqual(dataset.nodes.map { $0.attributes["pop"] }, [.integer(12), .double(1.5e20)])
        let edge = try XCTUnwrap(dataset.agreements.first)
        XCTAssertEqual([edge.from, edge.to], ["b", "Минск"])
        XCTAssertTrue(edge.directed)
        XCTAssertEqual(edge.endDate, PartialDate("2001-05"))
        XCTAssertEqual(edge.provenance.source, "s1")
        XCTAssertEqual(edge.attributes["inf"], .double(.infinity))
        XCTAssertEqual(edge.attributes["text"], .string("two\nlines"))
    }

    func testDuplicateLabelsFallBackToGMLIdsAndGraphicsBecomeLayout() throws {
        let text = """
        # Cytoscape-like
        graph [
          node [ id 10 label "Paris" graphics [ x 1.0 y 2.0 w 30.0 h 20.0 fill "#ff0000" type "ellipse" ] ]
          node [ id 11 label "Paris" ]
          edge [ source 10 target 11 graphics [ width 2 fill "#00ff00" Line [ point [ x 1 y 2 ] ] ] ]
        ]
        """
        let dataset = try read(text)
        XCTAssertEqual(dataset.nodes.map(\.id), ["10", "11"])
        XCTAssertEqual(dataset.nodes.map(\.label), ["Paris", "Paris"])
        XCTAssertEqual(dataset.nodes[0].attributes, ["x": .double(1), "y": .double(2), "size": .double(30),
                                                     "graphics_h": .double(20), "color": .string("#ff0000"),
                                                     "graphics_type": .string("ellipse")])
        XCTAssertEqual(dataset.agreements[0].attributes, ["thickness": .integer(2), "color": .string("#00ff00")])
        XCTAssertEqual(dataset.readingFindings.map(\.severity), [.warning])
        XCTAssertEqual(dataset.readingFindings.first?.location.line, 5)
        // Written back inside graphics, and read back the same.
        XCTAssertEqual(try read(GMLFormat.write(dataset)).nodes, dataset.nodes)
    }

    // MARK: Malformed input

    func testMalformedInputsGiveLocatedErrors() {
        let cases: [(String, String)] = [
            ("graph [\n  node [ id 0 ", "t.gml:2:15: error: expected ']' to close the list opened at line 2, column 8, found the end of the file"),
            ("graph [\n  node [ id 0 label \"a ]\n]", "t.gml:2:21: error: expected a closing '\"'"),
            ("graph [\n  node [ id ]\n]", "t.gml:2:13: error: expected a value for key 'id'"),
            ("graph [\n  node [ 5 ]\n]", "t.gml:2:10: error: expected a key"),
            ("graph [ ] ]", "t.gml:1:11: error: expected a key, found ']' with no list open"),
            ("node [ id 0 ]", "t.gml:1:1: error: expected a 'graph [ ... ]' list, found none"),
            ("graph [ ]\ngraph [ ]", "t.gml:2:1: error: expected one graph, found a second"),
            ("graph [\n  node [ label \"a\" ]\n]", "t.gml:2:3: error: node has no 'id'"),
            ("graph [\n node [ id 0 ]\n node [ id 0 ]\n]", "t.gml:3:2: error: node id 0 is duplicated (first at line 2)"),
            ("graph [\n node [ id 0 ]\n edge [ source 0 target 7 ]\n]", "t.gml:3:18: error: edge target 7 names no node"),
            ("graph [\n node [ id 0 ]\n edge [ source 0 ]\n]", "t.gml:3:2: error: edge has no 'target'"),
            ("graph [ directed 2 ]", "t.gml:1:9: error: expected 'directed' as 0 or 1, found 2"),
            ("graph [ x blue ]", "t.gml:1:11: error: expected a value for key 'x'"),
            ("graph [ name \"\u{00E9}\" ]\u{0}", "t.gml:1:19: error: expected UTF-8 text, found a NUL byte"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try read(text), text) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(text)\n→ \(error)\nexpected \(expected)")
            }
        }
    }

    func testReservedValuesThatDoNotParseAreLocatedFindings() throws {
        let dataset = try read("graph [\n node [ id 0 label \"a\" ]\n edge [ source 0 target 0 date \"soon\" weight \"heavy\" ]\n]")
        XCTAssertEqual(dataset.readingFindings.map(\.description), [
            "t.gml:3:2 (date): error: expected date as YYYY, YYYY-MM or YYYY-MM-DD, found 'soon'",
            "t.gml:3:2 (weight): error: expected weight as a finite number, found 'heavy'",
        ])
    }

    func testNestingDepthIsBounded() {
        let deep = "graph [ " + String(repeating: "a [ ", count: 100) + String(repeating: "] ", count: 101)
        XCTAssertThrowsError(try read(deep)) { error in
            XCTAssertTrue("\(error)".contains("expected at most 64 nested lists"), "\(error)")
        }
    }
}
