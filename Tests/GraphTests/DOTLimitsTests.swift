import CGraphviz
import XCTest
@testable import Graph
@testable import GraphvizBridge

/// DOT's bounds (`InputLimits`): nesting, edge-product expansion, string length; errors that
/// never carry a negative column; cgraph's warnings located at file and line; and the DOT
/// writer's refusal of what the reader would refuse (issue 12).
final class DOTLimitsTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    func read(_ text: String, limits: InputLimits = .default) throws -> Dataset {
        try DatasetIO.parse(Array(text.utf8), file: "g.dot", format: .dot, limits: limits)
    }

    func assertError(_ text: String, limits: InputLimits = .default, _ expected: String,
                     file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try read(text, limits: limits), file: file, line: line) { error in
            XCTAssertEqual("\(error)", expected, file: file, line: line)
        }
    }

    // MARK: Nesting

    func testDeepNestingIsRefusedNotACrash() {
        let depth = 13_000
        let braces = "graph {" + String(repeating: "{", count: depth) + String(repeating: "}", count: depth) + "}"
        assertError(braces, "g.dot:1:264: error: expected subgraphs nested at most 256 levels deep (the DOT nesting limit), found deeper")
        let edge = "digraph { a -> " + String(repeating: "{", count: depth) + "b" + String(repeating: "}", count: depth) + " }"
        assertError(edge, "g.dot:1:272: error: expected subgraphs nested at most 256 levels deep (the DOT nesting limit), found deeper")
        let named = "graph {" + String(repeating: "subgraph s {", count: 300) + String(repeating: "}", count: 300) + "}"
        XCTAssertThrowsError(try read(named)) { XCTAssertTrue("\($0)".contains("the DOT nesting limit"), "\($0)") }
    }

    func testNestingAtTheLimitIsRead() throws {
        let text = "graph {" + String(repeating: "{", count: 256) + "a -- b" + String(repeating: "}", count: 256) + "}"
        let dataset = try read(text)
        XCTAssertEqual(dataset.nodes.map(\.id), ["a", "b"])
        XCTAssertEqual(dataset.agreements.count, 1)
    }

    // MARK: Edge products

    static func product(_ m: Int, _ n: Int) -> String {
        "graph {\n {" + (0..<m).map { "a\($0)" }.joined(separator: " ") + "} -- {"
            + (0..<n).map { "b\($0)" }.joined(separator: " ") + "}\n}"
    }

    func testEdgeProductOverTheLimitIsRefusedBeforeExpansion() throws {
        let text = Self.product(100, 100)
        let column = 5 + (0..<100).map { "a\($0)" }.joined(separator: " ").utf8.count
        assertError(text, limits: InputLimits(maxAgreements: 9_999),
                    "g.dot:2:\(column): error: expected at most 9999 agreements (the limit set by --max-agreements), found 10000")
        XCTAssertEqual(try read(text, limits: InputLimits(maxAgreements: 10_000)).agreements.count, 10_000)
    }

    /// The issue's 30 KB file: 4,000,000 agreements, refused by default limits in the syntax
    /// check (milliseconds), before cgraph would expand it (over a minute, 1.5 GB): the
    /// agreement limit (10,000,000) lets it pass, the edge-product limit (1,000,000) does not.
    func testIssueEdgeProductFile() {
        let text = Self.product(2000, 2000)
        XCTAssertLessThan(text.utf8.count, 32_000)
        XCTAssertThrowsError(try DOTSyntax.check(text, file: "g.dot", limits: .default)) { error in
            XCTAssertTrue("\(error)".hasSuffix("error: expected edge products (a subgraph beside '--' or '->') to create at most 1000000 agreements (the DOT edge-product limit; --max-agreements N raises it), found 4000000"), "\(error)")
        }
        XCTAssertNoThrow(try DOTSyntax.check(text, file: "g.dot", limits: InputLimits(maxAgreements: 4_000_000, maxDOTProductAgreements: 4_000_000)))
        // A plain chain of single nodes is no product: 3 agreements, within a product limit of 0.
        XCTAssertNoThrow(try DOTSyntax.check("graph { a -- b -- c; c -- d }", file: "g.dot",
                                             limits: InputLimits(maxAgreements: 3, maxDOTProductAgreements: 0)))
        XCTAssertThrowsError(try DOTSyntax.check("graph { a -- {b c} }", file: "g.dot",
                                                 limits: InputLimits(maxAgreements: 3, maxDOTProductAgreements: 0)))
    }

    /// Chains count each link; a named subgraph counts its earlier bodies too (as cgraph
    /// gathers them), so reusing a name cannot hide an expansion.
    func testChainsAndNamedSubgraphsAreCounted() throws {
        XCTAssertEqual(try read("digraph { {a b} -> {c d} -> e }", limits: InputLimits(maxAgreements: 6)).agreements.count, 6)
        assertError("digraph { {a b} -> {c d} -> e }", limits: InputLimits(maxAgreements: 5),
                    "g.dot:1:26: error: expected at most 5 agreements (the limit set by --max-agreements), found 6")
        let reused = "graph { subgraph s { a b c }; subgraph \"s\" {} -- subgraph s {} }"
        XCTAssertNoThrow(try read(reused, limits: InputLimits(maxAgreements: 9)))
        XCTAssertThrowsError(try read(reused, limits: InputLimits(maxAgreements: 8)))
    }

    func testEveryReaderHoldsToTheAgreementLimit() throws {
        let csv = Array("from,to\na,b\nb,c\nc,d\n".utf8)
        XCTAssertEqual(try DatasetIO.parse(csv, file: "e.csv", format: .csv, limits: InputLimits(maxAgreements: 3)).agreements.count, 3)
        XCTAssertThrowsError(try DatasetIO.parse(csv, file: "e.csv", format: .csv, limits: InputLimits(maxAgreements: 2))) { error in
            XCTAssertEqual("\(error)", "e.csv:4: error: expected at most 2 agreements (the limit set by --max-agreements), found 3")
        }
        let json = Array(#"{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}]}"#.utf8)
        XCTAssertThrowsError(try DatasetIO.parse(json, file: "g.json", format: .json, limits: InputLimits(maxAgreements: 1))) { error in
            XCTAssertTrue("\(error)".contains("expected at most 1 agreements (the limit set by --max-agreements), found 2"), "\(error)")
        }
    }

    // MARK: String length

    func testStringLongerThanTheLimitIsRefused() throws {
        let limit = InputLimits.maxDOTStringBytes
        let atLimit = try read("graph {\n a [label=\"" + String(repeating: "x", count: limit) + "\"] }")
        XCTAssertEqual(atLimit.nodes.first?.label.utf8.count, limit)
        assertError("graph {\n a [label=\"" + String(repeating: "x", count: limit + 1) + "\"] }",
                    "g.dot:2:11: error: expected a DOT string or name of at most 65536 bytes (the DOT string length limit), found 65537 bytes")
        assertError("graph { " + String(repeating: "n", count: limit + 1) + " }",
                    "g.dot:1:9: error: expected a DOT string or name of at most 65536 bytes (the DOT string length limit), found 65537 bytes")
        assertError("graph { a [label=<" + String(repeating: "h", count: limit + 1) + ">] }",
                    "g.dot:1:18: error: expected a DOT string or name of at most 65536 bytes (the DOT string length limit), found 65537 bytes")
        let half = "\"" + String(repeating: "y", count: limit / 2 + 1) + "\""
        assertError("graph { a [label=\(half) + \(half)] }",
                    "g.dot:1:18: error: expected a DOT string or name of at most 65536 bytes (the DOT string length limit), found 65538 bytes")
        let pieces = Array(repeating: "\"p\"", count: 257).joined(separator: "+")
        assertError("graph { a [label=\(pieces)] }",
                    "g.dot:1:18: error: expected at most 256 strings joined with '+' (the DOT string pieces limit), found more")
    }

    func testWriterRefusesWhatTheReaderWouldRefuse() throws {
        var dataset = Dataset()
        dataset.nodes = [Node(id: "a", label: String(repeating: "L", count: InputLimits.maxDOTStringBytes + 1)), Node(id: "b")]
        dataset.agreements = [Agreement(id: "e1", from: "a", to: "b")]
        XCTAssertThrowsError(try DatasetIO.text(of: dataset, as: .dot, file: "x.dot")) { error in
            XCTAssertTrue(error is OutputError, "\(type(of: error))")
            XCTAssertEqual("\(error)", "x.dot: error: cannot write node 'a' to DOT: its field 'label' is a DOT string of 65537 bytes, and DOT strings are limited to 65536 bytes (the DOT string length limit, which the DOT reader enforces); write another format (GraphML, GEXF, JSON, a dataset folder)")
        }
        dataset.nodes[0].label = "ok"
        dataset.agreements[0].provenance.quote = String(repeating: "\"", count: InputLimits.maxDOTStringBytes / 2 + 1)
        XCTAssertThrowsError(try DatasetIO.text(of: dataset, as: .dot, file: "x.dot")) { error in
            XCTAssertTrue("\(error)".contains("cannot write agreement 'e1' to DOT: its field 'quote' is a DOT string of"), "\(error)")
        }
        dataset.agreements[0].provenance.quote = String(repeating: "q", count: InputLimits.maxDOTStringBytes)
        let text = try XCTUnwrap(try DatasetIO.text(of: dataset, as: .dot, file: "x.dot"))
        XCTAssertEqual(try read(text).agreements.first?.provenance.quote?.utf8.count, InputLimits.maxDOTStringBytes)
    }

    // MARK: Locations

    func testErrorsNeverCarryANegativeColumn() {
        assertError("graph {\n a [label=\"abc\ndef\nghi\n", "g.dot:2:11: error: expected a closing '\"' for the string opened here")
        assertError("graph {\n a -- b\n   /* abc\n long comment\n", "g.dot:3:4: error: expected '*/' to close the comment opened here")
        assertError("graph {\n  a [label=<<b>\nbold\n] }", "g.dot:2:12: error: expected '>' to close the HTML string opened here")
        for text in ["graph {\n \"a\nb\nc", "graph {\n/*\n\n", "graph {\n<\n\n<", "graph { a -- 1.2.3 }", "graph {\n a -- \"x\ny\" -- ;"] {
            XCTAssertThrowsError(try read(text)) { error in
                let column = (error as? InputError)?.location.column ?? 1
                XCTAssertGreaterThan(column, 0, "\(error)")
            }
        }
    }

    func testGraphvizWarningsCarryFileAndLine() throws {
        // A warning cgraph gives (the syntax check refuses this text, so it is parsed here directly).
        let (graph, messages) = CGraphLock.withLock { CGraphErrors.collecting { agmemread("graph {\n a -- b\n c -- 1.2.3\n}") } }
        if let graph { agclose(graph) }
        XCTAssertEqual(messages.count, 1)
        XCTAssertEqual(messages.first?.isError, false)
        XCTAssertEqual(messages.first?.line, 3)
        XCTAssertTrue(messages.first?.text.hasPrefix("syntax ambiguity - badly delimited number '1.2.'") == true, "\(messages)")
        // Handed over with the graph, a warning becomes a finding at file:line.
        var parsed = DOTGraph(directed: false)
        parsed.warnings = [DOTGraph.Warning(line: 3, message: "badly delimited number")]
        let dataset = DOTFormat.dataset(from: parsed, file: "g.dot")
        XCTAssertEqual(dataset.readingFindings.map(\.description), ["g.dot:3: warning: Graphviz: badly delimited number"])
        // The syntax check refuses the same text with a column.
        assertError("graph {\n a -- b\n c -- 1.2.3\n}", "g.dot:3:10: error: expected a separator after the number, found '.' (quote names that start with a digit)")
    }
}
