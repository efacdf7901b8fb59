import Foundation

/// Quoting for DOT text: the one home of DOT's string rules, shared by the data format
/// (`DOTFormat`) and the diagram writer (module Render).
public enum DOTText {
    /// A double-quoted DOT string that cgraph reads back to exactly `text`: only `"` is
    /// escaped, since cgraph keeps every other backslash and line break as it is. (A value
    /// ending in a backslash, or with a backslash before a line break, cannot be written
    /// losslessly in DOT: cgraph reads those as an escaped quote or a line continuation.)
    public static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Why `quoted(text)` would not read back as `text` through cgraph, or nil when it does.
    /// cgraph's scanner reads `\"` as a quote and drops a backslash before a line break, and
    /// (since Graphviz 2.30) keeps `\\` as two backslashes, so no escaping helps a backslash
    /// right before a quote, before a line feed or at the end of the text: those values cannot
    /// be carried by DOT, and the writer refuses them (`DOTFormat.write`).
    public static func unwritable(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() where scalar == "\\" {
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch next {
            case nil: return "a backslash at the end"
            case "\"": return "a backslash before a quote"
            case "\n": return "a backslash before a line break"
            default: continue
            }
        }
        return nil
    }

    /// A double-quoted label for drawing, which Graphviz shows exactly as `text`:
    /// - Graphviz interprets escapes in labels (`\N` node name, `\G` graph name, `\E`, `\T`,
    ///   `\H`, `\L`, and `\n`, `\l`, `\r` line ends), so every backslash is doubled and line
    ///   breaks become `\n`;
    /// - Graphviz decodes HTML entities in labels (`&#1;` would become a raw U+0001 in the SVG,
    ///   `&lt;` a `<`), so `&` is written `&amp;`.
    ///
    /// `unescapedTwice`: Graphviz 2.42 unescapes tooltips twice (`\\N` in a tooltip shows the
    /// node's name), so a tooltip's backslashes are doubled once more.
    public static func quotedLabel(_ text: String, unescapedTwice: Bool = false) -> String {
        let backslash = unescapedTwice ? "\\\\\\\\" : "\\\\"
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += backslash
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    /// An identifier as DOT accepts it bare, quoted otherwise.
    public static func id(_ text: String) -> String {
        let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]
        let bare = !text.isEmpty && !keywords.contains(text.lowercased())
            && text.unicodeScalars.first.map { !CharacterSet.decimalDigits.contains($0) } == true
            && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_") }
        return bare ? text : quoted(text)
    }

    /// ` [a="x", b="y"]`, or nothing for no attributes.
    public static func attributeList(_ attributes: [(String, String)]) -> String {
        guard !attributes.isEmpty else { return "" }
        return " [" + attributes.map { id($0.0) + "=" + quoted($0.1) }.joined(separator: ", ") + "]"
    }
}
