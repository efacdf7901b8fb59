import Foundation
import Graph
import GraphvizBridge
import TestSupport
@testable import Render
import XCTest

/// Hostile names in a drawing: the DOT text quotes them so that Graphviz shows them as they
/// are (no `\N`, `\G` or entity interpreted), and the SVG stays well-formed and inert.
final class HostileDiagramTests: XCTestCase {
    func testQuotedLabelEscapesGraphvizEscapesEntitiesAndLineBreaks() {
        XCTAssertEqual(DOTText.quotedLabel("\\N & \"x\"\nend\\"), #""\\N &amp; \"x\"\nend\\""#)
        XCTAssertEqual(DOTText.quotedLabel("\\G", unescapedTwice: true), #""\\\\G""#)
        XCTAssertEqual(DiagramDOTWriter.attributeList([("label", "a\u{01}b"), ("tooltip", "\\N"), ("fillcolor", "#FFFFFF")]),
                       ##" [label="a\##u{FFFD}b", tooltip="\\\\N", fillcolor="#FFFFFF"]"##)
    }

    /// Every hostile text as an actor's id and label, a country (clusters) and agreement ids.
    func hostileDataset() -> Dataset {
        let nodes = HostileText.all.enumerated().map { i, text in
            Node(id: "id\(i)" + text, label: text, type: NodeType(parsing: i % 2 == 0 ? "city" : text), country: i % 3 == 0 ? text : "BY")
        }
        let agreements = nodes.indices.dropFirst().map { i in
            Agreement(id: "e\(i)" + HostileText.all[i], from: nodes[i - 1].id, to: nodes[i].id, kind: AgreementKind(parsing: HostileText.all[i]))
        }
        return Dataset(nodes: nodes, agreements: agreements)
    }

    func testHostileNamesDrawExactlyAndInert() throws {
        let dataset = hostileDataset()
        let options = DiagramOptions(layout: .dot, clusterBy: .country, labels: .all)
        let dot = try DiagramDOTWriter.dot(for: dataset, options: options)
        let bytes = try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg)
        let svg = SVGSummary.parse(bytes)  // fails the test if the SVG is not well-formed XML
        let text = String(decoding: bytes, as: UTF8.self)
        for injected in ["<script", "<img", "<svg onload", "<b>", "<!--<"] {
            XCTAssertFalse(text.contains(injected), "raw \(injected) in the SVG")
        }
        XCTAssertEqual(svg.groups(withClass: "node").count, dataset.nodes.count)
        XCTAssertEqual(svg.groups(withClass: "edge").count, dataset.agreements.count)
        let shown = Set(svg.texts)
        for node in dataset.nodes {
            // Shown exactly: no \N or \G replaced, no entity decoded; U+0001 as U+FFFD.
            let expected = XMLText.xmlCharacters(node.label)
            XCTAssertTrue(shown.contains(expected), "label \(expected.debugDescription) not drawn as is; drawn: \(svg.texts)")
            XCTAssertTrue(svg.titles.contains { $0.hasPrefix(expected + "\nid: ") }, "tooltip of \(expected.debugDescription): \(svg.titles)")
        }
    }
}
