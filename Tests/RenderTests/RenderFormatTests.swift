import Graph
@testable import GraphvizBridge
@testable import Render
import XCTest

/// Output bytes in every format, read back or checked by their headers; determinism; errors.
final class RenderFormatTests: XCTestCase {
    func diagram(_ options: DiagramOptions = DiagramOptions()) throws -> (String, Layout, Dataset) {
        let dataset = try smallFixture()
        return (try DiagramDOTWriter.dot(for: dataset, options: options), options.resolvedLayout(for: dataset), dataset)
    }

    func testPNGAndPDFHaveValidHeadersAndSize() throws {
        let (dot, layout, _) = try diagram()
        let png = try GraphvizRenderer.render(dot: dot, layout: layout, format: .png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(png.count, 20_000)
        let pdf = try GraphvizRenderer.render(dot: dot, layout: layout, format: .pdf)
        XCTAssertEqual(Array(pdf.prefix(5)), Array("%PDF-".utf8))
        XCTAssertGreaterThan(pdf.count, 5_000)
    }

    func testDOTReadsBackThroughCGraphWithTheSameCounts() throws {
        let (dot, layout, dataset) = try diagram(DiagramOptions(clusterBy: .within, yearLabels: true))
        for text in [dot, String(decoding: try GraphvizRenderer.render(dot: dot, layout: layout, format: .dot), as: UTF8.self)] {
            let graph = try DOTParser.parse(text, file: "diagram.dot")
            XCTAssertEqual(graph.nodes.count, dataset.nodes.count)
            XCTAssertEqual(graph.edges.count, dataset.agreements.count)
        }
    }

    func testLaidOutDOTCarriesPositions() throws {
        let (dot, layout, _) = try diagram()
        let text = String(decoding: try GraphvizRenderer.render(dot: dot, layout: layout, format: .dot), as: UTF8.self)
        XCTAssertTrue(text.contains("pos=\""))
    }

    /// fdp is left out: in Graphviz 2.42 an fdp layout depends on state left by the layouts
    /// run before it in the process (the first fdp drawing of a process does repeat, so the
    /// command line, which draws once per run, gives identical bytes). PDF is left out too:
    /// cairo 1.16 stamps the time and random font-subset tags into every PDF.
    func testSameInputAndSeedGiveIdenticalBytes() throws {
        for layout in [Layout.neato, .sfdp, .dot, .circo, .twopi] {
            let (dot, _, _) = try diagram(DiagramOptions(layout: layout, seed: 7))
            for format in [OutputFormat.svg, .png, .dot] {
                let first = try GraphvizRenderer.render(dot: dot, layout: layout, format: format)
                let second = try GraphvizRenderer.render(dot: dot, layout: layout, format: format)
                XCTAssertEqual(first, second, "\(layout) \(format) differs between runs")
            }
        }
    }

    func testOneLayoutInSeveralFormatsMatchesSeparateRenders() throws {
        let (dot, layout, _) = try diagram()
        let both = try GraphvizRenderer.render(dot: dot, layout: layout, formats: [.svg, .png])
        XCTAssertEqual(both[0], try GraphvizRenderer.render(dot: dot, layout: layout, format: .svg))
        XCTAssertEqual(both[1], try GraphvizRenderer.render(dot: dot, layout: layout, format: .png))
    }

    func testSeedIsWrittenForSeededLayoutsOnly() throws {
        XCTAssertTrue(try diagram(DiagramOptions(layout: .neato, seed: 42)).0.contains("start=\"42\""))
        XCTAssertFalse(try diagram(DiagramOptions(layout: .dot, seed: 42)).0.contains("start="))
    }

    func testEveryLayoutRenders() throws {
        for layout in Layout.allCases {
            let (dot, _, _) = try diagram(DiagramOptions(layout: layout))
            XCTAssertGreaterThan(try GraphvizRenderer.render(dot: dot, layout: layout, format: .svg).count, 1_000, "\(layout)")
        }
    }

    func testDefaultLayoutBySize() {
        XCTAssertEqual(Layout.default(nodeCount: 20), .neato)
        XCTAssertEqual(Layout.default(nodeCount: 20, clustered: true), .dot)
        XCTAssertEqual(Layout.default(nodeCount: 10_055), .sfdp)
    }

    func testBrokenDOTIsAnErrorWithGraphvizMessage() {
        XCTAssertThrowsError(try GraphvizRenderer.render(dot: "graph { a -- ", layout: .neato, format: .svg)) { error in
            guard case RenderError.parse(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("syntax error"), message)
            XCTAssertFalse("\(error)".contains("\n"))
        }
    }

    func testOutputFormatFromExtension() {
        XCTAssertEqual(OutputFormat(pathExtension: "SVG"), .svg)
        XCTAssertNil(OutputFormat(pathExtension: "gif"))
    }
}
