/// Text made safe to show on a terminal: the one home of terminal escaping, used for text
/// tables (`ResultTable.text` and the command line's text output) and for every error,
/// warning and finding printed on standard error.
///
/// A terminal obeys control characters: ESC starts a sequence that can move the cursor, clear
/// the screen, set the window title or (in some terminals) write files; a carriage return
/// lets a name overwrite the start of its line; the bidirectional overrides reorder what
/// follows, so a shown id is not the real one. Each such character is shown escaped as Swift
/// writes it, `\u{1B}`, so the reader sees that it is there and can type it back:
///
/// - C0 controls (U+0000–U+001F) except, in `message`, the line feed that ends a line;
///   DEL (U+007F); C1 controls (U+0080–U+009F, among them U+009B, the 8-bit CSI);
/// - the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069);
///   the marks LRM, RLM and ALM stay, as they change nothing beyond their own position;
/// - the line and paragraph separators (U+2028, U+2029).
///
/// Backslashes are left alone, so escaping is idempotent (a text table whose cells were
/// escaped can be escaped again as a whole without change); a value that itself contains
/// the six characters `\u{1B}` looks the same as an escaped ESC, and the CSV or JSON output
/// tells them apart.
///
/// Decision: this applies ALWAYS, not only when the stream is a terminal. Text tables and
/// messages are written for people, and the same bytes end up on a terminal later (`cat`,
/// `less`, CI logs), so the output must not depend on where it goes. Data formats (CSV,
/// JSON, every graph format) are never escaped: they stay exact.
public enum TerminalText {
    /// One table cell or one value: every control character escaped, line breaks and tabs too
    /// (a cell is one line, and a tab would break the columns).
    public static func cell(_ text: String) -> String {
        escape(text, keepLineFeeds: false)
    }

    /// A message or a whole printed text: control characters escaped, line feeds kept.
    public static func message(_ text: String) -> String {
        escape(text, keepLineFeeds: true)
    }

    /// Whether `scalar` is shown escaped (line feeds aside).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func escape(_ text: String, keepLineFeeds: Bool) -> String {
        let needs = text.unicodeScalars.contains { $0 == "\n" ? !keepLineFeeds : isUnsafe($0) }
        guard needs else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepLineFeeds {
                out.unicodeScalars.append(scalar)
            } else if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
