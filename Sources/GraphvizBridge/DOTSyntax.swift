import Graph

/// A syntax check of DOT text against the grammar Graphviz documents (the DOT language page),
/// run before the text reaches cgraph.
///
/// Why: cgraph 2.42 keeps parser state across calls, and a call that hits a syntax error can
/// leave it damaged, so that a later parse in the same process crashes (a known Graphviz bug
/// since 2008). Refusing bad text here means cgraph only ever sees text it parses, and the
/// error names the line and column with what was expected.
///
///     graph     : [strict] (graph | digraph) [ID] '{' stmt_list '}'
///     stmt      : ID '=' ID | attr_stmt | edge_stmt | node_stmt | subgraph
///     attr_stmt : (graph | node | edge) attr_list
///     attr_list : '[' [ID ['=' ID] [';' | ',']]* ']' [attr_list]
///     edge_stmt : (node_id | subgraph) (edgeop (node_id | subgraph))+ [attr_list]
///     node_id   : ID [':' ID [':' ID]]
///     subgraph  : [subgraph [ID]] '{' stmt_list '}'
///
/// IDs are names, numerals, double-quoted strings (joined by `+`) and HTML strings `<...>`.
/// Comments (`//`, `/* */`) and lines starting with `#` are skipped. O(n).
enum DOTSyntax {
    static func check(_ text: String, file: String) throws {
        var lexer = Lexer(text: Array(text.utf8), file: file)
        var parser = Parser(tokens: try lexer.tokens(), file: file)
        try parser.graph()
    }

    enum Kind: Equatable { case id, keyword(String), symbol(String), end }

    struct Token {
        let kind: Kind
        let text: String
        let line: Int, column: Int
    }

    struct Lexer {
        let text: [UInt8]
        let file: String
        var i = 0, line = 1, lineStart = 0

        init(text: [UInt8], file: String) {
            self.text = text
            self.file = file
        }

        private func error(_ message: String, at offset: Int? = nil) -> InputError {
            InputError(SourceLocation(file: file, line: line, column: (offset ?? i) - lineStart + 1), message)
        }

        private mutating func newline(at offset: Int) { line += 1; lineStart = offset + 1 }

        mutating func tokens() throws -> [Token] {
            var tokens: [Token] = []
            while true {
                try skipSpaceAndComments()
                guard i < text.count else {
                    tokens.append(Token(kind: .end, text: "the end of the file", line: line, column: i - lineStart + 1))
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
                    let start = i
                    i += 2
                    while i + 1 < text.count && !(text[i] == UInt8(ascii: "*") && text[i + 1] == UInt8(ascii: "/")) {
                        if text[i] == 0x0A { newline(at: i) }
                        i += 1
                    }
                    guard i + 1 < text.count else { throw error("expected '*/' to close the comment opened here", at: start) }
                    i += 2
                } else { return }
            }
        }

        private mutating func token() throws -> Token {
            let start = i, column = i - lineStart + 1, startLine = line
            let b = text[i]
            func make(_ kind: Kind) -> Token {
                Token(kind: kind, text: String(decoding: text[start..<i], as: UTF8.self), line: startLine, column: column)
            }
            if b == UInt8(ascii: "-"), i + 1 < text.count, text[i + 1] == UInt8(ascii: "-") || text[i + 1] == UInt8(ascii: ">") {
                i += 2
                return make(.symbol(String(decoding: text[start..<i], as: UTF8.self)))
            }
            if "{}[]=;,:+".utf8.contains(b) { i += 1; return make(.symbol(String(UnicodeScalar(b)))) }
            if b == UInt8(ascii: "\"") { try quoted(); return make(.id) }
            if b == UInt8(ascii: "<") { try html(); return make(.id) }
            if b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || (b >= 0x30 && b <= 0x39) { try numeral(); return make(.id) }
            if isNameByte(b) && !(b >= 0x30 && b <= 0x39) {
                while i < text.count && isNameByte(text[i]) { i += 1 }
                let word = String(decoding: text[start..<i], as: UTF8.self)
                let keywords: Set<String> = ["strict", "graph", "digraph", "subgraph", "node", "edge"]
                return make(keywords.contains(word.lowercased()) ? .keyword(word.lowercased()) : .id)
            }
            throw error("expected a name, a number, a quoted string, an HTML string, or one of { } [ ] = ; , : + -- ->, found '\(String(decoding: text[i..<min(i + 1, text.count)], as: UTF8.self))'")
        }

        private func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_") || b >= 0x80
        }

        private mutating func quoted() throws {
            let start = i
            i += 1
            while i < text.count && text[i] != UInt8(ascii: "\"") {
                if text[i] == UInt8(ascii: "\\") && i + 1 < text.count { if text[i + 1] == 0x0A { newline(at: i + 1) }; i += 2; continue }
                if text[i] == 0x0A { newline(at: i) }
                i += 1
            }
            guard i < text.count else { throw error("expected a closing '\"' for the string opened here", at: start) }
            i += 1
        }

        private mutating func html() throws {
            let start = i
            var depth = 0
            repeat {
                if text[i] == UInt8(ascii: "<") { depth += 1 } else if text[i] == UInt8(ascii: ">") { depth -= 1 } else if text[i] == 0x0A { newline(at: i) }
                i += 1
            } while depth > 0 && i < text.count
            if depth > 0 { throw error("expected '>' to close the HTML string opened here", at: start) }
        }

        private mutating func numeral() throws {
            let start = i
            if text[i] == UInt8(ascii: "-") { i += 1 }
            var digits = 0
            while i < text.count && text[i] >= 0x30 && text[i] <= 0x39 { i += 1; digits += 1 }
            if i < text.count && text[i] == UInt8(ascii: ".") {
                i += 1
                while i < text.count && text[i] >= 0x30 && text[i] <= 0x39 { i += 1; digits += 1 }
            }
            if digits == 0 { throw error("expected a number, found '\(String(decoding: text[start..<i], as: UTF8.self))'", at: start) }
            if i < text.count && isNameByte(text[i]) && !(text[i] >= 0x30 && text[i] <= 0x39) {
                throw error("expected a separator after the number, found '\(String(UnicodeScalar(text[i])))' (quote names that start with a digit)")
            }
        }
    }

    struct Parser {
        let tokens: [Token]
        let file: String
        var position = 0
        var edgeOperator = "--"

        init(tokens: [Token], file: String) {
            self.tokens = tokens
            self.file = file
        }

        var current: Token { tokens[position] }

        private func error(_ expected: String) -> InputError {
            InputError(SourceLocation(file: file, line: current.line, column: current.column),
                       "expected \(expected), found \(current.kind == .end ? current.text : "'\(current.text.abbreviated())'")")
        }

        private mutating func accept(_ kind: Kind) -> Bool {
            guard current.kind == kind else { return false }
            position += 1
            return true
        }

        private mutating func expect(_ kind: Kind, _ what: String) throws {
            guard accept(kind) else { throw error(what) }
        }

        /// An ID, with quoted strings joined by '+'.
        private mutating func id() -> Bool {
            guard current.kind == .id else { return false }
            let isQuoted = current.text.hasPrefix("\"")
            position += 1
            while isQuoted && current.kind == .symbol("+") { position += 1; _ = accept(.id) }
            return true
        }

        mutating func graph() throws {
            _ = accept(.keyword("strict"))
            if accept(.keyword("digraph")) { edgeOperator = "->" } else if !accept(.keyword("graph")) { throw error("'graph' or 'digraph'") }
            _ = id()
            try expect(.symbol("{"), "'{' to open the graph")
            try statements()
            try expect(.symbol("}"), "'}' to close the graph")
        }

        private mutating func statements() throws {
            while current.kind != .symbol("}") && current.kind != .end {
                try statement()
                _ = accept(.symbol(";"))
            }
        }

        private mutating func statement() throws {
            switch current.kind {
            case .keyword("graph"), .keyword("node"), .keyword("edge"):
                position += 1
                try attributeLists(required: true)
            case .id:
                _ = id()
                if accept(.symbol("=")) {
                    guard id() else { throw error("a value after '='") }
                    return
                }
                try port()
                try edgeTail()
            case .keyword("subgraph"), .symbol("{"):
                try subgraph()
                try edgeTail()
            default:
                throw error("a statement (a node, an edge, an attribute or a subgraph)")
            }
        }

        private mutating func port() throws {
            for _ in 0..<2 where accept(.symbol(":")) {
                guard id() else { throw error("a port name after ':'") }
            }
        }

        private mutating func edgeTail() throws {
            while case .symbol(let op) = current.kind, op == "--" || op == "->" {
                guard op == edgeOperator else {
                    throw error("'\(edgeOperator)' (the edge operator of a \(edgeOperator == "--" ? "graph" : "digraph"))")
                }
                position += 1
                if current.kind == .keyword("subgraph") || current.kind == .symbol("{") { try subgraph() }
                else if id() { try port() }
                else { throw error("a node or a subgraph after '\(op)'") }
            }
            try attributeLists(required: false)
        }

        private mutating func subgraph() throws {
            if accept(.keyword("subgraph")) { _ = id() }
            try expect(.symbol("{"), "'{' to open the subgraph")
            try statements()
            try expect(.symbol("}"), "'}' to close the subgraph")
        }

        private mutating func attributeLists(required: Bool) throws {
            if required && current.kind != .symbol("[") { throw error("'[' to open an attribute list") }
            while accept(.symbol("[")) {
                while current.kind != .symbol("]") {
                    guard id() else { throw error("an attribute name or ']'") }
                    if accept(.symbol("=")) { guard id() else { throw error("a value after '='") } }
                    _ = accept(.symbol(",")) || accept(.symbol(";"))
                }
                position += 1
            }
        }
    }
}
