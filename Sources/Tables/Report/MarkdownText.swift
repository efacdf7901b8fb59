/// Markdown escaping for the Markdown report: the one home of it.
///
/// Conventions (CommonMark and GitHub Flavored Markdown):
/// - `inline` text: the ASCII punctuation that starts Markdown syntax (backslash, backquote,
///   `*`, `_`, `~`, `[`, `]`, `|`, `#`) is escaped with a backslash; `<`, `>` and `&` become `&lt;`, `&gt;`, `&amp;`,
///   so no raw HTML, autolink (`<javascript:…>`) or entity reaches the page; line breaks become
///   spaces (a value never starts a new block) and other control characters U+FFFD.
///   Text escaped so is also safe in a table cell (the pipe is escaped).
/// - `paragraph`: text in which paired backquotes mark code, as the report builder writes it;
///   code spans are kept (their content is literal in Markdown, never HTML) and the rest
///   escaped as `inline`.
/// - `destination`: a link or image target; only paths the writer made and web addresses
///   (`WebLink`) are ever link targets; spaces, parentheses and angle brackets in them are
///   percent-encoded.
public enum MarkdownText {
    public static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "~", "[", "]", "|", "#":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out += " "
            default:
                out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// Text whose paired backquotes mark code: code spans kept, the rest `inline`.
    public static func paragraph(_ text: String) -> String {
        let parts = text.components(separatedBy: "`")
        let paired = (parts.count - 1) / 2 * 2
        var out = ""
        for (i, part) in parts.enumerated() {
            if i > 0 { out += i - 1 < paired ? "`" : "\\`" }
            let insideCode = i % 2 == 1 && i <= paired
            out += insideCode ? codeSpanContent(part) : inline(part)
        }
        return out
    }

    /// A link or image destination, percent-encoded where Markdown would end or break it.
    public static func destination(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            if scalar.value <= 0x20 || "()<>\\`\"'[]".unicodeScalars.contains(scalar) || scalar.value == 0x7F {
                for byte in String(scalar).utf8 { out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func codeSpanContent(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
            return scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar
        }))
    }
}
