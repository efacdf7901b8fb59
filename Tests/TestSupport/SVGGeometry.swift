import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Where things are in an SVG file, as a reader sees it: the viewBox, and each `<text>`
/// element's box in viewBox coordinates, after the transforms of the groups around it
/// (`scale(…) rotate(0) translate(…)`, as Graphviz writes them, or `translate(…)` alone).
///
/// A text's box is estimated, independently of the code under test, from its anchor point,
/// `text-anchor` and `font-size`, character by character: 0.36 em for narrow letters and
/// punctuation, 0.95 for m, w, M, W, @ and %, 0.76 for other capitals, 0.66 for digits, 1 for
/// CJK and 0.63 for the rest; 0.8 em above the baseline and 0.25 em below. Against DejaVu
/// Sans's real advances (measured with PIL on every label of graphs/belarus-asia) it errs
/// wide by 0–23%, narrow by at most 1.3% (short names such as "Oman"), hence `slack`.
public struct SVGGeometry {
    public struct Box: CustomStringConvertible {
        public var minX, minY, maxX, maxY: Double
        public var description: String { String(format: "[%.1f, %.1f]–[%.1f, %.1f]", minX, minY, maxX, maxY) }
    }

    public struct Text {
        public var content: String
        public var box: Box
    }

    public var viewBox: Box
    public var texts: [Text]
    /// Node groups (`class="node"`) by id with the centre of their first shape (ellipse,
    /// polygon, path or text), in viewBox coordinates.
    public var nodeCentres: [String: (x: Double, y: Double)]

    public var width: Double { viewBox.maxX - viewBox.minX }
    public var height: Double { viewBox.maxY - viewBox.minY }

    /// The texts whose box leaves the viewBox by more than `slack` units.
    public func textsOutside(slack: Double = 1) -> [Text] {
        texts.filter { t in
            t.box.minX < viewBox.minX - slack || t.box.maxX > viewBox.maxX + slack
                || t.box.minY < viewBox.minY - slack || t.box.maxY > viewBox.maxY + slack
        }
    }

    public static func parse(_ data: Data) throws -> SVGGeometry {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse(), let viewBox = reader.viewBox else {
            throw NSError(domain: "SVGGeometry", code: 1, userInfo: [NSLocalizedDescriptionKey: "not a well-formed SVG with a viewBox: \(String(describing: parser.parserError))"])
        }
        return SVGGeometry(viewBox: viewBox, texts: reader.texts, nodeCentres: reader.nodeCentres)
    }

    public static func parse(file: URL) throws -> SVGGeometry { try parse(Data(contentsOf: file)) }

    /// The estimated advance of `text` in ems (see the type's comment).
    static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { total, c in
            let ch = Character(c)
            if "il.,;:'!|Ijft()[] -".contains(ch) { return total + 0.36 }
            if "mwMW@%".contains(ch) { return total + 0.95 }
            if c.value >= 0x2E80 { return total + 1 }
            if ch.isUppercase { return total + 0.76 }
            if ch.isNumber { return total + 0.66 }
            return total + 0.63
        }
    }

    /// An affine map x' = s·x + tx, y' = s·y + ty (uniform scale; Graphviz never rotates).
    struct Transform {
        var s = 1.0, tx = 0.0, ty = 0.0

        func then(_ outer: Transform) -> Transform {
            Transform(s: s * outer.s, tx: tx * outer.s + outer.tx, ty: ty * outer.s + outer.ty)
        }

        func apply(_ x: Double, _ y: Double) -> (Double, Double) { (s * x + tx, s * y + ty) }

        /// `scale(a [b]) rotate(0) translate(c d)`: in SVG the rightmost applies first.
        init(s: Double = 1, tx: Double = 0, ty: Double = 0) { (self.s, self.tx, self.ty) = (s, tx, ty) }

        init(parsing text: String) {
            var result = Transform()
            let pattern = try! NSRegularExpression(pattern: #"(scale|translate|rotate)\(([^)]*)\)"#)
            let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
            for match in matches.reversed() {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                let numbers = text[Range(match.range(at: 2), in: text)!]
                    .split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                let step: Transform
                switch name {
                case "scale": step = Transform(s: numbers.first ?? 1)
                case "translate": step = Transform(tx: numbers.first ?? 0, ty: numbers.count > 1 ? numbers[1] : 0)
                default: step = Transform()
                }
                result = result.then(step)
            }
            self = result
        }
    }

    final class Reader: NSObject, XMLParserDelegate {
        var viewBox: Box?
        var texts: [Text] = []
        var nodeCentres: [String: (x: Double, y: Double)] = [:]
        private var transforms: [Transform] = [Transform()]
        private var pendingText: (x: Double, y: Double, anchor: String, size: Double, transform: Transform)?
        private var content = ""
        private var fontSizes: [Double] = [14]
        private var currentNode: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let inherited = fontSizes.last ?? 14
            let size = attributes["font-size"].flatMap { Double($0.replacingOccurrences(of: "px", with: "")) } ?? inherited
            fontSizes.append(size)
            let local = attributes["transform"].map(Transform.init(parsing:)) ?? Transform()
            let current = local.then(transforms.last ?? Transform())
            transforms.append(current)
            switch element {
            case "svg":
                if let box = attributes["viewBox"]?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap({ Double($0) }), box.count == 4 {
                    viewBox = Box(minX: box[0], minY: box[1], maxX: box[0] + box[2], maxY: box[1] + box[3])
                }
            case "g":
                if attributes["class"]?.split(separator: " ").first == "node" { currentNode = attributes["id"] }
            case "ellipse":
                if let id = currentNode, nodeCentres[id] == nil, let x = Double(attributes["cx"] ?? ""), let y = Double(attributes["cy"] ?? "") {
                    nodeCentres[id] = current.apply(x, y)
                }
            case "polygon", "polyline":
                if let id = currentNode, nodeCentres[id] == nil, let points = attributes["points"] {
                    let numbers = points.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                    let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
                    let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                    if let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() {
                        nodeCentres[id] = current.apply((x0 + x1) / 2, (y0 + y1) / 2)
                    }
                }
            case "path":
                // A rounded box: the bounding box of its points.
                if let id = currentNode, nodeCentres[id] == nil, let d = attributes["d"] {
                    let numbers = d.split(whereSeparator: { !"0123456789.-eE".contains($0) }).compactMap { Double($0) }
                    let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
                    let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                    if let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() {
                        nodeCentres[id] = current.apply((x0 + x1) / 2, (y0 + y1) / 2)
                    }
                }
            case "text":
                let x = Double(attributes["x"] ?? "0") ?? 0, y = Double(attributes["y"] ?? "0") ?? 0
                pendingText = (x, y, attributes["text-anchor"] ?? "start", size, current)
                content = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if pendingText != nil { content += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            fontSizes.removeLast()
            transforms.removeLast()
            if element == "g" { currentNode = nil }
            if element == "text", let t = pendingText {
                let width = t.size * SVGGeometry.ems(content)
                let start: Double
                switch t.anchor {
                case "middle": start = t.x - width / 2
                case "end": start = t.x - width
                default: start = t.x
                }
                let (x0, y0) = t.transform.apply(start, t.y - 0.8 * t.size)
                let (x1, y1) = t.transform.apply(start + width, t.y + 0.25 * t.size)
                texts.append(Text(content: content, box: Box(minX: min(x0, x1), minY: min(y0, y1), maxX: max(x0, x1), maxY: max(y0, y1))))
                pendingText = nil
            }
        }
    }
}
