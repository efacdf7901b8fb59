import Foundation
import GRDB

extension SQLiteFormat {
    /// Reads the database at `path`: tables `actors` and `agreements` are required, `sources`
    /// and `metadata` optional. Columns other than the fixed ones are attributes, typed by
    /// `twinning_columns` or, in a database made by hand, by their declared SQL type (else by
    /// each value's storage class). A value that does not fit its field or type is a located
    /// error finding located at the file, the row (as its line) and the table and column:
    /// `x.db:3 (agreements: date)`, as in every reader.
    public static func read(path: String) throws -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(SourceLocation(file: path), "no such file or directory")
        }
        guard !isDirectory.boolValue else {
            throw InputError(SourceLocation(file: path), "expected an SQLite database file, found a directory")
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                var reader = SQLiteReader(db: db, file: path)
                return try reader.read()
            }
        } catch let error as InputError {
            throw error
        } catch let error as DatabaseError {
            throw InputError(SourceLocation(file: path), "expected an SQLite database, found: \(error.message ?? error.description)")
        }
    }
}

/// Reads one database into a dataset.
struct SQLiteReader {
    let db: Database
    let file: String
    private var findings: [Finding] = []
    private var dataset = Dataset()
    /// table → column → the attribute it holds, from `twinning_columns`.
    private var described: [String: [String: (key: String, type: AttributeType)]] = [:]

    init(db: Database, file: String) {
        self.db = db
        self.file = file
    }

    /// Where the columns of one `SELECT *` are.
    struct Layout {
        var index: [String: Int] = [:]
        /// The position of each fixed column asked for, in the order asked (nil when absent).
        var fixed: [Int?] = []
        var attributes: [(index: Int, key: String, type: AttributeType?)] = []
    }

    mutating func read() throws -> Dataset {
        for table in ["actors", "agreements"] where try !db.tableExists(table) {
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            throw InputError(SourceLocation(file: file), "expected a Twinning database with tables actors, agreements, sources and metadata, found no table '\(table)' (tables: \(tables.isEmpty ? "none" : tables.joined(separator: ", ")))")
        }
        try checkVersion()
        try readDescriptions()
        try readNodes()
        try readAgreements()
        if try db.tableExists("sources") { try readSources() }
        if try db.tableExists("metadata") { try readMetadata() }
        dataset.readingFindings = findings
        return dataset
    }

    private func checkVersion() throws {
        guard try db.tableExists("twinning_schema"),
              let version = try Int.fetchOne(db, sql: "SELECT max(version) FROM twinning_schema") else { return }
        if version > SQLiteSchema.version {
            throw InputError(SourceLocation(file: file), "expected schema version \(SQLiteSchema.version) or older, found \(version) (written by a newer Twinning)")
        }
    }

    private mutating func readDescriptions() throws {
        guard try db.tableExists("twinning_columns") else { return }
        let rows = try Row.fetchAll(db, sql: "SELECT table_name, column_name, attribute, type FROM twinning_columns")
        for row in rows {
            // A database written elsewhere may hold NULLs or numbers here (a fuzz finding:
            // decoding a NULL as text trapped): each cell is read as optional text.
            let cells: [String?] = (0..<4).map { String.fromDatabaseValue(row[$0] as DatabaseValue) }
            guard let table = cells[0], let column = cells[1], let key = cells[2], let typeName = cells[3] else {
                findings.append(Finding(.error, SourceLocation(file: file, element: "twinning_columns"),
                                        "expected table_name, column_name, attribute and type as text in every row, found NULL or a number"))
                continue
            }
            guard let type = AttributeType(rawValue: typeName) else {
                findings.append(Finding(.error, SourceLocation(file: file, element: "twinning_columns: \(table).\(column)"),
                                        "expected a type string, int, double or bool, found '\(typeName.abbreviated())'"))
                continue
            }
            described[table, default: [:]][column] = (key, type)
        }
    }

    /// Runs `SELECT *` on `table` in rowid order and hands each row with its location.
    private func forEachRow(_ table: String, fixed: [String], required: [String],
                            _ body: (SQLiteRow, Layout, SourceLocation) throws -> Void) throws {
        let quoted = SQLiteSchema.quoted(table)
        let statement: Statement
        if let ordered = try? db.makeStatement(sql: "SELECT * FROM \(quoted) ORDER BY rowid") {
            statement = ordered
        } else {
            statement = try db.makeStatement(sql: "SELECT * FROM \(quoted)")  // a table WITHOUT ROWID
        }
        let names = statement.columnNames
        let declared = Dictionary(try db.columns(in: table).map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        var layout = Layout()
        let fixedNames = Set(fixed)
        for (i, name) in names.enumerated() {
            if fixedNames.contains(name) {
                layout.index[name] = i
            } else if let attribute = described[table]?[name] {
                layout.attributes.append((i, attribute.key, attribute.type))
            } else {
                layout.attributes.append((i, name, SQLiteSchema.attributeType(declared: declared[name] ?? "")))
            }
        }
        layout.fixed = fixed.map { layout.index[$0] }
        for name in required where layout.index[name] == nil {
            throw InputError(SourceLocation(file: file, element: table), "expected a column '\(name)', found columns \(names.joined(separator: ", "))")
        }
        var number = 0
        try SQLiteRow.forEach(statement, connection: db.sqliteConnection) { row in
            number += 1
            try body(row, layout, SourceLocation(file: file, line: number, element: table))
        }
    }

    private mutating func readNodes() throws {
        var nodes: [Node] = [], origins: [SourceLocation] = [], findings = self.findings
        try forEachRow("actors", fixed: SQLiteSchema.actorColumns.map(\.name), required: ["id"]) { row, layout, location in
            guard let id = row.text(layout.index["id"]) else {
                findings.append(Finding(.error, location.field("id"), "expected an actor id, found NULL"))
                return
            }
            var values = FieldValues()
            for name in ["label", "type", "country", "within", "aliases"] {
                values[name] = row.text(layout.index[name]).map(AttributeValue.string)
            }
            var node = RecordFields.node(id: id, values: values)
            node.attributes = Self.attributes(row, layout, at: location, findings: &findings)
            nodes.append(node)
            origins.append(location)
        }
        dataset.nodes = nodes
        dataset.nodeOrigins = origins
        self.findings = findings
    }

    private mutating func readAgreements() throws {
        var agreements: [Agreement] = [], origins: [SourceLocation] = [], findings = self.findings
        // Positions in `layout.fixed`, found once: this runs for every agreement.
        let names = SQLiteSchema.agreementColumnNames
        func position(_ name: String) -> Int { names.firstIndex(of: name)! }
        let (idAt, fromAt, toAt) = (position("id"), position("from_id"), position("to_id"))
        let (directedAt, weightAt) = (position("directed"), position("weight"))
        let textFields = ["kind", "date", "end_date", "status", "source", "locator", "quote", "url"].map { ($0, position($0)) }
        try forEachRow("agreements", fixed: names, required: ["from_id", "to_id"]) { row, layout, location in
            guard let from = row.text(layout.fixed[fromAt]), let to = row.text(layout.fixed[toAt]) else {
                let name = row.text(layout.fixed[fromAt]) == nil ? "from_id" : "to_id"
                findings.append(Finding(.error, location.field(name), "expected an actor id, found NULL"))
                return
            }
            var values = FieldValues()
            for (name, at) in textFields {
                values[name] = row.text(layout.fixed[at]).map(AttributeValue.string)
            }
            values["directed"] = row.value(layout.fixed[directedAt]).map { value in
                if case .integer(let flag) = value, flag == 0 || flag == 1 { return .boolean(flag == 1) }
                return .string(value.description)
            }
            values["weight"] = row.value(layout.fixed[weightAt])
            var agreement = RecordFields.agreement(id: row.text(layout.fixed[idAt]) ?? Agreement.defaultID(agreements.count + 1),
                                                   from: from, to: to, directed: false, values: values,
                                                   at: location, findings: &findings)
            agreement.attributes = Self.attributes(row, layout, at: location, findings: &findings)
            agreements.append(agreement)
            origins.append(location)
        }
        dataset.agreements = agreements
        dataset.agreementOrigins = origins
        self.findings = findings
    }

    private mutating func readSources() throws {
        var sources: [SourceRecord] = [], origins: [SourceLocation] = [], findings = self.findings
        try forEachRow("sources", fixed: SQLiteSchema.sourceColumns.map(\.name), required: ["id"]) { row, layout, location in
            guard let id = row.text(layout.index["id"]) else {
                findings.append(Finding(.error, location.field("id"), "expected a source id, found NULL"))
                return
            }
            var year: Int?
            if let value = row.value(layout.index["year"]) {
                if case .integer(let number)? = AttributeType.integer.parse(value.description) {
                    year = number
                } else {
                    findings.append(Finding(.error, location.field("year"), "expected a year as an integer, found '\(value.description.abbreviated())'"))
                }
            }
            sources.append(SourceRecord(id: id, title: row.text(layout.index["title"]),
                                        author: row.text(layout.index["author"]), year: year,
                                        publisher: row.text(layout.index["publisher"]),
                                        identifier: row.text(layout.index["identifier"]),
                                        attributes: Self.attributes(row, layout, at: location, findings: &findings)))
            origins.append(location)
        }
        dataset.sources = sources
        dataset.sourceOrigins = origins
        self.findings = findings
    }

    private mutating func readMetadata() throws {
        var metadata: Attributes = [:], findings = self.findings
        try forEachRow("metadata", fixed: SQLiteSchema.metadataColumns.map(\.name), required: ["key", "value"]) { row, layout, location in
            guard let key = row.text(layout.index["key"]) else { return }
            let text = row.text(layout.index["value"]) ?? ""
            let typeName = row.text(layout.index["type"]) ?? "string"
            guard let type = AttributeType(rawValue: typeName) else {
                findings.append(Finding(.error, location.field("type"), "expected string, int, double or bool, found '\(typeName.abbreviated())'"))
                return
            }
            guard let value = type.parse(text) else {
                findings.append(Finding(.error, location.field("value"), "expected a value of type \(typeName), found '\(text.abbreviated())'"))
                return
            }
            metadata[key] = value
        }
        dataset.metadata = metadata
        self.findings = findings
    }
}

// MARK: Values

extension SQLiteReader {
    /// The row's attribute columns that are not NULL, each read as its type.
    static func attributes(_ row: SQLiteRow, _ layout: Layout, at location: SourceLocation, findings: inout [Finding]) -> Attributes {
        var attributes: Attributes = [:]
        for (index, key, type) in layout.attributes {
            guard let stored = row.value(index) else { continue }
            guard let type else {
                attributes[key] = stored
                continue
            }
            if let typed = convert(stored, to: type) {
                attributes[key] = typed
            } else {
                findings.append(Finding(.error, location.field(key), "expected a value of type \(type.rawValue), found '\(stored.description.abbreviated())'"))
                attributes[key] = .string(stored.description)
            }
        }
        return attributes
    }

    /// A stored value as `type`: 0/1 as booleans, integers as doubles, text parsed (`nan`).
    static func convert(_ stored: AttributeValue, to type: AttributeType) -> AttributeValue? {
        switch (stored, type) {
        case (.string(let s), .string): return .string(s)
        case (_, .string): return .string(stored.description)
        case (.integer, .integer), (.double, .double): return stored
        case (.integer(let i), .double): return .double(Double(i))
        case (.integer(let i), .boolean): return i == 0 || i == 1 ? .boolean(i == 1) : nil
        default: return type.parse(stored.description)
        }
    }
}
