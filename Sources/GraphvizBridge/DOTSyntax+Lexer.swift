import Graph

extension DOTSyntax {
    /// DOT's tokens, each with the line and column where it starts (columns count bytes from
    /// 1). An error about a token that spans lines (a string, a comment) names where the
    /// token starts, never the line it reached. An ID longer than
    /// `InputLimits.maxDOTStringBytes` is an error naming the limit. O(n).
    struct Lexer {
        let text: [UInt8]
        let file: String
        var i = 0, line = 1, lineStart = 0

        private static let keywords: Set<String> = ["strict", "graph", "digraph", "subgraph", "node", "edge"]

        init(text: [UInt8], file: String) {
            self.text = text
            self.file = file
        }

        /// The place of byte `offset`, which must lie on the current line.
        private var column: Int { i - lineStart + 1 }

        private func error(_ message: String, line: Int, column: Int) -> InputError {
            InputError(SourceLocation(file: file, line: line, column: column), message)
        }

        private func error(_ message: String) -> InputError { error(message, line: line, column: column) }

        private mutating func newline(at offset: Int) { line += 1; lineStart = offset + 1 }

        mutating func tokens() throws -> [Token] {
            var tokens: [Token] = []
            while true {
                try skipSpaceAndComments()
                guard i < text.count else {
                    tokens.append(Token(kind: .end, text: "the end of the file", line: line, column: column))
                    return tokens
                }
                tokens.append(try token())
            }
        }

        private mutating func skipSpaceAndComments() throws {
            while i < text.count {
                let b = text[i]
                if b == 0x0A { newline(at: i); i += 1 }
                else if b == 0x20 || b == 0x09 || b == 0x0D { i += 1 }
                else if b == UInt8(ascii: "#") && (i == lineStart) { while i < text.count && text[i] != 0x0A { i += 1 } }
                else if b == UInt8(ascii: "/") && i + 1 < text.count && text[i + 1] == UInt8(ascii: "/") {
                    while i < text.count && text[i] != 0x0A { i += 1 }
                } else if b == UInt8(ascii: "/") && i + 1 < text.count && text[i + 1] == UInt8(ascii: "*") {
                    let startLine = line, startColumn = column
                    i += 2
                    while i + 1 < text.count && !(text[i] == UInt8(ascii: "*") && text[i + 1] == UInt8(ascii: "/")) {
                        if text[i] == 0x0A { newline(at: i) }
                        i += 1
                    }
                    guard i + 1 < text.count else {
                        throw error("expected '*/' to close the comment opened here", line: startLine, column: startColumn)
                    }
                    i += 2
                } else { return }
            }
        }

        private mutating func token() throws -> Token {
            let start = i, column = self.column, startLine = line
            let b = text[i]
            func make(_ kind: Kind) -> Token {
                Token(kind: kind, text: String(decoding: text[start..<i], as: UTF8.self), line: startLine, column: column)
            }
            /// An ID, refused when its content (between its delimiters) is longer than the limit.
            func id(delimiters: Int) throws -> Token {
                let length = i - start - delimiters
                guard length <= InputLimits.maxDOTStringBytes else {
                    throw error(InputLimits.dotStringTooLong(length), line: startLine, column: column)
                }
                return make(.id)
            }
            if b == UInt8(ascii: "-"), i + 1 < text.count, text[i + 1] == UInt8(ascii: "-") || text[i + 1] == UInt8(ascii: ">") {
                i += 2
                return make(.symbol(String(decoding: text[start..<i], as: UTF8.self)))
            }
            if "{}[]=;,:+".utf8.contains(b) { i += 1; return make(.symbol(String(UnicodeScalar(b)))) }
            if b == UInt8(ascii: "\"") { try quoted(); return try id(delimiters: 2) }
            if b == UInt8(ascii: "<") { try html(); return try id(delimiters: 2) }
            if b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || (b >= 0x30 && b <= 0x39) { try numeral(); return try id(delimiters: 0) }
            if isNameByte(b) && !(b >= 0x30 && b <= 0x39) {
                while i < text.count && isNameByte(text[i]) { i += 1 }
                if i - start > 16 { return try id(delimiters: 0) }
                let word = String(decoding: text[start..<i], as: UTF8.self).lowercased()
                return make(Self.keywords.contains(word) ? .keyword(word) : .id)
            }
            throw error("expected a name, a number, a quoted string, an HTML string, or one of { } [ ] = ; , : + -- ->, found '\(String(decoding: text[i..<min(i + 1, text.count)], as: UTF8.self))'")
        }

        private func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_") || b >= 0x80
        }

        private mutating func quoted() throws {
            let startLine = line, startColumn = column
            i += 1
            while i < text.count && text[i] != UInt8(ascii: "\"") {
                if text[i] == UInt8(ascii: "\\") && i + 1 < text.count { if text[i + 1] == 0x0A { newline(at: i + 1) }; i += 2; continue }
                if text[i] == 0x0A { newline(at: i) }
                i += 1
            }
            guard i < text.count else {
                throw error("expected a closing '\"' for the string opened here", line: startLine, column: startColumn)
            }
            i += 1
        }

        private mutating func html() throws {
            let startLine = line, startColumn = column
            var depth = 0
            repeat {
                if text[i] == UInt8(ascii: "<") { depth += 1 } else if text[i] == UInt8(ascii: ">") { depth -= 1 } else if text[i] == 0x0A { newline(at: i) }
                i += 1
            } while depth > 0 && i < text.count
            if depth > 0 { throw error("expected '>' to close the HTML string opened here", line: startLine, column: startColumn) }
        }

        /// A numeral; like cgraph, a letter or a second '.' right after it is refused (cgraph
        /// would split it into two tokens with a warning).
        private mutating func numeral() throws {
            let start = i, startColumn = column
            if text[i] == UInt8(ascii: "-") { i += 1 }
            var digits = 0
            while i < text.count && text[i] >= 0x30 && text[i] <= 0x39 { i += 1; digits += 1 }
            if i < text.count && text[i] == UInt8(ascii: ".") {
                i += 1
                while i < text.count && text[i] >= 0x30 && text[i] <= 0x39 { i += 1; digits += 1 }
            }
            if digits == 0 {
                throw error("expected a number, found '\(String(decoding: text[start..<i], as: UTF8.self))'", line: line, column: startColumn)
            }
            if i < text.count && (text[i] == UInt8(ascii: ".") || (isNameByte(text[i]) && !(text[i] >= 0x30 && text[i] <= 0x39))) {
                throw error("expected a separator after the number, found '\(String(decoding: text[i..<text.index(after: i)], as: UTF8.self))' (quote names that start with a digit)")
            }
        }
    }
}
