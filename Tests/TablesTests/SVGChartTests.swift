import FoundationXML
import XCTest
@testable import Tables

final class SVGChartTests: XCTestCase {
    private func parses(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    func testStackedBarsDrawOneRectanglePerNonZeroValueAndParse() {
        let svg = SVGChart.stackedBars(id: "per-year", title: "Agreements <per> year", categories: ["2009", "2010", "2011"],
                                       series: [.init(name: "twinning", values: [1, 0, 2]),
                                                .init(name: "memo & co", values: [3, 1, 0])],
                                       yLabel: "agreements")
        XCTAssertTrue(parses(svg))
        XCTAssertEqual(svg.components(separatedBy: "<rect x=").count - 1, 4 + 2)  // bars + legend swatches
        XCTAssertTrue(svg.contains("2009: memo &amp; co 3"))
        XCTAssertTrue(svg.contains("Agreements &lt;per&gt; year"))
    }

    func testManyKindsFoldIntoOtherAndNoStyleRepeats() {
        // 20 kinds, kind k has total k + 1 (k = 0...19): the 7 largest (19...13) keep their style,
        // the other 13 are summed: per category, sum over k = 0...12 of the values.
        let named = (0..<20).map { k in SVGChart.Series(name: "kind\(k)", values: [Double(k), 1.0]) }
        let series = SVGChart.foldedSeries(named, restName: { "other kinds (\($0))" })
        XCTAssertEqual(series.map(\.name), ["kind19", "kind18", "kind17", "kind16", "kind15", "kind14", "kind13", "other kinds (13)"])
        XCTAssertEqual(series.last?.values, [78, 13])
        let few = SVGChart.foldedSeries([.init(name: "b", values: [1]), .init(name: "a", values: [1])])
        XCTAssertEqual(few.map(\.name), ["a", "b"])
        let eight = (0..<8).map { SVGChart.Series(name: "k\($0)", values: [Double($0)]) }
        XCTAssertEqual(SVGChart.foldedSeries(eight).count, 8, "eight fit: none folded")
    }

    func testStackedBarsKeepTheOrderGivenAndPutTheFoldedRestOnTop() throws {
        let given = [SVGChart.Series(name: "small", values: [1]), SVGChart.Series(name: "large", values: [5])]
        let svg = SVGChart.stackedBars(id: "x", title: "t", categories: ["2001"], series: given, yLabel: "")
        let small = try XCTUnwrap(svg.range(of: "2001: small 1")), large = try XCTUnwrap(svg.range(of: "2001: large 5"))
        XCTAssertLessThan(small.lowerBound, large.lowerBound, "the first series given is drawn first, at the bottom")
        XCTAssertTrue(svg.contains("fill=\"\(BarStyle.all[0].fill)\""), "the first style is solid")
    }

    func testLinesBreakAtUndefinedValues() {
        let svg = SVGChart.lines(title: "density", categories: ["a", "b", "c", "d"],
                                 series: [.init(name: "density", values: [0.1, .nan, 0.3, 0.2])], yLabel: "")
        XCTAssertTrue(parses(svg))
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 3 + 1, "three points and the legend's marker")
        XCTAssertEqual(svg.components(separatedBy: "<polyline").count - 1, 1 + 1, "no line across the gap; one in the legend")
    }
}
