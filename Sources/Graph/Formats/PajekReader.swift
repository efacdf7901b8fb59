/// Reading Pajek `.net` files (the conventions are in `Pajek.swift`).
struct PajekReader {
    enum Section { case none, vertices, arcs, edges, arcsList, edgesList, matrix, skipped }

    struct Vertex {
        var label: String?
        var attributes: Attributes = [:]
        var location: SourceLocation
    }

    struct Line {
        var from: Int, to: Int
        var directed: Bool
        var values = FieldValues()
        var location: SourceLocation
    }

    let file: String
    var dataset = Dataset()
    var count = 0
    var vertices: [Int: Vertex] = [:]
    var lines: [Line] = []
    var section = Section.none
    var matrixRow = 0
    /// Where the first `NaN` weight was, and how many there were (igraph's missing weight).
    var missingWeights: (first: SourceLocation, count: Int)?
    /// The most vertices `*Vertices n` may declare: a million, or one per byte of the file when
    /// it is larger. Unlisted vertices are allowed (igraph writes none), so without a bound a
    /// 30-byte file could ask for billions of nodes. (`InputLimits.maxDeclaredVertices`)
    let maxVertices: Int
    /// Whether `*Vertices` was met: a second one (a .paj project's next network) is refused,
    /// since arcs already read name vertices of the first.
    var verticesDeclared = false

    init(file: String, size: Int) {
        self.file = file
        self.maxVertices = InputLimits.maxDeclaredVertices(fileSize: size)
    }

    mutating func read(_ text: String) throws {
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("%") { continue }
            let at = SourceLocation(file: file, line: number, column: 1)
            if line.hasPrefix("*") {
                try header(line, at: at)
                continue
            }
            let tokens = try Self.tokens(line, at: at)
            switch section {
            case .none: throw InputError(at, "expected a section such as *Vertices n, found '\(line.abbreviated())'")
            case .vertices: try vertex(tokens, at: at)
            case .arcs, .edges: try link(tokens, at: at)
            case .arcsList, .edgesList: try list(tokens, at: at)
            case .matrix: try matrix(tokens, at: at)
            case .skipped: break
            }
        }
        build()
    }

    mutating func header(_ line: String, at: SourceLocation) throws {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        switch words[0].lowercased() {
        case "*network":
            if words.count > 1 { dataset.metadata["name"] = .string(words.dropFirst().joined(separator: " ")) }
            section = .none
        case "*vertices":
            guard words.count > 1, let n = Int(words[1]), n >= 0 else {
                throw InputError(at, "expected *Vertices followed by the number of vertices, found '\(line.abbreviated())'")
            }
            guard !verticesDeclared else {
                throw InputError(at, "expected one *Vertices section (one network per file), found a second")
            }
            verticesDeclared = true
            guard n <= maxVertices else {
                throw InputError(at, "expected at most \(maxVertices) vertices (a million, or one per byte of the file), found *Vertices \(words[1].abbreviated())")
            }
            count = n
            section = .vertices
        case "*arcs": section = .arcs
        case "*edges": section = .edges
        case "*arcslist": section = .arcsList
        case "*edgeslist": section = .edgesList
        case "*matrix": section = .matrix; matrixRow = 0
        default:
            section = .skipped
            dataset.readingFindings.append(Finding(.warning, at, "section \(words[0]) is not a network; Twinning skips it"))
        }
    }

    /// Whitespace-separated tokens; a token in double quotes may hold spaces, `\"` and `\\`.
    static func tokens(_ line: String, at: SourceLocation) throws -> [String] {
        var tokens: [String] = []
        var current = "", inQuotes = false, escaped = false, started = false
        for ch in line {
            if inQuotes {
                if escaped { current.append(ch); escaped = false }
                else if ch == "\\" { escaped = true }
                else if ch == "\"" { inQuotes = false }
                else { current.append(ch) }
            } else if ch == "\"" {
                inQuotes = true; started = true
            } else if ch.isWhitespace {
                if started { tokens.append(current); current = ""; started = false }
            } else {
                current.append(ch); started = true
            }
        }
        if inQuotes { throw InputError(at, "expected a closing '\"' on this line, found the end of the line") }
        if started { tokens.append(current) }
        return tokens
    }

    func vertexNumber(_ token: String, at: SourceLocation) throws -> Int {
        guard let k = Int(token), k >= 1, k <= count else {
            throw InputError(at, "expected a vertex number from 1 to \(count), found '\(token.abbreviated())'")
        }
        return k
    }

    mutating func vertex(_ tokens: [String], at: SourceLocation) throws {
        let k = try vertexNumber(tokens[0], at: at)
        var vertex = Vertex(label: tokens.count > 1 ? tokens[1] : nil, location: at)
        var rest = tokens.dropFirst(2)
        for name in ["x", "y", "z"] {
            guard let token = rest.first, let value = Double(token) ?? (token.lowercased() == "nan" ? .nan : nil) else { break }
            if !value.isNaN { vertex.attributes[name] = Int(token).map(AttributeValue.integer) ?? .double(value) }
            rest = rest.dropFirst()
        }
        if rest.count % 2 == 1 {
            if !["ellipse", ""].contains(rest.first!) { vertex.attributes["shape"] = .string(rest.first!) }
            rest = rest.dropFirst()
        }
        for (key, value) in zip(rest.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), rest.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)) {
            vertex.attributes[key] = .string(value)
        }
        vertices[k] = vertex
    }

    mutating func link(_ tokens: [String], at: SourceLocation) throws {
        guard tokens.count >= 2 else { throw InputError(at, "expected two vertex numbers (and a weight), found '\(tokens.joined(separator: " ").abbreviated())'") }
        var line = Line(from: try vertexNumber(tokens[0], at: at), to: try vertexNumber(tokens[1], at: at),
                        directed: section == .arcs, location: at)
        var rest = tokens.dropFirst(2)
        if let weight = rest.first, rest.count % 2 == 1 {
            if weight.lowercased() != "nan" {
                line.values["weight"] = .string(weight)
            } else {
                missingWeights = (missingWeights?.first ?? at, (missingWeights?.count ?? 0) + 1)
            }
            rest = rest.dropFirst()
        }
        while rest.count >= 2 {
            let key = rest.removeFirst(), value = rest.removeFirst()
            if line.values[key] == nil { line.values[key] = .string(value) }
        }
        lines.append(line)
    }

    mutating func list(_ tokens: [String], at: SourceLocation) throws {
        let from = try vertexNumber(tokens[0], at: at)
        for token in tokens.dropFirst() {
            lines.append(Line(from: from, to: try vertexNumber(token, at: at), directed: section == .arcsList, location: at))
        }
    }

    mutating func matrix(_ tokens: [String], at: SourceLocation) throws {
        matrixRow += 1
        guard matrixRow <= count else { throw InputError(at, "expected \(count) matrix rows, found more") }
        guard tokens.count == count else { throw InputError(at, "expected \(count) numbers in matrix row \(matrixRow), found \(tokens.count)") }
        for (column, token) in tokens.enumerated() {
            guard let value = Double(token) else { throw InputError(at, "expected a number in matrix row \(matrixRow), found '\(token.abbreviated())'") }
            guard value != 0 else { continue }
            var line = Line(from: matrixRow, to: column + 1, directed: true, location: at)
            line.values["weight"] = .string(token)
            lines.append(line)
        }
    }

    /// Nodes (ids from unique labels, else numbers) and agreements, in file order.
    mutating func build() {
        var seen = Set<String>()
        let byLabel = (1...max(count, 1)).allSatisfy { k in
            count == 0 || (vertices[k]?.label).map { seen.insert($0).inserted } == true
        }
        var ids: [Int: String] = [:]
        for k in stride(from: 1, through: count, by: 1) {
            let vertex = vertices[k]
            let id = byLabel ? vertex!.label! : String(k)
            ids[k] = id
            var values = FieldValues()
            for (name, value) in (vertex?.attributes ?? [:]).sorted(by: { $0.key < $1.key }) { values[name] = value }
            values["label"] = vertex?.label.map(AttributeValue.string)
            dataset.nodes.append(RecordFields.node(id: id, values: values))
            dataset.nodeOrigins.append(vertex?.location ?? SourceLocation(file: file))
        }
        for (index, line) in lines.enumerated() {
            dataset.agreements.append(RecordFields.agreement(
                id: Agreement.defaultID(index), from: ids[line.from]!, to: ids[line.to]!, directed: line.directed,
                values: line.values, at: line.location, findings: &dataset.readingFindings))
            dataset.agreementOrigins.append(line.location)
        }
        if let (first, count) = missingWeights {
            dataset.readingFindings.append(Finding(.warning, first, "\(count) weight\(count == 1 ? "" : "s") written NaN (igraph's missing value) read as no weight"))
        }
    }
}
