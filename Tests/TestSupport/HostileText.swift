/// Names an attacker would give actors, labels, quotes and attributes: each one breaks out of
/// some output context if it is not escaped for where it lands (HTML text and attributes, a
/// JSON data island in a `<script>`, SVG/XML, DOT labels, Markdown tables, the terminal).
public enum HostileText {
    public static let closeScript = "</script><script>alert(1)</script>"
    public static let commentScript = "<!--<script>"
    public static let cdataEnd = "]]>"
    public static let imgOnerror = "\"><img src=x onerror=alert(1)>"
    public static let singleQuoteOnerror = "'><svg onload=alert(1)>"
    public static let javascriptURL = "javascript:alert(1)"
    public static let control = "a\u{01}b"
    public static let escapeSequence = "\u{1B}[2J\u{1B}]0;pwned\u{07}red\u{1B}[31m"
    public static let lineSeparator = "a\u{2028}b\u{2029}c"
    public static let rtlOverride = "abc\u{202E}gpj.exe"
    public static let graphvizEscapes = "\\N \\G \\E \\T \\H \\L \\l \\n end\\"
    public static let entities = "&#1; &bogus; &amp; &lt;b&gt;"
    public static let markdown = "[click](javascript:alert(1)) | `code` *em* <b>bold</b>"

    /// All of them, in a fixed order.
    public static let all = [closeScript, commentScript, cdataEnd, imgOnerror, singleQuoteOnerror, javascriptURL,
                             control, escapeSequence, lineSeparator, rtlOverride, graphvizEscapes, entities, markdown]
}
