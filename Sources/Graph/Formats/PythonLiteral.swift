/// The Python literals of an edge's data dictionary in networkx's edge list format, which
/// `nx.write_edgelist` writes with `str(dict)` and `nx.read_edgelist` reads with
/// `ast.literal_eval`: `{'weight': 2.5, 'kind': 'twinning', 'ok': True, 'note': None}`.
///
/// Read: keys are quoted strings; values are strings (single or double quotes, an optional
/// `u`/`r` prefix, Python's escapes `\\ \' \" \a \b \f \n \r \t \v \ooo \xhh \uhhhh
/// \Uhhhhhhhh`), integers (`-3`, `1_000`), floats (`2.5`, `1e-07`, and the bare `inf`, `-inf`,
/// `nan` that `str(dict)` writes), `True`, `False` and `None` (no value). Lists, tuples, sets
/// and nested dictionaries are refused: Twinning's attributes are scalars.
///
/// Written as `repr` writes them, so that Python reads back every value with its type, plus
/// two escapes `nx.read_edgelist` needs: `#` inside a string is written `\x23` (networkx cuts
/// a line at the first `#`), and the second and later spaces of a run are written `\x20`
/// (networkx splits the line on whitespace and joins it back with single spaces). Infinity is
/// written `1e999` (which `literal_eval` reads as `inf`); NaN is written `nan` as networkx
/// does, which `literal_eval` cannot read.
enum PythonLiteral {
    /// One `key: value` of a dictionary; `value` nil for `None`. `column` is where the value
    /// starts, counted in characters from 1 at the start of the text given to `parseDict`.
    struct Entry {
        var key: String
        var value: AttributeValue?
        var column: Int
    }

    /// A literal that cannot be read: where and what was expected.
    struct Failure: Error {
        var column: Int
        var message: String
    }

    // MARK: Reading

    /// Parses `text` as a dictionary literal followed only by whitespace or a `#` comment.
    /// `column` is the column of `text`'s first character in its line.
    static func parseDict(_ text: Substring, column: Int) throws(Failure) -> [Entry] {
        var parser = Parser(scalars: Array(text.unicodeScalars), base: column)
        return try parser.dictionary()
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let base: Int
        var i = 0

        init(scalars: [Unicode.Scalar], base: Int) {
            self.scalars = scalars
            self.base = base
        }

        var column: Int { base + i }
        var current: Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }

        func failure(_ expected: String) -> Failure {
            let found = current.map { "'\(Character($0))'" } ?? "the end of the line"
            return Failure(column: column, message: "expected \(expected), found \(found)")
        }

        mutating func skipSpace() {
            while let c = current, c.properties.isWhitespace { i += 1 }
        }

        mutating func expect(_ c: Unicode.Scalar, _ what: String) throws(Failure) {
            skipSpace()
            guard current == c else { throw failure(what) }
            i += 1
        }

        mutating func dictionary() throws(Failure) -> [Entry] {
            try expect("{", "'{' opening the data dictionary")
            var entries: [Entry] = []
            skipSpace()
            while current != "}" {
                guard current == "'" || current == "\"" || isPrefixedString else {
                    throw failure(entries.isEmpty ? "a quoted key or '}'" : "a quoted key")
                }
                let key = try string()
                try expect(":", "':' after the key '\(key.abbreviated())'")
                skipSpace()
                let valueColumn = column
                entries.append(Entry(key: key, value: try value(), column: valueColumn))
                skipSpace()
                if current == "," { i += 1; skipSpace(); continue }
                guard current == "}" else { throw failure("',' or '}' after the value of '\(key.abbreviated())'") }
            }
            i += 1
            skipSpace()
            guard current == nil || current == "#" else { throw failure("the end of the line after the data dictionary") }
            return entries
        }

        var isPrefixedString: Bool {
            guard let c = current, "uUrR".unicodeScalars.contains(c), i + 1 < scalars.count else { return false }
            return scalars[i + 1] == "'" || scalars[i + 1] == "\""
        }

        mutating func value() throws(Failure) -> AttributeValue? {
            guard let c = current else { throw failure("a value") }
            if c == "'" || c == "\"" || isPrefixedString { return .string(try string()) }
            if c == "[" || c == "(" || c == "{" {
                throw Failure(column: column, message: "expected a string, number, True, False or None, found '\(Character(c))' (lists, tuples and dictionaries are not attribute values)")
            }
            var word = ""
            while let s = current, s.properties.isAlphabetic || ("0"..."9").contains(s) || "+-._".unicodeScalars.contains(s) {
                // A sign only opens a number or follows an exponent marker.
                if (s == "+" || s == "-") && !word.isEmpty && !(word.last == "e" || word.last == "E") { break }
                word.unicodeScalars.append(s)
                i += 1
            }
            switch word {
            case "True": return .boolean(true)
            case "False": return .boolean(false)
            case "None": return nil
            default: break
            }
            if let number = PythonLiteral.number(word) { return number }
            i -= word.unicodeScalars.count
            throw failure("a string, number, True, False or None")
        }

        mutating func string() throws(Failure) -> String {
            var raw = false
            if current != "'" && current != "\"" {
                raw = current == "r" || current == "R"
                i += 1
            }
            let quote = current!, open = column
            i += 1
            if i + 1 < scalars.count && scalars[i] == quote && scalars[i + 1] == quote {
                throw Failure(column: open, message: "expected a string in single quotes, found a triple-quoted string")
            }
            var text = String.UnicodeScalarView()
            while let c = current, c != quote {
                i += 1
                guard c == "\\" else { text.append(c); continue }
                guard let next = current else { break }
                if raw { text.append(c); text.append(next); i += 1; continue }
                try escape(next, into: &text)
            }
            guard current == quote else {
                throw Failure(column: open, message: "expected a closing \(quote == "'" ? "'" : "\"") for the string opened here, found the end of the line")
            }
            i += 1
            return String(text)
        }

        /// The escape after a backslash, `next` being its first character (not yet consumed).
        mutating func escape(_ next: Unicode.Scalar, into text: inout String.UnicodeScalarView) throws(Failure) {
            let simple: [Unicode.Scalar: Unicode.Scalar] = [
                "\\": "\\", "'": "'", "\"": "\"", "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}",
                "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
            ]
            let start = column - 1
            i += 1
            if let s = simple[next] { text.append(s); return }
            var digits = 0, radix = 16
            switch next {
            case "x": digits = 2
            case "u": digits = 4
            case "U": digits = 8
            case "0"..."7":
                radix = 8
                i -= 1
                digits = 1
                while digits < 3, i + digits < scalars.count, ("0"..."7").contains(scalars[i + digits]) { digits += 1 }
            default:
                // Python keeps an unknown escape as it is, backslash included.
                text.append("\\")
                text.append(next)
                return
            }
            guard i + digits <= scalars.count,
                  let code = UInt32(String(String.UnicodeScalarView(scalars[i..<i + digits])), radix: radix),
                  let scalar = Unicode.Scalar(code) else {
                throw Failure(column: start, message: "expected a valid \\\(next) escape, found '\\\(String(String.UnicodeScalarView(scalars[i..<min(i + digits, scalars.count)])))'")
            }
            i += digits
            text.append(scalar)
        }
    }

    /// A Python int or float literal (with the bare `inf`, `-inf` and `nan` of `str(float)`);
    /// nil when `word` is not one. An int too large for 64 bits is not read.
    static func number(_ word: String) -> AttributeValue? {
        var body = Substring(word)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        switch body {
        case "inf": return .double(sign == "-" ? -.infinity : .infinity)
        case "nan": return .double(.nan)
        default: break
        }
        guard let first = body.first, first.isASCII, first.isNumber || first == "." else { return nil }
        guard body.allSatisfy({ $0.isASCII && ($0.isNumber || "._eE+-".contains($0)) }),
              !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__") else { return nil }
        let digits = sign + String(body.filter { $0 != "_" })
        if !body.contains(where: { ".eE".contains($0) }) {
            return Int(digits).map(AttributeValue.integer)
        }
        return Double(digits).map(AttributeValue.double)
    }

    // MARK: Writing

    /// `{'key': value, ...}` with the entries in the order given.
    static func dictionary(_ entries: [(key: String, value: AttributeValue)]) -> String {
        "{" + entries.map { string($0.key) + ": " + literal($0.value) }.joined(separator: ", ") + "}"
    }

    static func literal(_ value: AttributeValue) -> String {
        switch value {
        case .string(let s): return string(s)
        case .integer(let i): return String(i)
        case .boolean(let b): return b ? "True" : "False"
        case .double(let d):
            if d.isNaN { return "nan" }
            if d.isInfinite { return d < 0 ? "-1e999" : "1e999" }
            return "\(d)"
        }
    }

    /// A string as Python's `repr` writes it (single quotes unless the text has a `'` and no
    /// `"`), with `#` and repeated spaces escaped for `nx.read_edgelist`.
    static func string(_ text: String) -> String {
        let quote: Unicode.Scalar = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        var previous: Unicode.Scalar? = nil
        for c in text.unicodeScalars {
            defer { previous = c }
            switch c {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case quote: out.append("\\"); out.append(c)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "#": out.append(contentsOf: "\\x23".unicodeScalars)
            case " " where previous == " ": out.append(contentsOf: "\\x20".unicodeScalars)
            default:
                if isPrintable(c) {
                    out.append(c)
                } else {
                    out.append(contentsOf: hexEscape(c).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// Python's `str.isprintable` for one character: not a control, format, surrogate,
    /// private-use, unassigned or separator character, except the space.
    private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func hexEscape(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16)
        func padded(_ width: Int) -> String { String(repeating: "0", count: width - hex.count) + hex }
        if c.value <= 0xFF { return "\\x" + padded(2) }
        if c.value <= 0xFFFF { return "\\u" + padded(4) }
        return "\\U" + padded(8)
    }
}
