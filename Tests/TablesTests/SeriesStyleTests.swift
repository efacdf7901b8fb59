import Foundation
import TestSupport
import XCTest
@testable import Tables

/// The greyscale rule of SeriesStyle.swift, checked on drawn charts: lines differ by dash and
/// marker, stacked bars by pattern, and the legend shows what the marks show.
final class SeriesStyleTests: XCTestCase {
    // MARK: WCAG 2 relative luminance and contrast, computed here independently.

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        func linear(_ byte: Int) -> Double {
            let c = Double(byte) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(value >> 16 & 0xFF) + 0.7152 * linear(value >> 8 & 0xFF) + 0.0722 * linear(value & 0xFF)
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    func testLuminanceMatchesKnownValues() {
        XCTAssertEqual(Self.luminance("#FFFFFF"), 1, accuracy: 1e-9)
        XCTAssertEqual(Self.luminance("#000000"), 0, accuracy: 1e-9)
        XCTAssertEqual(Self.contrast("#FFFFFF", "#000000"), 21, accuracy: 1e-9)
        XCTAssertEqual(Self.luminance("#0072B2"), 0.153, accuracy: 0.002)
    }

    // MARK: Lines

    /// A marker's shape, wherever it is drawn: its element and its geometry about its own centre.
    static func shape(_ element: XMLTree.Element) -> String {
        func n(_ key: String) -> Double { Double(element.attributes[key] ?? "") ?? 0 }
        switch element.name {
        case "circle": return "circle r\(n("r"))"
        case "rect": return "rect \(n("width"))x\(n("height"))"
        case "polygon":
            let points = (element.attributes["points"] ?? "").split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
            let cx = (points.map { $0[0] }.max()! + points.map { $0[0] }.min()!) / 2
            let cy = (points.map { $0[1] }.max()! + points.map { $0[1] }.min()!) / 2
            return "polygon " + points.map { "\(($0[0] - cx).rounded()),\(($0[1] - cy).rounded())" }.joined(separator: " ")
        default: return element.name
        }
    }

    func testLineSeriesDifferByDashAndMarkerInThePlotAndTheLegend() throws {
        let names = ["active actors", "actor pairs", "largest component", "components", "e", "f"]
        let series = names.enumerated().map { k, name in SVGChart.Series(name: name, values: [1, 2, 3].map { $0 * Double(k + 1) }) }
        let tree = try XMLTree(SVGChart.lines(title: "t", categories: ["2001", "2002", "2003"], series: series, yLabel: "count"))
        let legend = tree.root.all.filter { $0.name == "g" && $0.title != nil }
        XCTAssertEqual(legend.compactMap(\.title), names)
        var styles: [(dash: String, marker: String)] = []
        for entry in legend {
            let line = try XCTUnwrap(entry.children.first { $0.name == "polyline" })
            let marker = try XCTUnwrap(entry.children.first { !["polyline", "title", "text"].contains($0.name) })
            styles.append((line.attributes["stroke-dasharray"] ?? "solid", Self.shape(marker)))
            // The plot's markers of this series have the legend's shape, its line the legend's dash.
            let points = tree.root.all.filter { $0.title?.hasPrefix("200") == true && $0.title?.contains(": \(entry.title!) ") == true }
            XCTAssertEqual(points.count, 3, entry.title!)
            XCTAssertEqual(Set(points.map(Self.shape)), [Self.shape(marker)], entry.title!)
            XCTAssertTrue(tree.root.all.contains { $0.name == "polyline" && $0.parent === tree.root && $0.attributes["stroke"] == line.attributes["stroke"]
                && $0.attributes["stroke-dasharray"] == line.attributes["stroke-dasharray"] }, entry.title!)
        }
        XCTAssertEqual(Set(styles.map(\.dash)).count, names.count, "each line its own dash: \(styles)")
        XCTAssertEqual(Set(styles.map(\.marker)).count, names.count, "each line its own marker: \(styles)")
    }

    // MARK: Stacked bars

    /// Each distinct paint of the bars, by the series name its tooltip gives.
    static func barPaints(_ tree: XMLTree) -> [String: String] {
        var paints: [String: String] = [:]
        for rect in tree.root.all where rect.name == "rect" && rect.parent === tree.root {
            guard let title = rect.title, let colon = title.firstIndex(of: ":") else { continue }
            let name = String(title[title.index(colon, offsetBy: 2)...].split(separator: " ").dropLast().joined(separator: " "))
            paints[name] = rect.attributes["fill"]
        }
        return paints
    }

    func testFourteenKindsDrawAtMostEightPatternsEachDistinctAndShownInTheLegend() throws {
        let kinds = (0..<14).map { k in SVGChart.Series(name: "kind \(k)", values: [Double(k + 1), 1, 0]) }
        let tree = try XMLTree(SVGChart.stackedBars(id: "by-kind", title: "t", categories: ["2001", "2002", "2003"], series: kinds,
                                                    yLabel: "agreements", restName: { "other kinds (\($0))" }))
        let paints = Self.barPaints(tree)
        XCTAssertEqual(Set(paints.values).count, 8, "\(paints)")
        XCTAssertEqual(Set(paints.keys), Set((7..<14).map { "kind \($0)" } + ["other kinds (7)"]))
        // The same paint in the legend.
        let legend = tree.root.all.filter { $0.name == "g" && $0.title != nil }
        for entry in legend {
            XCTAssertEqual(entry.children.first { $0.name == "rect" }?.attributes["fill"], paints[entry.title!], entry.title!)
        }
        // Pairwise distinct patterns: solid for one series at most, and distinct pattern tiles.
        let patterns = Dictionary(uniqueKeysWithValues: tree.root.all.filter { $0.name == "pattern" }.map { ($0.attributes["id"]!, $0) })
        let signatures = paints.values.map { paint -> String in
            guard paint.hasPrefix("url(#") else { return "solid" }
            let pattern = patterns[String(paint.dropFirst(5).dropLast())]!
            return (pattern.attributes["patternTransform"] ?? "") + pattern.children.dropFirst().map { "\($0.name) \($0.attributes["d"] ?? "") \($0.attributes["r"] ?? "")" }.joined()
        }
        XCTAssertEqual(Set(signatures).count, 8, "\(signatures)")
    }

    func testEveryBarStyleHasItsOwnPatternAndAnInkThatShowsOnItsFill() {
        XCTAssertEqual(Set(BarStyle.all.map(\.pattern)).count, BarStyle.all.count)
        XCTAssertEqual(Set(BarStyle.all.map(\.fill)).count, BarStyle.all.count)
        for style in BarStyle.all where style.pattern != .solid {
            let chosen = Self.contrast(style.ink, style.fill)
            XCTAssertGreaterThanOrEqual(chosen, 4, "\(style.fill) with \(style.ink)")
            let other = style.ink == "#000000" ? "#FFFFFF" : "#000000"
            XCTAssertGreaterThanOrEqual(chosen, Self.contrast(other, style.fill), "the ink that contrasts more: \(style.fill)")
        }
        XCTAssertEqual(Set(LineStyle.all.map(\.dash)).count, LineStyle.all.count)
        XCTAssertEqual(Set(LineStyle.all.map(\.marker)).count, LineStyle.all.count)
        for style in LineStyle.all {
            XCTAssertGreaterThanOrEqual(Self.contrast(style.color, "#FFFFFF"), 2, "a line colour that shows on white: \(style.color)")
        }
    }
}
