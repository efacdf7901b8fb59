/// Text broken between words into lines of at most a number of characters: a drawing's names
/// (the portfolio's, wrapped at 32) and captions (72), before Graphviz sets them. Widths are
/// estimated by `TextExtent` (module Tables), the one estimate every drawing and chart uses.
///
/// A word longer than the limit stays whole on its own line; whitespace runs become one
/// space; an empty text is one empty line. Complexity: O(length).
enum WordWrap {
    static func lines(_ text: String, limit: Int) -> [String] {
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
