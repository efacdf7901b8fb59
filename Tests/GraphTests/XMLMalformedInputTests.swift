import Foundation
import XCTest
@testable import Graph

/// Every file in Fixtures/malformed (made by make_malformed.py) must give one InputError that
/// names the file, a line and column, and what was expected; never a crash or a hang.
final class XMLMalformedInputTests: XCTestCase {
    /// File name → a fragment of the expected message.
    static let expected: [String: String] = [
        "graphml-empty.graphml": "1:1: error: the file is empty: expected an XML document",
        "graphml-whitespace-only.graphml": "expected a root element, found end of file",
        "graphml-binary-garbage.graphml": "1:1: error: invalid UTF-8 byte 0x89",
        "graphml-control-character.graphml": "control character U+0001 is not allowed in XML",
        "graphml-utf16.graphml": "1:1: error: the file starts with a UTF-16 byte order mark: expected UTF-8",
        "graphml-latin1.graphml": "4:16: error: invalid UTF-8 byte 0xFC",
        "graphml-truncated.graphml": "unexpected end of file: <graph> opened at line 3, column 3 is not closed",
        "graphml-truncated-in-tag.graphml": "4:14 (graphml/graph): error: unterminated value of attribute id in <node>",
        "graphml-mismatched-tags.graphml": "5:5 (graphml/graph/node): error: expected </node> to close <node> from line 4, column 5, found </edge>",
        "graphml-entity-bomb.graphml": "3:2: error: entity declarations (<!ENTITY ...>) are not supported",
        "graphml-xxe.graphml": "2:20: error: entity declarations (<!ENTITY ...>) are not supported",
        "graphml-undeclared-entity.graphml": "unknown entity &nbsp;: only &lt; &gt; &amp; &apos; &quot; and character references are supported",
        "graphml-bare-ampersand.graphml": "4:17 (graphml/graph): error: '&' must start a reference such as &amp;",
        "graphml-lt-in-attribute.graphml": "4:16 (graphml/graph): error: '<' is not allowed in the value of attribute id",
        "graphml-missing-node-id.graphml": "5:5 (graphml/graph/node): error: <node> has no id attribute",
        "graphml-edge-missing-source.graphml": "5:5 (graphml/graph/edge): error: <edge> has no source attribute",
        "graphml-edge-missing-target.graphml": "5:5 (graphml/graph/edge): error: <edge> has no target attribute",
        "graphml-bad-attr-type.graphml": "3:3 (graphml/key): error: key d0 has attr.type=\"integer\": expected one of boolean, int, long, float, double, string",
        "graphml-mistyped-value.graphml": "5:18 (graphml/graph/node/data): error: value \"abc\" of key d0 (population) is not a valid int",
        "graphml-mistyped-boolean.graphml": "value \"maybe\" of key d0 (active) is not a valid boolean",
        "graphml-mistyped-default.graphml": "(graphml/key/default): error: value \"wide\" of key d0 (area) is not a valid double",
        "graphml-unknown-key.graphml": "4:18 (graphml/graph/node/data): error: <data key=\"d9\"> refers to no declared key",
        "graphml-unterminated-comment.graphml": "5:5 (graphml/graph): error: unterminated comment: expected '-->'",
        "graphml-unterminated-cdata.graphml": "error: unterminated CDATA section: expected ']]>'",
        "graphml-bad-edgedefault.graphml": "3:3 (graphml/graph): error: edgedefault is \"sideways\": expected directed or undirected",
        "graphml-wrong-root.graphml": "2:1 (gexf): error: expected a <graphml> root element, found <gexf>",
        "graphml-two-roots.graphml": "6:1: error: found a second root element <graphml> after the root element ended",
        "graphml-bad-sources-json.graphml": "error: graph data sources: source 1 is not an object with a string \"id\"",
        "gexf-empty.gexf": "the file is empty: expected an XML document",
        "gexf-truncated.gexf": "unexpected end of file: <edges> opened at line 8, column 5 is not closed",
        "gexf-entity-bomb.gexf": "3:2: error: entity declarations (<!ENTITY ...>) are not supported",
        "gexf-xxe.gexf": "2:17: error: entity declarations (<!ENTITY ...>) are not supported",
        "gexf-missing-node-id.gexf": "6:7 (gexf/graph/nodes/node): error: <node> has no id attribute",
        "gexf-edge-missing-source.gexf": "9:7 (gexf/graph/edges/edge): error: <edge> has no source attribute",
        "gexf-bad-spell-date.gexf": "9:7 (gexf/graph/edges/edge): error: start \"2009-13-45\" is not a date: expected YYYY-MM-DD",
        "gexf-bad-spell-date-in-spells.gexf": "(gexf/graph/edges/edge/spells/spell): error: start \"someday\" is not a date",
        "gexf-bad-attribute-type.gexf": "error: attribute 0 has type \"int\": expected one of integer, long, float, double, boolean, string",
        "gexf-mistyped-attvalue.gexf": "error: value \"abc\" of attribute 0 (budget) is not a valid long",
        "gexf-unknown-attribute.gexf": "error: <attvalue for=\"7\"> refers to no declared attribute of class edge",
        "gexf-bad-weight.gexf": "9:7 (gexf/graph/edges/edge): error: expected weight as a finite number, found 'heavy'",
        "gexf-bad-edge-type.gexf": "error: edge type is \"both\": expected directed, undirected or mutual",
        "gexf-unterminated-comment.gexf": "error: unterminated comment: expected '-->'",
        "gexf-latin1.gexf": "5:28: error: invalid UTF-8 byte 0xFC",
    ]

    func testEveryMalformedFileGivesALocatedInputError() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("malformed")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("graphml-") || $0.hasPrefix("gexf-") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 14)
        XCTAssertEqual(Set(names), Set(Self.expected.keys), "each file needs an expected message, and each message a file")
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let read = name.hasPrefix("gexf-") ? GEXFFormat.read : GraphMLFormat.read
            do {
                _ = try read(bytes, name)
                XCTFail("\(name): read without error")
            } catch let error as InputError {
                let message = error.description
                XCTAssertFalse(message.contains("\n"), message)
                XCTAssertTrue(message.hasPrefix(name + ":"), message)
                XCTAssertNotNil(error.location.line, message)
                XCTAssertNotNil(error.location.column, message)
                XCTAssertTrue(message.contains(Self.expected[name] ?? "?"), "\(name): \(message)")
            }
        }
    }

    /// Seeded random damage (byte changes, cuts, repeats) to files we write: each read must
    /// succeed or throw an InputError, never trap or hang.
    func testDamagedFilesNeverCrash() {
        let graphml = Array(GraphMLFormat.write(SampleDatasets.full()).utf8)
        let gexf = Array(GEXFFormat.write(SampleDatasets.full()).utf8)
        let specials = Array("<>&;\"'/=![]-?#x\u{0}\u{FF}".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var failures = 0
        for round in 0..<3000 {
            var bytes = round % 2 == 0 ? graphml : gexf
            for _ in 0...random(4) {
                let at = random(bytes.count)
                switch random(4) {
                case 0: bytes[at] = specials[random(specials.count)]
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + random(40)))
                case 2: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + random(60))], at: random(bytes.count))
                default: bytes = Array(bytes[..<at])
                }
                if bytes.isEmpty { break }
            }
            do {
                _ = round % 2 == 0 ? try GraphMLFormat.read(bytes, file: "damaged.graphml")
                                   : try GEXFFormat.read(bytes, file: "damaged.gexf")
            } catch let error as InputError {
                if error.location.line == nil || error.description.contains("\n") { failures += 1 }
            } catch {
                failures += 1
            }
        }
        XCTAssertEqual(failures, 0)
    }
}
