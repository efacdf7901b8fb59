import XCTest
import Graph
import GraphvizBridge

/// Graph reads DOT only through a registered parser: without one it refuses with a located
/// error, after `Graphviz.register()` it reads.
final class DOTRegistrationTests: XCTestCase {
    private var saved: DOTFormat.Parser?

    override func setUp() {
        super.setUp()
        saved = DOTFormat.parser
    }

    /// Other test classes read DOT in this process: leave the registration as it was.
    override func tearDown() {
        DOTFormat.parser = saved
        super.tearDown()
    }

    func testWithoutTheBridgeDOTIsALocatedError() {
        DOTFormat.parser = nil
        let text = Array("graph { a -- b }".utf8)
        XCTAssertThrowsError(try DOTFormat.read(text, file: "g.dot")) { error in
            XCTAssertEqual("\(error)", "g.dot: error: reading DOT needs the Graphviz bridge (module GraphvizBridge), and none is registered: call Graphviz.register() first")
        }
        // Through the format registry too, empty files included: the bridge is asked for first.
        XCTAssertThrowsError(try DatasetIO.parse(text, file: "in.dot", format: .dot)) { error in
            XCTAssertEqual((error as? InputError)?.location, SourceLocation(file: "in.dot"))
        }
        XCTAssertThrowsError(try DatasetIO.parse([], file: "empty.dot", format: .dot)) { error in
            XCTAssertTrue("\(error)".hasPrefix("empty.dot: error: reading DOT needs the Graphviz bridge"), "\(error)")
        }
        // Writing DOT is plain text and needs no bridge.
        XCTAssertTrue(try DOTFormat.write(Dataset()).hasPrefix("graph twinning {"))
    }

    func testAfterRegistrationDOTReads() throws {
        DOTFormat.parser = nil
        Graphviz.register()
        XCTAssertNotNil(DOTFormat.parser)
        let dataset = try DOTFormat.read(Array("digraph { a -> b [key=k1, kind=twinning] }".utf8), file: "g.dot")
        XCTAssertEqual(dataset.nodes.map(\.id), ["a", "b"])
        XCTAssertEqual(dataset.agreements.map(\.id), ["k1"])
        XCTAssertEqual(dataset.agreements.map { [$0.from, $0.to] }, [["a", "b"]])
        XCTAssertEqual(dataset.agreements.first?.kind?.rawValue, "twinning")
        XCTAssertTrue(dataset.isDirected)
        // Registering again changes nothing.
        Graphviz.register()
        XCTAssertEqual(try DatasetIO.parse(Array("graph { a -- b }".utf8), file: "g.dot", format: .dot).agreements.count, 1)
    }
}
