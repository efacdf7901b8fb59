import Foundation

/// Where the `<text>` elements of an SVG document lie, estimated, and which of them leave its
/// `viewBox`: for tests that check that no label, title or legend entry is cut off.
///
/// The estimate is the tests' own, independent of the charts' `TextExtent`, and conservative:
/// every character (grapheme) is 0.6 em wide (0.66 em in bold; Helvetica's average glyph is
/// narrower), a line reaches 0.8 em above its baseline and 0.25 em below. Font size and weight
/// are read from the element or its ancestors (16 by default); `text-anchor` start, middle and
/// end are honoured; the only transform understood is `translate(x y) rotate(-90)` on the text
/// itself (a vertical axis label): any other transform on a text or its ancestors makes that
/// text count as outside.
public struct SVGTextBounds {
    public struct Box: CustomStringConvertible {
        public let text: String
        public let minX, maxX, minY, maxY: Double
        public var description: String {
            "\"\(text)\" x \(Int(minX))...\(Int(maxX)) y \(Int(minY))...\(Int(maxY))"
        }
    }

    public static let em = 0.6, boldEm = 0.66, ascent = 0.8, descent = 0.25

    public let viewBox: (x: Double, y: Double, width: Double, height: Double)
    public let boxes: [Box]

    public init(svg: String) throws {
        let tree = try XMLTree(svg)
        let numbers = (tree.root.attributes["viewBox"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        viewBox = numbers.count == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (0, 0, 0, 0)
        boxes = tree.root.all.filter { $0.name == "text" }.map(SVGTextBounds.box)
    }

    /// The texts not wholly inside the `viewBox`.
    public var outside: [Box] {
        boxes.filter {
            !($0.minX >= viewBox.x && $0.maxX <= viewBox.x + viewBox.width && $0.minY >= viewBox.y && $0.maxY <= viewBox.y + viewBox.height)
        }
    }

    private static func box(_ text: XMLTree.Element) -> Box {
        let size = text.inherited("font-size").flatMap(Double.init) ?? 16
        let bold = text.inherited("font-weight").map { $0 == "bold" || (Int($0) ?? 400) >= 600 } ?? false
        let width = Double(text.text.count) * size * (bold ? boldEm : em)
        let x = text.attributes["x"].flatMap(Double.init) ?? 0, y = text.attributes["y"].flatMap(Double.init) ?? 0
        let start: Double
        switch text.inherited("text-anchor") ?? "start" {
        case "middle": start = x - width / 2
        case "end": start = x - width
        default: start = x
        }
        var ancestor = text.parent
        while let element = ancestor {
            if element.attributes["transform"] != nil { return Box(text: text.text, minX: .infinity, maxX: .infinity, minY: .infinity, maxY: .infinity) }
            ancestor = element.parent
        }
        guard let transform = text.attributes["transform"] else {
            return Box(text: text.text, minX: start, maxX: start + width, minY: y - ascent * size, maxY: y + descent * size)
        }
        // translate(tx ty) rotate(-90): local (u, v) lands at (tx + v, ty − u).
        let pattern = #"^translate\(([-0-9.]+)[ ,]+([-0-9.]+)\) rotate\(-90\)$"#
        guard let match = transform.range(of: pattern, options: .regularExpression), match == transform.startIndex..<transform.endIndex else {
            return Box(text: text.text, minX: .infinity, maxX: .infinity, minY: .infinity, maxY: .infinity)
        }
        let parts = transform.dropFirst("translate(".count).prefix { $0 != ")" }.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        let (tx, ty) = (parts[0], parts[1])
        return Box(text: text.text, minX: tx + y - ascent * size, maxX: tx + y + descent * size,
                   minY: ty - (start + width), maxY: ty - start)
    }
}
