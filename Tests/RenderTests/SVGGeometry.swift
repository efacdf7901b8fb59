import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Where things are in a Graphviz SVG, in the coordinates of its viewBox: the top group's
/// `transform` (scale, then translate, as Graphviz writes it) is applied to every point.
///
/// Each element group (`<g class="node …">`, `"edge …"`) keeps the bounding box of its shapes
/// (ellipses, polygons, paths) and its texts with their anchor point, anchor and font.
final class SVGGeometry: NSObject, XMLParserDelegate {
    struct Box {
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        var isEmpty: Bool { minX > maxX }
        var center: (x: Double, y: Double) { ((minX + maxX) / 2, (minY + maxY) / 2) }
        var width: Double { maxX - minX }
        var height: Double { maxY - minY }
        mutating func add(_ x: Double, _ y: Double) {
            minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
        }
    }

    struct Text {
        var content: String
        var x: Double, y: Double
        var anchor: String
        var fontSize: Double
        var bold: Bool
        /// The element group it belongs to ("" for the graph's own label).
        var group: String
    }

    struct Element {
        var id: String
        var classes: [String]
        var shapes = Box()
        var texts: [Text] = []
    }

    private(set) var viewBox = (x: 0.0, y: 0.0, width: 0.0, height: 0.0)
    private(set) var elements: [Element] = []
    private(set) var texts: [Text] = []
    private var scale = (x: 1.0, y: 1.0)
    private var translate = (x: 0.0, y: 0.0)
    /// Open `<g>` elements: the index in `elements` of each, or nil for a plain group.
    private var open: [Int?] = []
    private var current: Text?
    private var fontWeights: [Bool] = []

    static func parse(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> SVGGeometry {
        let geometry = SVGGeometry()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = geometry
        XCTAssertTrue(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))", file: file, line: line)
        return geometry
    }

    func element(_ id: String) -> Element? { elements.first { $0.id == id } }

    func elements(withClass name: String) -> [Element] { elements.filter { $0.classes.contains(name) } }

    private func point(_ x: Double, _ y: Double) -> (Double, Double) {
        (scale.x * (x + translate.x), scale.y * (y + translate.y))
    }

    private var openElement: Int? { open.last(where: { $0 != nil }) ?? nil }

    private static func numbers(_ text: String) -> [Double] {
        text.split(whereSeparator: { " ,()".contains($0) || $0.isLetter }).compactMap { Double($0) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes a: [String: String] = [:]) {
        switch name {
        case "svg":
            let v = SVGGeometry.numbers(a["viewBox"] ?? "")
            if v.count == 4 { viewBox = (v[0], v[1], v[2], v[3]) }
        case "g":
            let classes = (a["class"] ?? "").split(separator: " ").map(String.init)
            if classes.first == "graph", let transform = a["transform"] {
                if let s = transform.range(of: "scale(") {
                    let v = SVGGeometry.numbers(String(transform[s.upperBound...].prefix { $0 != ")" }))
                    scale = (v.first ?? 1, v.count > 1 ? v[1] : v.first ?? 1)
                }
                if let t = transform.range(of: "translate(") {
                    let v = SVGGeometry.numbers(String(transform[t.upperBound...].prefix { $0 != ")" }))
                    translate = (v.first ?? 0, v.count > 1 ? v[1] : 0)
                }
                open.append(nil)
            } else if ["node", "edge", "cluster"].contains(classes.first ?? "") {
                elements.append(Element(id: a["id"] ?? "", classes: classes))
                open.append(elements.count - 1)
            } else {
                open.append(nil)
            }
        case "ellipse":
            guard let e = openElement, let cx = Double(a["cx"] ?? ""), let cy = Double(a["cy"] ?? ""),
                  let rx = Double(a["rx"] ?? ""), let ry = Double(a["ry"] ?? "") else { return }
            let (x0, y0) = point(cx - rx, cy - ry), (x1, y1) = point(cx + rx, cy + ry)
            elements[e].shapes.add(x0, y0); elements[e].shapes.add(x1, y1)
        case "polygon", "polyline", "path":
            guard let e = openElement else { return }
            let v = SVGGeometry.numbers(a["points"] ?? a["d"] ?? "")
            // A polygon filled like the background with no stroke is the page, not a shape.
            if a["stroke"] == "transparent" || a["stroke"] == "none" { return }
            for k in stride(from: 0, to: v.count - 1, by: 2) {
                let (x, y) = point(v[k], v[k + 1])
                elements[e].shapes.add(x, y)
            }
        case "text":
            let (x, y) = point(Double(a["x"] ?? "") ?? 0, Double(a["y"] ?? "") ?? 0)
            current = Text(content: "", x: x, y: y, anchor: a["text-anchor"] ?? "start",
                           fontSize: Double(a["font-size"] ?? "") ?? 14, bold: a["font-weight"] == "bold",
                           group: openElement.map { elements[$0].id } ?? "")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current?.content += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "g": _ = open.popLast()
        case "text":
            if let text = current {
                texts.append(text)
                if let e = openElement { elements[e].texts.append(text) }
            }
            current = nil
        default: break
        }
    }
}
