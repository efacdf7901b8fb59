import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Where things are in an SVG drawing, as a reader sees it, in the coordinates of its viewBox:
/// the `transform`s of the groups around each element (Graphviz's `scale(…) rotate(0)
/// translate(…)` on its top group; any `scale`, `translate` and `rotate` combination) are
/// applied to every point.
///
/// Each element group (`<g class="node …">`, `"edge …"`, `"cluster …"`, with its id) keeps the
/// bounding box of its shapes (ellipses, polygons, polylines, paths; a polygon without a
/// stroke is the page, not a shape) and its texts.
///
/// A text's box is estimated, independently of the code under test, from its anchor point,
/// `text-anchor`, `font-size` and `font-weight`, character by character: 0.36 em for narrow
/// letters and punctuation, 0.95 for m, w, M, W, @ and %, 0.76 for other capitals, 0.66 for
/// digits, 1 for CJK and 0.63 for the rest, 1.1 times that in bold; 0.8 em above the baseline
/// and 0.25 em below. Against DejaVu Sans's real advances (measured with PIL on every label of
/// graphs/belarus-asia) it errs wide by 0–23% and narrow by at most 1.3% (short names such as
/// "Oman"), hence the `slack` of `textsOutside`.
public struct SVGGeometry {
    /// An axis-aligned box; empty until a point is added.
    public struct Box: CustomStringConvertible {
        public var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        public init() {}
        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) { (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY) }
        public var isEmpty: Bool { minX > maxX }
        public var center: (x: Double, y: Double) { ((minX + maxX) / 2, (minY + maxY) / 2) }
        public var width: Double { maxX - minX }
        public var height: Double { maxY - minY }
        public mutating func add(_ x: Double, _ y: Double) {
            minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
        }
        public var description: String { String(format: "[%.1f, %.1f]–[%.1f, %.1f]", minX, minY, maxX, maxY) }
    }

    public struct Text {
        public var content: String
        /// The anchor point in viewBox coordinates.
        public var x: Double, y: Double
        public var anchor: String
        public var fontSize: Double
        public var bold: Bool
        /// The id of the element group holding it ("" for none).
        public var group: String
        /// The estimated box of the text in viewBox coordinates.
        public var box: Box
    }

    public struct Element {
        public var id: String
        public var classes: [String]
        public var shapes = Box()
        public var texts: [Text] = []
    }

    public var viewBox: Box
    public var texts: [Text]
    public var elements: [Element]

    public var width: Double { viewBox.width }
    public var height: Double { viewBox.height }

    public func element(_ id: String) -> Element? { elements.first { $0.id == id } }

    public func elements(withClass name: String) -> [Element] { elements.filter { $0.classes.contains(name) } }

    /// The centre of every node group's shapes, by id.
    public var nodeCentres: [String: (x: Double, y: Double)] {
        var centres: [String: (x: Double, y: Double)] = [:]
        for e in elements where e.classes.first == "node" && !e.shapes.isEmpty { centres[e.id] = e.shapes.center }
        return centres
    }

    /// The texts (other than blank ones) whose box leaves the viewBox by more than `slack` units.
    public func textsOutside(slack: Double = 1) -> [Text] {
        texts.filter { t in
            !t.content.trimmingCharacters(in: .whitespaces).isEmpty
                && (t.box.minX < viewBox.minX - slack || t.box.maxX > viewBox.maxX + slack
                    || t.box.minY < viewBox.minY - slack || t.box.maxY > viewBox.maxY + slack)
        }
    }

    public static func parse(_ data: Data) throws -> SVGGeometry {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse(), let viewBox = reader.viewBox else {
            throw NSError(domain: "SVGGeometry", code: 1, userInfo: [NSLocalizedDescriptionKey: "not a well-formed SVG with a viewBox: \(String(describing: parser.parserError))"])
        }
        return SVGGeometry(viewBox: viewBox, texts: reader.texts, elements: reader.elements)
    }

    public static func parse(_ bytes: [UInt8]) throws -> SVGGeometry { try parse(Data(bytes)) }

    public static func parse(file: URL) throws -> SVGGeometry { try parse(Data(contentsOf: file)) }

    /// The estimated advance of `text` in ems (see the type's comment).
    public static func ems(_ text: String, bold: Bool = false) -> Double {
        let plain = text.unicodeScalars.reduce(0.0) { total, c in
            let ch = Character(c)
            if "il.,;:'!|Ijft()[] -".contains(ch) { return total + 0.36 }
            if "mwMW@%".contains(ch) { return total + 0.95 }
            if c.value >= 0x2E80 { return total + 1 }
            if ch.isUppercase { return total + 0.76 }
            if ch.isNumber { return total + 0.66 }
            return total + 0.63
        }
        return bold ? 1.1 * plain : plain
    }

    /// An affine map (x, y) ↦ (a·x + c·y + e, b·x + d·y + f), SVG's `matrix(a b c d e f)`.
    struct Transform {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

        /// This map, then `outer`.
        func then(_ o: Transform) -> Transform {
            Transform(a: o.a * a + o.c * b, b: o.b * a + o.d * b, c: o.a * c + o.c * d, d: o.b * c + o.d * d,
                      e: o.a * e + o.c * f + o.e, f: o.b * e + o.d * f + o.f)
        }

        func apply(_ x: Double, _ y: Double) -> (Double, Double) { (a * x + c * y + e, b * x + d * y + f) }

        /// A `transform` attribute: the rightmost function applies first.
        static func parsing(_ text: String) -> Transform {
            var result = Transform()
            let pattern = try! NSRegularExpression(pattern: #"(matrix|scale|translate|rotate)\(([^)]*)\)"#)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                let v = text[Range(match.range(at: 2), in: text)!].split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                var step = Transform()
                switch name {
                case "scale": step = Transform(a: v.first ?? 1, d: v.count > 1 ? v[1] : v.first ?? 1)
                case "translate": step = Transform(e: v.first ?? 0, f: v.count > 1 ? v[1] : 0)
                case "rotate":
                    let angle = (v.first ?? 0) * .pi / 180
                    step = Transform(a: cos(angle), b: sin(angle), c: -sin(angle), d: cos(angle))
                    if v.count == 3 {
                        step = Transform(e: -v[1], f: -v[2]).then(step).then(Transform(e: v[1], f: v[2]))
                    }
                case "matrix" where v.count == 6: step = Transform(a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5])
                default: break
                }
                result = result.then(step)
            }
            return result
        }
    }

    final class Reader: NSObject, XMLParserDelegate {
        var viewBox: Box?
        var texts: [Text] = []
        var elements: [Element] = []
        private var transforms: [Transform] = [Transform()]
        private var fonts: [(size: Double, bold: Bool, anchor: String)] = [(14, false, "start")]
        private var open: [Int?] = []
        private var pending: (x: Double, y: Double, transform: Transform)?
        private var content = ""

        private var openElement: Int? { open.last(where: { $0 != nil }) ?? nil }

        private static func numbers(_ text: String) -> [Double] {
            text.split(whereSeparator: { " ,()".contains($0) || ($0.isLetter && $0 != "e") }).compactMap { Double($0) }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes a: [String: String] = [:]) {
            let inherited = fonts.last ?? (14, false, "start")
            let size = a["font-size"].flatMap { Double($0.replacingOccurrences(of: "px", with: "")) } ?? inherited.size
            let bold = a["font-weight"].map { $0 == "bold" || (Int($0) ?? 400) >= 600 } ?? inherited.bold
            fonts.append((size, bold, a["text-anchor"] ?? inherited.anchor))
            let current = (a["transform"].map(Transform.parsing) ?? Transform()).then(transforms.last ?? Transform())
            transforms.append(current)
            switch name {
            case "svg":
                let v = Reader.numbers(a["viewBox"] ?? "")
                if v.count == 4 { viewBox = Box(minX: v[0], minY: v[1], maxX: v[0] + v[2], maxY: v[1] + v[3]) }
            case "g":
                let classes = (a["class"] ?? "").split(separator: " ").map(String.init)
                if ["node", "edge", "cluster"].contains(classes.first ?? "") {
                    elements.append(Element(id: a["id"] ?? "", classes: classes))
                    open.append(elements.count - 1)
                } else {
                    open.append(nil)
                }
            case "ellipse":
                guard let e = openElement, let cx = Double(a["cx"] ?? ""), let cy = Double(a["cy"] ?? ""),
                      let rx = Double(a["rx"] ?? ""), let ry = Double(a["ry"] ?? "") else { return }
                for (x, y) in [(cx - rx, cy - ry), (cx + rx, cy + ry), (cx - rx, cy + ry), (cx + rx, cy - ry)] {
                    let p = current.apply(x, y)
                    elements[e].shapes.add(p.0, p.1)
                }
            case "polygon", "polyline", "path":
                guard let e = openElement, a["stroke"] != "transparent", a["stroke"] != "none" else { return }
                let v = Reader.numbers(a["points"] ?? a["d"] ?? "")
                for k in stride(from: 0, to: v.count - 1, by: 2) {
                    let p = current.apply(v[k], v[k + 1])
                    elements[e].shapes.add(p.0, p.1)
                }
            case "text":
                pending = (Double(a["x"] ?? "") ?? 0, Double(a["y"] ?? "") ?? 0, current)
                content = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if pending != nil { content += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let font = fonts.removeLast()
            transforms.removeLast()
            if name == "g" { _ = open.popLast() }
            guard name == "text", let t = pending else { return }
            let width = font.size * SVGGeometry.ems(content, bold: font.bold)
            let start = font.anchor == "middle" ? t.x - width / 2 : font.anchor == "end" ? t.x - width : t.x
            var box = Box()
            for (x, y) in [(start, t.y - 0.8 * font.size), (start + width, t.y + 0.25 * font.size),
                           (start, t.y + 0.25 * font.size), (start + width, t.y - 0.8 * font.size)] {
                let p = t.transform.apply(x, y)
                box.add(p.0, p.1)
            }
            let anchor = t.transform.apply(t.x, t.y)
            let text = Text(content: content, x: anchor.0, y: anchor.1, anchor: font.anchor, fontSize: font.size, bold: font.bold,
                            group: openElement.map { elements[$0].id } ?? "", box: box)
            texts.append(text)
            if let e = openElement { elements[e].texts.append(text) }
            pending = nil
        }
    }
}
