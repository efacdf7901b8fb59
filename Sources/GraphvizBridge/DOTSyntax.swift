import Graph

/// A syntax check of DOT text against the grammar Graphviz documents (the DOT language page),
/// run before the text reaches cgraph, which also holds the text to `InputLimits`.
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
/// Comments (`//`, `/* */`) and lines starting with `#` are skipped; nothing but comments may
/// follow the graph (one graph per file). O(n).
///
/// Limits (`InputLimits`), each an error naming it: subgraphs nest at most `maxDOTNesting`
/// deep (the descent is recursive, so this bounds the stack); an ID is at most
/// `maxDOTStringBytes` long, also when joined with `+` from at most `maxDOTStringPieces`
/// pieces; and the agreements the text creates, counted here before cgraph expands them, are
/// at most `limits.maxAgreements`, and those of edge products (a subgraph on either side) at
/// most `limits.maxDOTProductAgreements`. An edge statement `A -> B -> C` creates |A|·|B| + |B|·|C|
/// edges, where a node counts 1 and a subgraph the nodes named in it (each mention once,
/// with the earlier bodies of a subgraph of the same name: an upper bound of what cgraph
/// creates, exact for files that name each node once per subgraph).
enum DOTSyntax {
    static func check(_ text: String, file: String, limits: InputLimits = .default) throws {
        var lexer = Lexer(text: Array(text.utf8), file: file)
        var parser = Parser(tokens: try lexer.tokens(), file: file, limits: limits)
        try parser.graph()
    }

    enum Kind: Equatable { case id, keyword(String), symbol(String), end }

    struct Token {
        let kind: Kind
        let text: String
        let line: Int, column: Int
    }

    struct Parser {
        let tokens: [Token]
        let file: String
        let limits: InputLimits
        var position = 0
        var edgeOperator = "--"
        var depth = 0
        /// The agreements counted so far (saturating), and where the limit was first passed.
        var agreements = 0
        var pastLimit: SourceLocation?
        /// The agreements of edge products counted so far, and where their limit was passed.
        var productAgreements = 0
        var pastProductLimit: SourceLocation?
        /// Node mentions of each named subgraph, for a later body or mention of the same name.
        var namedSubgraphs: [String: Int] = [:]

        init(tokens: [Token], file: String, limits: InputLimits) {
            self.tokens = tokens
            self.file = file
            self.limits = limits
        }

        var current: Token { tokens[position] }

        private var location: SourceLocation { SourceLocation(file: file, line: current.line, column: current.column) }

        private func error(_ expected: String) -> InputError {
            InputError(location, "expected \(expected), found \(current.kind == .end ? current.text : "'\(current.text.abbreviated())'")")
        }

        private mutating func accept(_ kind: Kind) -> Bool {
            guard current.kind == kind else { return false }
            position += 1
            return true
        }

        private mutating func expect(_ kind: Kind, _ what: String) throws {
            guard accept(kind) else { throw error(what) }
        }

        /// An ID, with quoted strings joined by '+' (the joined string held to the limits);
        /// returns its value as cgraph names it (quotes or angle brackets removed, `\"`
        /// unescaped, a backslash-newline dropped) when `keepValue`, else "", and nil when
        /// the current token is no ID.
        private mutating func id(keepValue: Bool = false) throws -> String? {
            guard current.kind == .id else { return nil }
            let text = current.text, start = location
            position += 1
            if text.hasPrefix("<") { return keepValue ? String(text.dropFirst().dropLast()) : "" }
            guard text.hasPrefix("\"") else { return keepValue ? text : "" }
            var value = keepValue ? Self.unquoted(text) : "", length = text.utf8.count - 2, pieces = 1
            while current.kind == .symbol("+") {
                position += 1
                guard current.kind == .id, current.text.hasPrefix("\"") else { throw error("a quoted string after '+'") }
                length += current.text.utf8.count - 2
                pieces += 1
                if pieces > InputLimits.maxDOTStringPieces {
                    throw InputError(start, "expected at most \(InputLimits.maxDOTStringPieces) strings joined with '+' (the DOT string pieces limit), found more")
                }
                if length > InputLimits.maxDOTStringBytes { throw InputError(start, InputLimits.dotStringTooLong(length)) }
                if keepValue { value += Self.unquoted(current.text) }
                position += 1
            }
            return value
        }

        private static func unquoted(_ text: String) -> String {
            String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                .replacingOccurrences(of: "\\\n", with: "")
        }

        mutating func graph() throws {
            _ = accept(.keyword("strict"))
            if accept(.keyword("digraph")) { edgeOperator = "->" } else if !accept(.keyword("graph")) { throw error("'graph' or 'digraph'") }
            _ = try id()
            try expect(.symbol("{"), "'{' to open the graph")
            _ = try statements()
            try expect(.symbol("}"), "'}' to close the graph")
            // One graph per file: cgraph would leave what follows in its scanner, to be read
            // as the start of the next file it is given.
            guard current.kind == .end else { throw error("the end of the file after the graph (Twinning reads one graph per file)") }
            if let pastLimit { throw limits.tooManyAgreements(agreements, at: pastLimit) }
            if let pastProductLimit { throw limits.tooManyProductAgreements(productAgreements, at: pastProductLimit) }
        }

        /// The statements of a graph or subgraph; returns the node mentions in them.
        private mutating func statements() throws -> Int {
            var nodes = 0
            while current.kind != .symbol("}") && current.kind != .end {
                nodes = Self.add(nodes, try statement())
                _ = accept(.symbol(";"))
            }
            return nodes
        }

        /// One statement; returns the node mentions in it.
        private mutating func statement() throws -> Int {
            switch current.kind {
            case .keyword("graph"), .keyword("node"), .keyword("edge"):
                position += 1
                try attributeLists(required: true)
                return 0
            case .id:
                _ = try id()
                if accept(.symbol("=")) {
                    guard try id() != nil else { throw error("a value after '='") }
                    return 0
                }
                try port()
                return try edgeTail(first: 1)
            case .keyword("subgraph"), .symbol("{"):
                return try edgeTail(first: try subgraph())
            default:
                throw error("a statement (a node, an edge, an attribute or a subgraph)")
            }
        }

        private mutating func port() throws {
            for _ in 0..<2 where accept(.symbol(":")) {
                guard try id() != nil else { throw error("a port name after ':'") }
            }
        }

        /// The rest of an edge statement whose first operand names `first` nodes: counts the
        /// edges each operator creates; returns the node mentions of every operand.
        private mutating func edgeTail(first: Int) throws -> Int {
            var previous = first, nodes = first
            while case .symbol(let op) = current.kind, op == "--" || op == "->" {
                guard op == edgeOperator else {
                    throw error("'\(edgeOperator)' (the edge operator of a \(edgeOperator == "--" ? "graph" : "digraph"))")
                }
                let place = location
                position += 1
                var next = 1
                if current.kind == .keyword("subgraph") || current.kind == .symbol("{") { next = try subgraph() }
                else if try id() != nil { try port() }
                else { throw error("a node or a subgraph after '\(op)'") }
                count(edges: previous.multipliedReportingOverflow(by: next), product: previous > 1 || next > 1, at: place)
                nodes = Self.add(nodes, next)
                previous = next
            }
            try attributeLists(required: false)
            return nodes
        }

        private mutating func count(edges product: (partialValue: Int, overflow: Bool), product isProduct: Bool,
                                    at place: SourceLocation) {
            let created = product.overflow ? Int.max : product.partialValue
            agreements = Self.add(agreements, created)
            if agreements > limits.maxAgreements && pastLimit == nil { pastLimit = place }
            guard isProduct else { return }
            productAgreements = Self.add(productAgreements, created)
            if productAgreements > limits.maxDOTProductAgreements && pastProductLimit == nil { pastProductLimit = place }
        }

        /// A sum that stops at `Int.max` instead of overflowing.
        private static func add(_ a: Int, _ b: Int) -> Int {
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? Int.max : sum
        }

        /// A subgraph, nested at most `maxDOTNesting` deep; returns the nodes it names.
        private mutating func subgraph() throws -> Int {
            var name: String?
            if accept(.keyword("subgraph")) { name = try id(keepValue: true) }
            guard depth < InputLimits.maxDOTNesting else {
                throw InputError(location, "expected subgraphs nested at most \(InputLimits.maxDOTNesting) levels deep (the DOT nesting limit), found deeper")
            }
            try expect(.symbol("{"), "'{' to open the subgraph")
            depth += 1
            var nodes = try statements()
            depth -= 1
            try expect(.symbol("}"), "'}' to close the subgraph")
            if let name {
                nodes = Self.add(nodes, namedSubgraphs[name] ?? 0)
                namedSubgraphs[name] = nodes
            }
            return nodes
        }

        private mutating func attributeLists(required: Bool) throws {
            if required && current.kind != .symbol("[") { throw error("'[' to open an attribute list") }
            while accept(.symbol("[")) {
                while current.kind != .symbol("]") {
                    guard try id() != nil else { throw error("an attribute name or ']'") }
                    if accept(.symbol("=")) { guard try id() != nil else { throw error("a value after '='") } }
                    _ = accept(.symbol(",")) || accept(.symbol(";"))
                }
                position += 1
            }
        }
    }
}
