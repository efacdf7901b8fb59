import XCTest
@testable import Graph
import GraphvizBridge

final class DOTFormatTests: XCTestCase {
    /// These tests read DOT, which Graph does through the Graphviz bridge.
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    func testRoundTripThroughCGraphKeepsEveryField() throws {
        for seed in 1...6 as ClosedRange<UInt64> {
            let dataset = TrickyDatasets.make(seed: seed)
            let back = try DOTFormat.read(Array(try DOTFormat.write(dataset).utf8), file: "t.dot")
            XCTAssertEqual(back.nodes.map(\.id), dataset.nodes.map(\.id))
            XCTAssertEqual(back.nodes.map(\.label), dataset.nodes.map(\.label))
            XCTAssertEqual(back.nodes.map(\.within), dataset.nodes.map(\.within))
            XCTAssertEqual(back.nodes.map(\.aliases), dataset.nodes.map(\.aliases))
            // DOT values are untyped: free attributes come back as their text.
            XCTAssertEqual(back.nodes.map { $0.attributes.mapValues(\.description) }, dataset.nodes.map { $0.attributes.mapValues(\.description) })
            // cgraph lists edges by tail node; compare as sets keyed by id.
            let original = Dictionary(uniqueKeysWithValues: dataset.agreements.map { ($0.id, $0) })
            XCTAssertEqual(back.agreements.count, dataset.agreements.count)
            for a in back.agreements {
                let o = try XCTUnwrap(original[a.id])
                XCTAssertEqual([a.from, a.to], [o.from, o.to])
                XCTAssertEqual(a.kind, o.kind); XCTAssertEqual(a.date, o.date); XCTAssertEqual(a.status, o.status)
                XCTAssertEqual(a.directed, o.directed); XCTAssertEqual(a.weight, o.weight); XCTAssertEqual(a.provenance, o.provenance)
            }
            XCTAssertEqual(back.metadata.mapValues(\.description), dataset.metadata.mapValues(\.description))
        }
    }

    func testReadsPlainGraphvizFiles() throws {
        let text = "digraph G { rankdir=LR; a -> b -> c; b [label=\"Б\", shape=box]; subgraph cluster_x { d } }"
        let dataset = try DOTFormat.read(Array(text.utf8), file: "g.dot")
        XCTAssertEqual(Set(dataset.nodes.map(\.id)), ["a", "b", "c", "d"])
        XCTAssertEqual(dataset.agreements.count, 2)
        XCTAssertTrue(dataset.isDirected)
        XCTAssertEqual(dataset.nodes.first { $0.id == "b" }?.label, "Б")
        XCTAssertEqual(dataset.nodes.first { $0.id == "b" }?.attributes["shape"], .string("box"))
        XCTAssertEqual(dataset.metadata["rankdir"], .string("LR"))
    }

    func testSyntaxErrorNamesTheLine() {
        XCTAssertThrowsError(try DOTFormat.read(Array("graph {\n a -- b;\n c -- ;\n}".utf8), file: "bad.dot")) { error in
            XCTAssertTrue("\(error)".hasPrefix("bad.dot:3:7: error: expected a node or a subgraph after '--', found ';'"), "\(error)")
        }
    }

    func testLabelQuotingForDrawing() {
        XCTAssertEqual(DOTText.quotedLabel("a \"b\" \\c\nd"), "\"a \\\"b\\\" \\\\c\\nd\"")
        XCTAssertEqual(DOTText.id("abc_1"), "abc_1")
        XCTAssertEqual(DOTText.id("1abc"), "\"1abc\"")
        XCTAssertEqual(DOTText.id("node"), "\"node\"")
    }
}
