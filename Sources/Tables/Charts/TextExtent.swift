/// How much room one line of chart text takes, estimated without a font: the one rule by
/// which the charts place, wrap and shorten text so that none of it leaves the `viewBox`.
///
/// Width: the sum of each character's advance, in em of the font size, never less than
/// Helvetica's (Arial's) real advance, so the estimate errs on the wide side:
/// - 1.0 em: `M`, `W`, `m`, `@`, `%` (Helvetica: 0.83–1.02 em), East Asian wide characters,
///   emoji, controls (the SVG writes U+FFFD for them) and anything not listed below;
/// - 0.8 em: the other capitals, `w`, `&`, `~` (at most 0.78 em), and Latin, Greek and
///   Cyrillic letters beyond ASCII (U+00A0–U+052F);
/// - 0.6 em: every other printable ASCII character (lower case, digits, punctuation: at most
///   0.61 em; their average is near 0.5 em);
/// - 0 em: combining marks and zero-width characters.
/// Bold text is 1.1 times as wide.
///
/// Height: a line reaches `ascent` (0.9 em, room for accented capitals) above its baseline and
/// `descent` (0.25 em) below it.
///
/// Example: `TextExtent.width("memorandum", fontSize: 10)` is 10 · (3 · 1.0 + 7 · 0.6) = 72:
/// three `m`s at 1 em, seven other letters at 0.6 em.
public enum TextExtent {
    public static let ascent = 0.9
    public static let descent = 0.25
    public static let boldFactor = 1.1
    /// What `shortened` appends to text it cuts.
    public static let ellipsis = "…"

    /// The estimated advance of `text` at `fontSize`.
    public static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { $0 + advance($1) }
        return ems * fontSize * (bold ? boldFactor : 1)
    }

    /// One character's advance in em (see the type's rule).
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        switch v {
        case 0x20...0x7E:
            if "MWm@%".unicodeScalars.contains(scalar) { return 1.0 }
            if (0x41...0x5A).contains(v) || "w&~".unicodeScalars.contains(scalar) { return 0.8 }
            return 0.6
        case 0x200B...0x200F, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF: return 0
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: return 0
            default: return (0xA0...0x52F).contains(v) ? 0.8 : 1.0
            }
        }
    }

    /// `text` cut so that it, with `ellipsis` appended when cut, fits in `width`.
    public static func shortened(_ text: String, toWidth width: Double, fontSize: Double, bold: Bool = false) -> String {
        if self.width(text, fontSize: fontSize, bold: bold) <= width { return text }
        var kept = ""
        for character in text {
            let candidate = kept + String(character)
            if self.width(candidate + ellipsis, fontSize: fontSize, bold: bold) > width { break }
            kept = candidate
        }
        return kept + ellipsis
    }

    /// `text` in lines no wider than `width`: broken after spaces (dropped), underscores,
    /// dashes and slashes (kept); a word wider than a line is broken between characters. Past
    /// `maxLines` the last line is shortened with `ellipsis`. Every character of `text` but the
    /// spaces at breaks is in the lines unless they end in `ellipsis`.
    public static func wrapped(_ text: String, toWidth width: Double, fontSize: Double, bold: Bool = false,
                               maxLines: Int = .max) -> [String] {
        var lines: [String] = []
        var line = ""
        func fits(_ s: String) -> Bool { self.width(s, fontSize: fontSize, bold: bold) <= width }
        for piece in pieces(of: text) {
            let trimmed = piece.hasSuffix(" ") ? String(piece.dropLast()) : piece
            if fits(line + trimmed) {
                line += piece
                continue
            }
            if !line.isEmpty { lines.append(trailingSpaceDropped(line)); line = "" }
            // The piece alone: broken between characters when wider than a line.
            for character in piece {
                if !fits(line + String(character)), !line.isEmpty, character != " " {
                    lines.append(line)
                    line = ""
                }
                line.append(character)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(trailingSpaceDropped(line)) }
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = shortened(kept[maxLines - 1] + ellipsis, toWidth: width, fontSize: fontSize, bold: bold)
        return kept
    }

    /// Words with what follows them up to the next break: "a_b c" → ["a_", "b ", "c"].
    private static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == " " || character == "_" || character == "-" || character == "/" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    private static func trailingSpaceDropped(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
