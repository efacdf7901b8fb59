import XCTest
@testable import Graph
@testable import GraphvizBridge

final class DOTSyntaxTests: XCTestCase {
    /// These tests read DOT, which Graph does through the Graphviz bridge.
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    func testAcceptsWhatGraphvizAccepts() throws {
        let valid = [
            "graph {}",
            "strict digraph \"G\" { a -> b -> c [color=red]; }",
            "graph G { node [shape=box]; edge [style=dashed]; rankdir=LR; a; b; a -- b }",
            "digraph { a:n -> b:port:sw; subgraph cluster_x { label=\"X\"; c d } a -> { c d } }",
            "graph { a [label=<<b>bold</b> &amp; <i>more</i>>]; b [label=\"multi \" + \"part\"] }",
            "graph { -1.5 -- .5; 42 -- \"9 lives\"; Гомель -- 哈尔滨 }",
            "// comment\n/* block\ncomment */\n# 1 \"file\"\ngraph { a -- b // end\n}",
            "graph { a [flag]; b [x=1, y=2; z=3] [w=4] }",
            "graph { subgraph { a } -- subgraph s { b } }",
            "graph { \"escaped \\\" quote\" -- b }",
        ]
        for text in valid {
            XCTAssertNoThrow(try DOTSyntax.check(text, file: "g.dot"), text)
        }
    }

    /// A fuzz finding: text after the graph's closing brace stayed in cgraph's scanner and
    /// broke the next DOT read in the same process. One graph per file; comments may follow.
    func testNothingButCommentsFollowsTheGraph() throws {
        XCTAssertThrowsError(try DOTSyntax.check("digraph { a -> b }; }", file: "g.dot")) { error in
            XCTAssertEqual("\(error)", "g.dot:1:19: error: expected the end of the file after the graph (Twinning reads one graph per file), found ';'")
        }
        XCTAssertThrowsError(try DOTSyntax.check("graph { a }\ngraph { b }", file: "g.dot"))
        XCTAssertNoThrow(try DOTSyntax.check("graph { a -- b }\n// done\n/* end */\n", file: "g.dot"))
        XCTAssertThrowsError(try DatasetIO.parse(Array("digraph { a -> b }; }".utf8), file: "g.dot", format: .dot))
        let next = try DatasetIO.parse(Array("graph { c -- d }".utf8), file: "h.dot", format: .dot)
        XCTAssertEqual(next.agreements.map { [$0.from, $0.to] }, [["c", "d"]])
    }

    func testRefusesWithLineAndColumn() {
        let cases: [(String, String)] = [
            ("graph { a -> b }", "g.dot:1:11: error: expected '--' (the edge operator of a graph), found '->'"),
            ("digraph {\n  a -- b\n}", "g.dot:2:5: error: expected '->' (the edge operator of a digraph)"),
            ("graph { a -- }", "g.dot:1:14: error: expected a node or a subgraph after '--', found '}'"),
            ("graph { a [color=] }", "expected a value after '='"),
            ("graph { a [color=red }", "expected an attribute name or ']'"),
            ("graph { a", "expected '}' to close the graph, found the end of the file"),
            ("network { a }", "g.dot:1:1: error: expected 'graph' or 'digraph', found 'network'"),
            ("graph { \"open }", "g.dot:1:9: error: expected a closing '\"' for the string opened here"),
            ("graph { a [label=<<b>bold] }", "expected '>' to close the HTML string"),
            ("graph { /* never closed }", "expected '*/' to close the comment"),
            ("graph { 1abc }", "quote names that start with a digit"),
            ("graph { a -- b } extra", ""),
        ]
        for (text, expected) in cases.dropLast() {
            XCTAssertThrowsError(try DOTSyntax.check(text, file: "g.dot"), text) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(text): \(error)")
            }
        }
    }

    func testOurOwnDOTAlwaysPasses() throws {
        for seed in 1...10 as ClosedRange<UInt64> {
            XCTAssertNoThrow(try DOTSyntax.check(try DOTFormat.write(TrickyDatasets.make(seed: seed)), file: "t.dot"))
        }
    }

    /// A syntax error never reaches cgraph, so parsing keeps working after many bad inputs
    /// (cgraph 2.42 could crash on the parse after an error).
    func testManyBadInputsThenGoodOnes() throws {
        for i in 0..<200 {
            XCTAssertThrowsError(try DOTFormat.read(Array("graph { a -- \(i) -- ; }".utf8), file: "bad.dot"))
            XCTAssertEqual(try DOTFormat.read(Array("graph { a -- b\(i) }".utf8), file: "good.dot").agreements.count, 1)
        }
    }
}
