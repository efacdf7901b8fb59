import Foundation
import XCTest
@testable import Graph
import GraphvizBridge

/// The bad-input corpus: every malformed file or folder under Fixtures/malformed is answered
/// with a one-line message naming the file (and line where there is one) and the problem,
/// never a crash or a hang. GraphML and GEXF cases have their own tests.
final class MalformedInputTests: XCTestCase {
    /// These tests read DOT, which Graph does through the Graphviz bridge.
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    static let expectations: [String: String] = [
        "native-missing-id-column": "nodes.csv:1: error: expected a column 'id' in the header",
        "native-unterminated-quote": "nodes.csv:2:7: error: expected a closing quote",
        "native-unknown-endpoint": "agreements.csv:2: error: agreement 'e1': 'to' names no node: 'harbin'",
        "native-within-cycle": "error: 'within' forms a cycle: a → b → c → a",
        "native-duplicate-id": "nodes.csv:4: error: expected unique node ids, found 'minsk' again",
        "native-empty-nodes": "nodes.csv:1: error: expected a header row",
        "native-bad-date": "agreements.csv:2 (column 'date'): error: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '2017-13-01'",
        "native-bad-number": "nodes.csv:2 (column 'population'): error: expected a value of type int, found 'many'",
        "native-field-count": "nodes.csv:2: error: expected 2 fields as in the header, found 3",
        "native-missing-agreements-file": "agreements.csv: error: no such file or directory",
        "native-binary-garbage": "nodes.csv:",
        "native-latin1": "nodes.csv:3:14: error: expected UTF-8 text, found byte 0xEE",
        "native-utf16": "nodes.csv:1:1: error: expected UTF-8 text, found a UTF-16 byte-order mark",
        "edges-empty.csv": "edges-empty.csv:1: error: expected edge lines",
        "edges-one-field.csv": "edges-one-field.csv:2: error: expected at least two fields (source and target), found 'lonely'",
        "edges-binary.tsv": "edges-binary.tsv:",
        "edges-unterminated-quote.csv": "edges-unterminated-quote.csv:2:1: error: expected a closing quote",
        "json-empty.json": "json-empty.json:1:1: error: expected a JSON value, found an empty file",
        "json-truncated.json": "json-truncated.json:1:",
        "json-trailing-comma.json": "json-trailing-comma.json:1:24: error: expected a value",
        "json-no-nodes.json": "json-no-nodes.json ($.nodes): error: expected an array of nodes, found nothing",
        "json-bad-escape.json": "json-bad-escape.json:1:21: error: expected an escape",
        "json-edge-without-target.json": "($.edges[0]): error: expected \"source\" and \"target\"",
        "json-bad-date.json": "($.edges[0]: date): error: expected date as YYYY, YYYY-MM or YYYY-MM-DD, found 'spring 2017'",
        "dot-syntax.dot": "dot-syntax.dot:3:8: error: expected a node or a subgraph after '--', found ';'",
        "dot-empty.dot": "dot-empty.dot:1: error: expected a DOT graph",
        "dot-unterminated-string.dot": "dot-unterminated-string.dot:",
        "dot-binary.dot": "dot-binary.dot:",
    ]

    static var corpus: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/malformed")
    }

    /// The first error a reader or validation reports for `path`, as one line.
    static func firstError(_ path: String) -> String? {
        do {
            let dataset = try DatasetIO.read(path)
            return Validation.findings(for: dataset).first { $0.severity == .error }?.description
        } catch {
            return "\(error)"
        }
    }

    func testEveryCaseHasAnExpectation() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { !$0.hasPrefix("graphml-") && !$0.hasPrefix("gexf-") && !$0.hasSuffix(".py") }
        XCTAssertEqual(Set(names), Set(Self.expectations.keys))
    }

    func testEachMalformedInputGivesOneLineNamingThePlace() {
        for (name, fragment) in Self.expectations.sorted(by: { $0.key < $1.key }) {
            let path = Self.corpus.appendingPathComponent(name).path
            guard let message = Self.firstError(path) else {
                XCTFail("\(name): no error reported")
                continue
            }
            XCTAssertFalse(message.contains("\n"), "\(name): message spans lines: \(message)")
            XCTAssertTrue(message.hasPrefix(path), "\(name): message does not start with the path: \(message)")
            XCTAssertTrue(message.contains(fragment), "\(name): '\(message)' does not contain '\(fragment)'")
        }
    }

    func testAbsurdlyLongLineIsReadOrRefusedQuickly() throws {
        let line = String(repeating: "x", count: 8_000_000)
        XCTAssertThrowsError(try EdgeList.read(Array((line + "\n").utf8), file: "long.csv", delimiter: .comma)) { error in
            XCTAssertTrue("\(error)".hasPrefix("long.csv:1: error: expected at least two fields"), "\("\(error)".prefix(200))")
        }
        let dataset = try EdgeList.read(Array("a,\(line)\n".utf8), file: "long.csv", delimiter: .comma)
        XCTAssertEqual(dataset.nodes[1].id.count, line.count)
    }

    func testDeeplyNestedJSONIsRefusedWithoutRecursingDeep() {
        let text = String(repeating: "{\"a\":", count: 200_000) + "1" + String(repeating: "}", count: 200_000)
        XCTAssertThrowsError(try NodeLinkJSON.read(Array(text.utf8), file: "deep.json")) { error in
            XCTAssertTrue("\(error)".contains("levels of nesting"), "\(error)")
        }
    }
}
