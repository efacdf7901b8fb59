import Graph
import Tables
@testable import Render
import XCTest

/// The rules that turn numbers into sizes and colours.
final class StyleRuleTests: XCTestCase {
    func testSizesAreAreaProportional() {
        let d = NodeSizing.diameters([0, 5, 10, nil], range: 1...3)
        XCTAssertEqual(d[0], 1, accuracy: 1e-12)
        XCTAssertEqual(d[2], 3, accuracy: 1e-12)
        // Halfway in value is halfway in area: (1 + 9) / 2 = 5.
        XCTAssertEqual(d[1] * d[1], 5, accuracy: 1e-9)
        XCTAssertEqual(d[3], 1)
    }

    func testPaletteByCategoryCount() {
        XCTAssertEqual(Palette.categorical(count: 8), Palette.okabeIto)
        XCTAssertEqual(Palette.categorical(count: 9), Palette.tolMuted)
        XCTAssertEqual(Palette.categorical(count: 30).count, 17)
    }

    func testCountriesBeyondThePaletteShareOther() {
        var dataset = Dataset()
        for i in 0..<30 { dataset.nodes.append(Node(id: "n\(i)", country: "C\(i % 20)")) }
        dataset.nodes.append(Node(id: "stateless"))
        let coloring = NodeColoring(dataset, by: .country, communities: nil, theme: .standard)
        XCTAssertEqual(coloring.legend.count, 17 + 2)
        XCTAssertEqual(coloring.legend[17].name, "other (3)")
        XCTAssertEqual(coloring.legend.last?.name, "unknown")
        XCTAssertEqual(coloring.colors.last, Palette.missing)
        // The most frequent countries (C0...C9 have two nodes each) come first.
        XCTAssertEqual(coloring.legend[0].name, "C0")
    }

    func testNumericAttributeUsesARamp() {
        let dataset = Dataset(nodes: [Node(id: "a", attributes: ["pop": .integer(10)]), Node(id: "b", attributes: ["pop": .integer(20)])])
        let coloring = NodeColoring(dataset, by: .attribute("pop"), communities: nil, theme: .standard)
        XCTAssertNotEqual(coloring.colors[0], coloring.colors[1])
        XCTAssertEqual(coloring.legend.map(\.name), ["10", "20"])
    }

    func testLabelsOnDarkFillsAreWhite() {
        XCTAssertTrue(ColorMath.isDark("#0072B2"))
        XCTAssertFalse(ColorMath.isDark("#E69F00"))
        XCTAssertEqual(ColorMath.withAlpha("#4D4D4D", 0.25), "#4D4D4D40")
        XCTAssertNil(ColorMath.components("#+fffff"), "a sign is not a hex digit")
    }

    func testEscapingForHTMLLabels() {
        XCTAssertEqual(XMLText.htmlLabel("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;")
        XCTAssertEqual(XMLText.htmlLabel("x\\N"), "x\\\\N", "a backslash is doubled, or Graphviz expands \\N")
    }
}
