import Graph

/// Text placed inside a Graphviz HTML-like label so that it shows exactly as written.
///
/// `XMLText.htmlLabel` escapes the markup characters (`&`, `<`, `>`, quotes) and drops what
/// XML cannot hold; but Graphviz 2.42 still expands its escape sequences in the text of an
/// HTML-like label (`\N` becomes the node's name, `\G` the graph's, `\E` nothing), and
/// reads `\\` as one backslash (checked with `dot -Tsvg`: `<\\N>` shows `\N`, `<&#92;N>`
/// shows the node's name). So every backslash is doubled after the markup is escaped.
/// Complexity: O(length).
enum HTMLLabelText {
    static func escaped(_ text: String) -> String {
        XMLText.htmlLabel(text).replacingOccurrences(of: "\\", with: "\\\\")
    }
}
