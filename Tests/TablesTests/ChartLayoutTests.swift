import Foundation
import TestSupport
import XCTest
@testable import Tables

/// No text of a chart leaves its viewBox, measured by the tests' own estimate (`SVGTextBounds`).
final class ChartLayoutTests: XCTestCase {
    static func assertAllTextInside(_ svg: String, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let bounds = try SVGTextBounds(svg: svg)
            XCTAssertFalse(bounds.boxes.isEmpty, label, file: file, line: line)
            XCTAssertEqual(bounds.outside.map(\.description), [], "\(label): outside the viewBox \(bounds.viewBox)", file: file, line: line)
        } catch {
            XCTFail("\(label): \(error)", file: file, line: line)
        }
    }

    func testTheCheckItselfSeesTextOutside() throws {
        let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" font-size="10"><text x="90" y="20">wide text</text>\
        <text x="50" y="7" text-anchor="middle">top</text><text transform="translate(5 25) rotate(-90)" text-anchor="middle">a long rotated label</text>\
        <g transform="scale(2)"><text x="1" y="20">a</text></g><text x="2" y="20">ok</text></svg>
        """
        let outside = try SVGTextBounds(svg: svg).outside.map(\.text)
        XCTAssertEqual(outside, ["wide text", "top", "a long rotated label", "a"])
    }

    static let longNames = ["memorandum of understanding", "other kinds (6)", String(repeating: "joint_commission_", count: 12),
                            "中华人民共和国对外贸易协定", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", HostileText.closeScript]

    func testLongNamesHugeNumbersAndFewCategoriesStayInside() {
        let years = (1990...2025).map(String.init)
        let cases: [(String, [String], [SVGChart.Series])] = [
            ("long names", years, Self.longNames.map { SVGChart.Series(name: $0, values: years.indices.map { Double($0 % 7) }) }),
            ("huge numbers", years, [SVGChart.Series(name: "a", values: years.indices.map { 1e17 + Double($0) * 3.7e16 })]),
            ("huge fractions", ["2001", "2002"], [SVGChart.Series(name: "a", values: [123_456_789.123, 0.000_001_234])]),
            ("one year", ["2024"], [SVGChart.Series(name: "cooperation", values: [12])]),
            ("no year", [], [SVGChart.Series(name: "cooperation", values: [])]),
            ("no series", years, []),
            ("long categories", ["a very long category label indeed", "another one, just as long as it is"],
             [SVGChart.Series(name: "x", values: [1, 2])]),
            ("twenty kinds", years, (0..<20).map { SVGChart.Series(name: "kind_number_\($0)", values: years.indices.map { Double($0 * $0) }) }),
        ]
        for (label, categories, series) in cases {
            for title in ["New agreements per year, by kind", String(repeating: "A very long title that goes on ", count: 8)] {
                for yLabel in ["agreements", String(repeating: "long axis label ", count: 10)] {
                    Self.assertAllTextInside(SVGChart.stackedBars(id: "c", title: title, categories: categories, series: series, yLabel: yLabel),
                                             "bars, \(label)")
                    Self.assertAllTextInside(SVGChart.lines(title: title, categories: categories, series: series, yLabel: yLabel),
                                             "lines, \(label)")
                }
            }
        }
    }

    func testLongTitlesAndLegendNamesWrapTruthfully() throws {
        let svg = SVGChart.stackedBars(id: "c", title: "New agreements per year by kind, " + String(repeating: "and more, ", count: 12),
                                       categories: ["2001"], series: [SVGChart.Series(name: "memorandum of understanding", values: [1])], yLabel: "n")
        let texts = try SVGTextBounds(svg: svg).boxes.map(\.text)
        XCTAssertTrue(texts.contains("memorandum of") && texts.contains("understanding"), "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("New agreements per year by kind,") })
        XCTAssertGreaterThan(texts.filter { $0.contains("and more") }.count, 1, "the title wraps to several lines")
        // Every legend entry keeps its full name as its tooltip.
        let tree = try XMLTree(svg)
        XCTAssertTrue(tree.root.all.contains { $0.name == "g" && $0.title == "memorandum of understanding" })
    }

    func testTopTickLabelClearsTheTitle() throws {
        let svg = SVGChart.lines(title: "Density as of each year", categories: ["2001", "2002"],
                                 series: [SVGChart.Series(name: "density", values: [1, 0.5])], yLabel: "density")
        let boxes = try SVGTextBounds(svg: svg).boxes
        let title = try XCTUnwrap(boxes.first { $0.text == "Density as of each year" })
        let top = try XCTUnwrap(boxes.first { $0.text == "1" })
        XCTAssertGreaterThan(top.minY, title.maxY, "the top tick label is below the title")
    }
}
