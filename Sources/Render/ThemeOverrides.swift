import Foundation
import Graph

/// The decoded content of a theme file: every field optional, unknown keys rejected, values
/// checked (colours, font names, shape and style names, bounded sizes) with the key path of the
/// bad one, so that nothing unchecked reaches Graphviz (which copies some values raw into SVG).
struct ThemeOverrides: Decodable {
    struct NodeLook: Decodable { var shape: String?; var color: String? }
    struct EdgeLook: Decodable { var color: String?; var style: String? }
    struct Range: Decodable { var min: Double?; var max: Double? }

    var nodeTypes: [String: NodeLook]?
    var agreementKinds: [String: EdgeLook]?
    var palette: [String]?
    var font: String?
    var fontSize: Double?
    var legendFontSize: Double?
    var nodeSize: Range?
    var pointSize: Range?
    var edgeWidth: Range?
    var background: String?
    var denseEdgeColor: String?

    init(from decoder: Decoder) throws {
        let c = try StrictKeys.container(decoder, allowed: ["nodeTypes", "agreementKinds", "palette", "font", "fontSize",
                                                            "legendFontSize", "nodeSize", "pointSize", "edgeWidth",
                                                            "background", "denseEdgeColor"])
        nodeTypes = try c.decodeIfPresent([String: NodeLook].self, forKey: StrictKeys("nodeTypes"))
        agreementKinds = try c.decodeIfPresent([String: EdgeLook].self, forKey: StrictKeys("agreementKinds"))
        palette = try c.decodeIfPresent([String].self, forKey: StrictKeys("palette"))
        font = try c.decodeIfPresent(String.self, forKey: StrictKeys("font"))
        fontSize = try c.decodeIfPresent(Double.self, forKey: StrictKeys("fontSize"))
        legendFontSize = try c.decodeIfPresent(Double.self, forKey: StrictKeys("legendFontSize"))
        nodeSize = try c.decodeIfPresent(Range.self, forKey: StrictKeys("nodeSize"))
        pointSize = try c.decodeIfPresent(Range.self, forKey: StrictKeys("pointSize"))
        edgeWidth = try c.decodeIfPresent(Range.self, forKey: StrictKeys("edgeWidth"))
        background = try c.decodeIfPresent(String.self, forKey: StrictKeys("background"))
        denseEdgeColor = try c.decodeIfPresent(String.self, forKey: StrictKeys("denseEdgeColor"))
    }

    func apply(to theme: inout Theme, file: String) throws {
        let check = ThemeCheck(file: file)
        for (type, look) in nodeTypes ?? [:] {
            var merged = theme.nodeTypes[type] ?? theme.otherNodeType
            if let shape = look.shape { merged.shape = try check.shape(shape, key: "nodeTypes.\(type).shape") }
            if let color = look.color { merged.color = try check.color(color, key: "nodeTypes.\(type).color") }
            theme.nodeTypes[type] = merged
        }
        for (kind, look) in agreementKinds ?? [:] {
            var merged = theme.agreementKinds[kind] ?? theme.otherAgreementKind
            if let color = look.color { merged.color = try check.color(color, key: "agreementKinds.\(kind).color") }
            if let style = look.style { merged.style = try check.edgeStyle(style, key: "agreementKinds.\(kind).style") }
            theme.agreementKinds[kind] = merged
        }
        if let palette {
            guard !palette.isEmpty else { throw ThemeError(file: file, key: "palette", message: "expected at least one colour") }
            theme.palette = try palette.enumerated().map { try check.color($1, key: "palette[\($0)]") }
        }
        if let font { theme.fontName = try check.font(font, key: "font") }
        if let fontSize { theme.fontSize = try check.positive(fontSize, key: "fontSize") }
        if let legendFontSize { theme.legendFontSize = try check.positive(legendFontSize, key: "legendFontSize") }
        if let nodeSize { theme.nodeSize = try check.range(nodeSize, over: theme.nodeSize, key: "nodeSize") }
        if let pointSize { theme.pointSize = try check.range(pointSize, over: theme.pointSize, key: "pointSize") }
        if let edgeWidth { theme.edgeWidth = try check.range(edgeWidth, over: theme.edgeWidth, key: "edgeWidth") }
        if let background { theme.background = try check.color(background, key: "background") }
        if let denseEdgeColor { theme.denseEdgeColor = try check.color(denseEdgeColor, key: "denseEdgeColor") }
    }
}

extension ThemeOverrides.NodeLook {
    init(from decoder: Decoder) throws {
        let c = try StrictKeys.container(decoder, allowed: ["shape", "color"])
        shape = try c.decodeIfPresent(String.self, forKey: StrictKeys("shape"))
        color = try c.decodeIfPresent(String.self, forKey: StrictKeys("color"))
    }
}

extension ThemeOverrides.EdgeLook {
    init(from decoder: Decoder) throws {
        let c = try StrictKeys.container(decoder, allowed: ["color", "style"])
        color = try c.decodeIfPresent(String.self, forKey: StrictKeys("color"))
        style = try c.decodeIfPresent(String.self, forKey: StrictKeys("style"))
    }
}

extension ThemeOverrides.Range {
    init(from decoder: Decoder) throws {
        let c = try StrictKeys.container(decoder, allowed: ["min", "max"])
        min = try c.decodeIfPresent(Double.self, forKey: StrictKeys("min"))
        max = try c.decodeIfPresent(Double.self, forKey: StrictKeys("max"))
    }
}

/// Coding keys read from the file, so that keys nobody asked for can be reported.
struct StrictKeys: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    static func container(_ decoder: Decoder, allowed: [String]) throws -> KeyedDecodingContainer<StrictKeys> {
        let c = try decoder.container(keyedBy: StrictKeys.self)
        if let unknown = c.allKeys.map(\.stringValue).sorted().first(where: { !allowed.contains($0) }) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: c.codingPath + [StrictKeys(unknown)],
                debugDescription: "unknown key; expected one of: " + allowed.joined(separator: ", ")))
        }
        return c
    }
}

/// Value checks for theme settings: each returns the value or throws with its key path.
struct ThemeCheck {
    let file: String

    /// Graphviz node shapes (the polygon-based ones; record shapes need field syntax).
    static let shapes: Set<String> = [
        "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext",
        "plain", "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon",
        "septagon", "octagon", "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle",
        "invtrapezium", "invhouse", "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle",
        "square", "star", "none", "underline", "cylinder", "note", "tab", "folder", "box3d",
        "component", "promoter", "cds", "terminator", "utr", "primersite", "restrictionsite",
        "fivepoverhang", "threepoverhang", "noverhang", "assembly", "signature", "insulator",
        "ribosite", "rnastab", "proteasesite", "proteinstab", "rpromoter", "rarrow", "larrow",
        "lpromoter",
    ]
    static let edgeStyles: Set<String> = ["solid", "dashed", "dotted", "bold", "invis", "tapered"]

    /// `#rgb` (expanded to `#rrggbb`, which is what Graphviz reads), `#rrggbb`, `#rrggbbaa`, or a
    /// colour name Graphviz knows (`GraphvizColorNames`).
    func color(_ text: String, key: String) throws -> String {
        let digits = text.dropFirst()
        if text.hasPrefix("#"), [3, 6, 8].contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) {
            return digits.count == 3 ? "#" + digits.map { "\($0)\($0)" }.joined() : text
        }
        guard GraphvizColorNames.isKnown(text) else {
            throw ThemeError(file: file, key: key, message: "expected a colour as #RGB, #RRGGBB, #RRGGBBAA or a Graphviz colour name (red, lightblue, gray40...), found '\(ThemeCheck.shown(text))'")
        }
        return text
    }

    /// The longest font name accepted.
    static let fontNameLimit = 100

    /// A font name or a comma-separated list of them (`DejaVu Sans`, `Helvetica,Arial`): letters
    /// and digits of any script, spaces, `-`, `_`, `.`, `,`, `:`, `+`; at most 100 characters,
    /// not blank. Graphviz writes the name unescaped into the SVG's `font-family` attribute, so
    /// quotes, angle brackets, `&`, `;` and controls must never reach it.
    func font(_ text: String, key: String) throws -> String {
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || " -_.,:+".unicodeScalars.contains(scalar)
        }
        guard allowed, text.count <= ThemeCheck.fontNameLimit, !text.trimmingWhitespace().isEmpty else {
            throw ThemeError(file: file, key: key, message: "expected a font name (letters, digits, spaces and - _ . , : +; at most \(ThemeCheck.fontNameLimit) characters), found '\(ThemeCheck.shown(text))'")
        }
        return text
    }

    /// A value quoted in an error message: abbreviated, control characters shown escaped.
    static func shown(_ text: String) -> String {
        TerminalText.cell(text.abbreviated())
    }

    func shape(_ text: String, key: String) throws -> String {
        guard ThemeCheck.shapes.contains(text) else {
            throw ThemeError(file: file, key: key, message: "expected a Graphviz node shape (box, ellipse, hexagon, ...), found '\(ThemeCheck.shown(text))'")
        }
        return text
    }

    func edgeStyle(_ text: String, key: String) throws -> String {
        guard ThemeCheck.edgeStyles.contains(text) else {
            throw ThemeError(file: file, key: key, message: "expected an edge style (\(ThemeCheck.edgeStyles.sorted().joined(separator: ", "))), found '\(ThemeCheck.shown(text))'")
        }
        return text
    }

    /// Upper bounds of theme sizes: a font size in points, a node diameter in inches, an edge
    /// pen width in points. Beyond them a drawing is useless and Graphviz may run out of memory.
    static let limits: [String: Double] = ["fontSize": 144, "legendFontSize": 144, "nodeSize": 20, "pointSize": 20, "edgeWidth": 72]

    /// A finite number in (0, limit], the limit of the key's first component.
    func positive(_ value: Double, key: String) throws -> Double {
        let limit = ThemeCheck.limits[String(key.prefix { $0 != "." })] ?? 1_000
        guard value > 0, value.isFinite, value <= limit else {
            throw ThemeError(file: file, key: key, message: "expected a positive number at most \(limit.formatted), found \(value)")
        }
        return value
    }

    func range(_ range: ThemeOverrides.Range, over current: ClosedRange<Double>, key: String) throws -> ClosedRange<Double> {
        let low = try positive(range.min ?? current.lowerBound, key: key + ".min")
        let high = try positive(range.max ?? current.upperBound, key: key + ".max")
        guard low <= high else {
            throw ThemeError(file: file, key: key, message: "expected min ≤ max, found min \(low) and max \(high)")
        }
        return low...high
    }
}

extension Theme {
    /// Checks every value as a theme file's are checked (`ThemeCheck`), for a theme built or
    /// changed in code: the drawing entry points call it, so no value reaches Graphviz (which
    /// copies fonts raw into SVG) unchecked, whatever built the theme. `name` stands for the
    /// file in the error ("theme" by default).
    public func check(as name: String = "theme") throws {
        let check = ThemeCheck(file: name)
        for (type, look) in nodeTypes.sorted(by: { $0.key < $1.key }) {
            _ = try check.shape(look.shape, key: "nodeTypes.\(type).shape")
            _ = try check.color(look.color, key: "nodeTypes.\(type).color")
        }
        _ = try check.shape(otherNodeType.shape, key: "otherNodeType.shape")
        _ = try check.color(otherNodeType.color, key: "otherNodeType.color")
        for (kind, look) in agreementKinds.sorted(by: { $0.key < $1.key }) {
            _ = try check.color(look.color, key: "agreementKinds.\(kind).color")
            _ = try check.edgeStyle(look.style, key: "agreementKinds.\(kind).style")
        }
        _ = try check.color(otherAgreementKind.color, key: "otherAgreementKind.color")
        _ = try check.edgeStyle(otherAgreementKind.style, key: "otherAgreementKind.style")
        if let palette {
            guard !palette.isEmpty else { throw ThemeError(file: name, key: "palette", message: "expected at least one colour") }
            for (i, color) in palette.enumerated() { _ = try check.color(color, key: "palette[\(i)]") }
        }
        _ = try check.font(fontName, key: "font")
        _ = try check.positive(fontSize, key: "fontSize")
        _ = try check.positive(legendFontSize, key: "legendFontSize")
        for (key, range) in [("nodeSize", nodeSize), ("pointSize", pointSize), ("edgeWidth", edgeWidth)] {
            _ = try check.range(ThemeOverrides.Range(min: range.lowerBound, max: range.upperBound), over: range, key: key)
        }
        _ = try check.color(background, key: "background")
        _ = try check.color(denseEdgeColor, key: "denseEdgeColor")
    }
}
