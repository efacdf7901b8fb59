/// A conservative estimate of how wide a line of text is set in the theme's font (DejaVu
/// Sans), for drawings whose positions are computed before Graphviz measures anything (the
/// portfolio layout).
///
/// Each character counts a fraction of the font size: capitals 0.75 em (M and W 0.9),
/// lower-case letters and digits 0.6, spaces and punctuation 0.35, wide (CJK) characters
/// 1.0; bold adds 10 %. Measured against Graphviz 2.42 with cairo and DejaVu Sans at 10
/// points, this overestimates ordinary names by 5–10 % ("Vitebsk Region": 74 points set,
/// 80 estimated), so a box or column sized by it holds the text. Complexity: O(length).
enum TextWidth {
    /// The estimated width in points of `text` at `fontSize` points.
    static func estimate(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += em(scalar)
        }
        return ems * fontSize * (bold ? 1.1 : 1)
    }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x4D, 0x57: return 0.9                          // M, W
        case 0x41...0x5A: return 0.75                        // other capitals
        case 0x30...0x39, 0x61...0x7A: return 0.6            // digits, lower case
        case 0x20...0x7E: return 0.35                        // space, punctuation
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60:
            return 1.0                                       // Hangul, CJK, full-width forms
        default: return 0.7                                  // other letters (Cyrillic, accented…)
        }
    }

    /// `text` broken between words into lines of at most `limit` characters; a word longer
    /// than the limit stays whole on its own line. Whitespace runs become one space.
    static func wrap(_ text: String, limit: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
