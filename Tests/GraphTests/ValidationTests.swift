import XCTest
@testable import Graph

final class ValidationTests: XCTestCase {
    private func messages(_ dataset: Dataset) -> [String] {
        Validation.findings(for: dataset).map { "\($0.severity.rawValue): \($0.message)" }
    }

    func testCleanDatasetHasNoFindings() {
        let dataset = Dataset(nodes: [Node(id: "by", type: .country), Node(id: "gomel", type: .city, within: "by")],
                              agreements: [Agreement(id: "a", from: "by", to: "gomel", kind: .twinning)])
        XCTAssertEqual(messages(dataset), [])
    }

    func testEveryProblemIsReported() {
        var dataset = Dataset(
            nodes: [Node(id: "a", type: NodeType(rawValue: "kolkhoz"), within: "b", aliases: ["Alpha"]),
                    Node(id: "b", within: "c"), Node(id: "c", within: "a", aliases: ["alpha"]), Node(id: "a"),
                    Node(id: "d", within: "nowhere")],
            agreements: [Agreement(id: "x", from: "a", to: "ghost", kind: AgreementKind(rawValue: "barter")),
                         Agreement(id: "x", from: "b", to: "b", status: AgreementStatus(rawValue: "rumoured"),
                                   provenance: Provenance(source: "missing-book"))],
            sources: [SourceRecord(id: "book"), SourceRecord(id: "book")])
        dataset.readingFindings = [Finding(.error, SourceLocation(file: "f.csv", line: 9), "expected a date")]
        let found = messages(dataset)
        let expected = [
            "error: expected a date",
            "warning: unknown node type 'kolkhoz'",
            "error: expected unique node ids, found 'a' again",
            "error: agreement 'x': 'to' names no node: 'ghost'",
            "warning: unknown agreement kind 'barter'",
            "error: expected unique agreement ids, found 'x' again",
            "warning: agreement 'x' joins 'b' to itself (self-loop)",
            "warning: unknown status 'rumoured'",
            "error: node 'd': 'within' names no node: 'nowhere'",
            "error: 'within' forms a cycle: a → b → c → a",
            "warning: alias 'alpha' of 'c' is also an alias of 'a'",
            "error: expected unique source ids, found 'book' again",
            "error: agreement 'x': 'source' names no source record: 'missing-book'",
        ]
        for fragment in expected {
            XCTAssertTrue(found.contains { $0.hasPrefix(fragment) }, "missing \(fragment) in \(found)")
        }
        XCTAssertEqual(found.count, expected.count, "\(found)")
    }

    func testFindingsNameTheirOrigin() throws {
        var dataset = Dataset(nodes: [Node(id: "a")], agreements: [Agreement(id: "e", from: "a", to: "b")])
        dataset.nodeOrigins = [SourceLocation(file: "nodes.csv", line: 2)]
        dataset.agreementOrigins = [SourceLocation(file: "agreements.csv", line: 7)]
        XCTAssertEqual(Validation.findings(for: dataset).map(\.description),
                       ["agreements.csv:7: error: agreement 'e': 'to' names no node: 'b'"])
    }

    func testSelfWithinIsACycle() {
        let dataset = Dataset(nodes: [Node(id: "a", within: "a")])
        XCTAssertEqual(messages(dataset), ["error: 'within' forms a cycle: a → a"])
    }
}
