/// A delimited table with a header row, read column by name. Columns the caller does not
/// reserve become typed free attributes: a header `population:int` declares an integer
/// column (`string`, `int`, `double`, `bool`); an undeclared column holds strings.
struct CSVTable {
    struct Column {
        let name: String
        let type: AttributeType
    }

    let file: String
    let header: [Column]
    private var reader: CSVReader
    private let positions: [String: Int]

    /// Reads the header; throws when it is missing a required column or repeats one.
    init(bytes: [UInt8], file: String, required: [String], reserved: Set<String>) throws {
        let start = try InputFile.checkUTF8(bytes, file: file)
        reader = CSVReader(bytes: bytes, file: file, start: start)
        self.file = file
        guard try reader.next() else {
            throw InputError(SourceLocation(file: file, line: 1), "expected a header row naming the columns (\(required.joined(separator: ", ")), ...), found an empty file")
        }
        var columns: [Column] = []
        var positions: [String: Int] = [:]
        for (i, raw) in reader.fields.enumerated() {
            let column = try CSVTable.parseHeader(raw.trimmingWhitespace(), reserved: reserved,
                                                  at: SourceLocation(file: file, line: 1, column: i + 1))
            if positions[column.name] != nil {
                throw InputError(SourceLocation(file: file, line: 1), "expected each column once, found '\(column.name)' twice")
            }
            positions[column.name] = i
            columns.append(column)
        }
        for name in required where positions[name] == nil {
            throw InputError(SourceLocation(file: file, line: 1),
                             "expected a column '\(name)' in the header, found \(columns.map { "'\($0.name)'" }.joined(separator: ", "))")
        }
        self.header = columns
        self.positions = positions
    }

    private static func parseHeader(_ text: String, reserved: Set<String>, at location: SourceLocation) throws -> Column {
        guard !text.isEmpty else { throw InputError(location, "expected a column name, found an empty header cell") }
        guard let colon = text.lastIndex(of: ":") else { return Column(name: text, type: .string) }
        let name = String(text[..<colon]), typeName = String(text[text.index(after: colon)...])
        guard let type = AttributeType(rawValue: typeName) else {
            throw InputError(location, "expected a column type of string, int, double or bool after ':', found '\(typeName)'")
        }
        if reserved.contains(name) {
            throw InputError(location, "column '\(name)' has a fixed meaning and takes no type")
        }
        return Column(name: name, type: type)
    }

    /// Calls `body` for each data row, with the row's line. Throws on a row whose field count
    /// differs from the header's.
    mutating func forEachRow(_ body: (Row) throws -> Void) throws {
        while try reader.next() {
            guard reader.fields.count == header.count else {
                throw InputError(reader.location(), "expected \(header.count) fields as in the header, found \(reader.fields.count)")
            }
            try body(Row(fields: reader.fields, table: self, line: reader.recordLine))
        }
    }

    struct Row {
        let fields: [String]
        let table: CSVTable
        let line: Int

        var location: SourceLocation { SourceLocation(file: table.file, line: line) }

        func location(_ column: String) -> SourceLocation {
            SourceLocation(file: table.file, line: line, element: "column '\(column)'")
        }

        /// The trimmed text of a column, nil when the column is absent or the cell empty.
        subscript(_ column: String) -> String? {
            guard let i = table.positions[column] else { return nil }
            let value = fields[i]
            return value.isEmpty ? nil : value
        }

        /// Free attributes: every column not in `reserved`, typed by its header. An empty cell
        /// means no attribute. A cell that is not of its column's type is a finding.
        func attributes(excluding reserved: Set<String>, findings: inout [Finding]) -> Attributes {
            var attributes: Attributes = [:]
            for (i, column) in table.header.enumerated() where !reserved.contains(column.name) {
                let text = fields[i]
                if text.isEmpty { continue }
                if let value = column.type.parse(text) {
                    attributes[column.name] = value
                } else {
                    findings.append(Finding(.error, location(column.name),
                                            "expected a value of type \(column.type.rawValue), found '\(text.abbreviated())'"))
                    attributes[column.name] = .string(text)
                }
            }
            return attributes
        }
    }

    /// The header cells for free attribute columns, with a type suffix where not string.
    static func attributeHeader(_ types: [(key: String, type: AttributeType)]) -> [String] {
        types.map { $0.type == .string ? $0.key : "\($0.key):\($0.type.rawValue)" }
    }

    /// The cells for free attributes, in the order of `types`.
    static func attributeCells(_ attributes: Attributes, _ types: [(key: String, type: AttributeType)]) -> [String] {
        types.map { attributes[$0.key]?.description ?? "" }
    }
}
