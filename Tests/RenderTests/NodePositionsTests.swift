import Graph
import GraphvizBridge
import Render
import XCTest

final class NodePositionsTests: XCTestCase {
    private func dataset(_ attributes: [Attributes]) -> Dataset {
        Dataset(nodes: attributes.enumerated().map { Node(id: "n\($0.offset)", attributes: $0.element) },
                agreements: [Agreement(id: "e", from: "n0", to: "n1")])
    }

    func testEveryNodeNeedsBothNumericCoordinates() {
        XCTAssertEqual(NodePositions.found(in: dataset([["x": .double(1.5), "y": .integer(2)], ["x": .string(" -3 "), "y": .double(4)]])),
                       .all([NodePosition(x: 1.5, y: 2), NodePosition(x: -3, y: 4)]))
        XCTAssertEqual(NodePositions.found(in: dataset([["x": .double(1), "y": .double(2)], ["x": .double(3)]])), .partial(count: 1))
        XCTAssertEqual(NodePositions.found(in: dataset([["x": .string("left"), "y": .double(2)], [:]])), .partial(count: 0))
        XCTAssertEqual(NodePositions.found(in: dataset([["x": .double(.nan), "y": .double(2)], ["x": .double(1), "y": .double(1)]])), .partial(count: 1))
    }

    func testPinnedDiagramKeepsPositionsAndRunsNoLayout() throws {
        let graph = dataset([[:], [:]])
        let options = DiagramOptions(layout: .sfdp, legend: false, positions: [NodePosition(x: 10, y: 20.25), NodePosition(x: 300, y: 40)])
        XCTAssertEqual(options.placement(for: graph), .pinned)
        let dot = try DiagramDOTWriter.dot(for: graph, options: options)
        XCTAssertTrue(dot.contains("pos=\"10.0,20.25!\""), dot)
        XCTAssertTrue(dot.contains("pos=\"300.0,40.0!\""), dot)
        XCTAssertTrue(dot.contains("layout=\"nop1\""), dot)
        XCTAssertTrue(dot.contains("overlap=\"true\""), dot)
        XCTAssertFalse(dot.contains("prism"), dot)
        // Laid out by Graphviz: the nodes stay 290 points apart horizontally, 19.75 vertically.
        let laidOut = String(decoding: try GraphvizRenderer.render(dot: dot, placement: .pinned, format: .dot), as: UTF8.self)
        let pattern = try NSRegularExpression(pattern: #"\b(n[01])\t\[[^\]]*?\bpos="([-\d.]+),([-\d.]+)""#)
        var found: [String: (Double, Double)] = [:]
        for match in pattern.matches(in: laidOut, range: NSRange(laidOut.startIndex..., in: laidOut)) {
            let part = { (i: Int) in String(laidOut[Range(match.range(at: i), in: laidOut)!]) }
            found[part(1)] = (Double(part(2))!, Double(part(3))!)
        }
        let (a, b) = (try XCTUnwrap(found["n0"]), try XCTUnwrap(found["n1"]))
        XCTAssertEqual(b.0 - a.0, 290, accuracy: 0.01)
        XCTAssertEqual(b.1 - a.1, 19.75, accuracy: 0.01)
        XCTAssertEqual(DiagramOptions(positions: [NodePosition(x: 0, y: 0)]).placement(for: graph), .layout(.neato), "one position for two nodes")
    }

    func testPositionsAreThoseOfTheLayoutAndStoredAsDoubles() throws {
        let graph = dataset([[:], [:], ["x": .string("old")]])
        let options = DiagramOptions(layout: .neato, seed: 3)
        let positions = try DiagramLayout.positions(of: graph, options: options)
        XCTAssertEqual(positions.count, 3)
        let laidOut = String(decoding: try GraphvizRenderer.render(dot: DiagramDOTWriter.dot(for: graph, options: options), layout: .neato, format: .dot), as: UTF8.self)
        XCTAssertTrue(laidOut.contains("pos=\"\(String(format: "%.5g", positions[0].x)),\(String(format: "%.5g", positions[0].y))\""), laidOut)
        let (stored, replaced) = NodePositions.storing(positions, in: graph)
        XCTAssertTrue(replaced)
        XCTAssertEqual(stored.nodes.map { $0.attributes["x"] }, positions.map { .double($0.x) })
        XCTAssertEqual(stored.nodes.map { $0.attributes["y"] }, positions.map { .double($0.y) })
        XCTAssertEqual(NodePositions.found(in: stored), .all(positions))
    }
}
