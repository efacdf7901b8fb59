/// A delimited table with a header row, read column by name. Columns the caller does not
/// reserve become typed free attributes: a header `population:int` declares an integer
/// column (`string`, `int`, `double`, `bool`); an undeclared column holds strings. A reserved
/// column takes no type (`from:int` is an error); a declared type names a free attribute even
/// when the name is empty or holds `:` (`:string`, `a:b:string`), which is how writers keep
/// such names. In a string column a quoted empty cell (`""`) is an empty string and an
/// unquoted one no value.
struct CSVTable {
    struct Column {
        let name: String
        let type: AttributeType
        /// Typed in the header (`name:type`): always a free attribute.
        let declared: Bool

        /// The key of `positions`: a declared column never answers for a reserved name.
        var key: String { declared ? name + ":" : name }
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
            if positions[column.key] != nil {
                throw InputError(SourceLocation(file: file, line: 1), "expected each column once, found '\(column.name)' twice")
            }
            positions[column.key] = i
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
        guard let colon = text.lastIndex(of: ":") else { return Column(name: text, type: .string, declared: false) }
        let name = String(text[..<colon]), typeName = String(text[text.index(after: colon)...])
        guard let type = AttributeType(rawValue: typeName) else {
            throw InputError(location, "expected a column type of string, int, double or bool after ':', found '\(typeName)'")
        }
        if reserved.contains(name) {
            throw InputError(location, "column '\(name)' has a fixed meaning and takes no type")
        }
        return Column(name: name, type: type, declared: true)
    }

    /// Calls `body` for each data row, with the row's line. Throws on a row whose field count
    /// differs from the header's.
    mutating func forEachRow(_ body: (Row) throws -> Void) throws {
        while try reader.next() {
            guard reader.fields.count == header.count else {
                throw InputError(reader.location(), "expected \(header.count) fields as in the header, found \(reader.fields.count)")
            }
            let quotedEmpty = Set(reader.fields.indices.filter { reader.fields[$0].isEmpty && reader.isQuotedEmpty($0) })
            try body(Row(fields: reader.fields, table: self, line: reader.recordLine, quotedEmpty: quotedEmpty))
        }
    }

    struct Row {
        let fields: [String]
        let table: CSVTable
        let line: Int
        /// The fields written `""`.
        var quotedEmpty: Set<Int> = []

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

        /// Like the subscript, but a quoted empty cell (`""`) is an empty string.
        func text(_ column: String) -> String? {
            guard let i = table.positions[column] else { return nil }
            return fields[i].isEmpty && !quotedEmpty.contains(i) ? nil : fields[i]
        }

        /// Free attributes: every column not in `reserved`, typed by its header. An empty cell
        /// means no attribute. A cell that is not of its column's type is a finding.
        func attributes(excluding reserved: Set<String>, findings: inout [Finding]) -> Attributes {
            var attributes: Attributes = [:]
            for (i, column) in table.header.enumerated() where column.declared || !reserved.contains(column.name) {
                let text = fields[i]
                if text.isEmpty && !(column.type == .string && quotedEmpty.contains(i)) { continue }
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

    /// The header cells for free attribute columns: `name:type` where the type is not string,
    /// or the name is reserved, empty or holds `:` (read back only as a declared column).
    static func attributeHeader(_ types: [(key: String, type: AttributeType)], reserved: Set<String>) -> [String] {
        types.map { key, type in
            type == .string && !key.isEmpty && !key.contains(":") && !reserved.contains(key) ? key : "\(key):\(type.rawValue)"
        }
    }

    /// The cells for free attributes, in the order of `types`: nil (an empty cell) for no
    /// value, `""` for an empty string (`CSVWriter.write(optional:)`).
    static func attributeCells(_ attributes: Attributes, _ types: [(key: String, type: AttributeType)]) -> [String?] {
        types.map { attributes[$0.key]?.description }
    }

    /// Refuses what a table of typed columns cannot carry: an attribute name with whitespace
    /// at either end (header cells are trimmed when read) or a column whose values are not all
    /// of one type (a column has one type). `records` gives each record's name and attributes.
    /// With `refusingEmptyText` (edge and node tables, which write no `""`), an empty text
    /// value is refused too: a cell cannot tell it from no value there.
    /// `reserved`: the fixed columns, which no free attribute may be named (the reader would
    /// fill the field). Whole and decimal numbers may share a column: it is written and read
    /// as doubles, as announced (`FormatCapabilities.Field.wholeNumbersAmongDecimalAttributes`).
    static func checkAttributes<S: Sequence>(_ records: S, file: String, reserved: Set<String> = [],
                                             refusingEmptyText: Bool = false) throws
    where S.Element == (String, Attributes) {
        var types: [String: (type: AttributeType, record: String)] = [:]
        for (record, attributes) in records {
            for (key, value) in attributes {
                if reserved.contains(key) {
                    throw OutputError(SourceLocation(file: file, element: record),
                                      "expected free attributes named apart from the fixed columns, found an attribute '\(key)', which would be read as that column; choose GraphML or JSON")
                }
                if refusingEmptyText, case .string("") = value {
                    throw OutputError(SourceLocation(file: file, element: record),
                                      "expected a value in attribute '\(key.abbreviated().replacingNewlines())', found an empty text, which a table cell cannot tell from no value; choose a dataset folder, GraphML or JSON")
                }
                if key.trimmingWhitespace() != key {
                    throw OutputError(SourceLocation(file: file, element: record),
                                      "expected an attribute name without whitespace at either end (a header cell is trimmed when read), found '\(key.abbreviated().replacingNewlines())'")
                }
                if let first = types[key], first.type != value.type,
                   first.type.unified(with: value.type) != .double {
                    throw OutputError(SourceLocation(file: file, element: record),
                                      "expected every value of attribute '\(key.abbreviated().replacingNewlines())' to have one type (a column has one), found \(value.type.rawValue) here and \(first.type.rawValue) in \(first.record); choose JSON, which types each value")
                }
                if types[key] == nil { types[key] = (value.type, record) }
            }
        }
    }
}
