import FoundationXML
import XCTest
@testable import Tables

final class SVGChartTests: XCTestCase {
    private func parses(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    func testStackedBarsDrawOneRectanglePerNonZeroValueAndParse() {
        let svg = SVGChart.stackedBars(title: "Agreements <per> year", categories: ["2009", "2010", "2011"],
                                       series: [.init(name: "twinning", values: [1, 0, 2], color: "#0072B2"),
                                                .init(name: "memo & co", values: [3, 1, 0], color: "#E69F00")],
                                       yLabel: "agreements")
        XCTAssertTrue(parses(svg))
        XCTAssertEqual(svg.components(separatedBy: "<rect x=").count - 1, 4 + 2)  // bars + legend swatches
        XCTAssertTrue(svg.contains("2009: memo &amp; co 3"))
        XCTAssertTrue(svg.contains("Agreements &lt;per&gt; year"))
    }

    func testManyKindsFoldIntoOtherAndNoColourRepeats() {
        // 20 kinds, kind k has total k + 1 (k = 0...19): the 7 largest (19...13) keep their colour,
        // the other 13 are summed: per category, sum over k = 0...12 of the values.
        let named = (0..<20).map { k in (name: "kind\(k)", values: [Double(k), 1.0]) }
        let series = SVGChart.foldedSeries(named)
        XCTAssertEqual(series.map(\.name), ["kind19", "kind18", "kind17", "kind16", "kind15", "kind14", "kind13", "other (13)"])
        XCTAssertEqual(series.last?.values, [78, 13])
        XCTAssertEqual(Set(series.map(\.color)).count, 8)
        XCTAssertEqual(series.last?.color, Palette.other)
        let few = SVGChart.foldedSeries([(name: "b", values: [1]), (name: "a", values: [1])])
        XCTAssertEqual(few.map(\.name), ["a", "b"])
    }

    func testLinesSkipUndefinedValues() {
        let svg = SVGChart.lines(title: "density", categories: ["a", "b", "c"],
                                 series: [.init(name: "density", values: [0.1, .nan, 0.3], color: "#000")], yLabel: "")
        XCTAssertTrue(parses(svg))
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 2)
    }

    func testNiceAxisMaximum() {
        XCTAssertEqual(SVGChart.niceMaximum(0), 1)
        XCTAssertEqual(SVGChart.niceMaximum(7), 10)
        XCTAssertEqual(SVGChart.niceMaximum(0.0033), 0.005)
        XCTAssertEqual(SVGChart.niceMaximum(180), 200)
        XCTAssertEqual(SVGChart.niceMaximum(250), 250)
    }
}
