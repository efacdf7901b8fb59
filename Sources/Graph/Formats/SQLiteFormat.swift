import Foundation
import GRDB

/// An SQLite database (`.sqlite`, `.sqlite3`, `.db`), read and written through GRDB over the
/// system SQLite. The tables and their conventions are defined in `SQLiteSchema`; reading is
/// in `SQLiteFormat+Reading.swift`.
///
/// Writing is atomic: the database is built in a temporary file beside the target (no
/// journal, one transaction, prepared statements, indexes made after the rows), then renamed
/// over it; a failed write leaves no file. Ids must be unique (they are primary keys): the
/// writer refuses a dataset whose actor, agreement or source ids repeat (validation reports
/// that first), naming the id. Dangling references are written as they are.
public enum SQLiteFormat {
    /// Writes `dataset` to the database file `path`, replacing any file there.
    public static func write(_ dataset: Dataset, to path: String) throws {
        try checkUniqueIDs(dataset, file: path)
        try AtomicFile.replace(path) { temporary in
            var configuration = Configuration()
            configuration.foreignKeysEnabled = false
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                // The file is renamed into place only when complete: no journal is needed.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
                try db.inTransaction {
                    var writer = SQLiteWriter(db: db, dataset: dataset)
                    try writer.writeAll()
                    return .commit
                }
            }
            try queue.close()
        }
    }

    /// Throws, naming the first id that repeats in actors, agreements or sources.
    static func checkUniqueIDs(_ dataset: Dataset, file: String) throws {
        func check<S: Sequence>(_ ids: S, _ noun: String) throws where S.Element == String {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                throw InputError(SourceLocation(file: file), "cannot write: expected unique \(noun) ids (the primary key of the table), found '\(id.abbreviated())' twice; `twinning validate` lists every problem")
            }
        }
        try check(dataset.nodes.lazy.map(\.id), "actor")
        try check(dataset.agreements.lazy.map(\.id), "agreement")
        try check(dataset.sources.lazy.map(\.id), "source")
    }
}

/// Fills a new, empty database with one dataset.
struct SQLiteWriter {
    let db: Database
    let dataset: Dataset
    let nodeColumns: [SQLiteSchema.AttributeColumn]
    let agreementColumns: [SQLiteSchema.AttributeColumn]
    let sourceColumns: [SQLiteSchema.AttributeColumn]
    let weightType: String

    init(db: Database, dataset: Dataset) {
        self.db = db
        self.dataset = dataset
        nodeColumns = SQLiteSchema.attributeColumns(dataset.nodeAttributeTypes, fixed: SQLiteSchema.actorColumns.map(\.name))
        agreementColumns = SQLiteSchema.attributeColumns(dataset.agreementAttributeTypes, fixed: SQLiteSchema.agreementColumnNames)
        sourceColumns = SQLiteSchema.attributeColumns(dataset.sourceAttributeTypes, fixed: SQLiteSchema.sourceColumns.map(\.name))
        weightType = SQLiteSchema.weightType(of: dataset.agreements)
    }

    mutating func writeAll() throws {
        for sql in SQLiteSchema.bookkeeping { try db.execute(sql: sql) }
        // Sources first: agreements refer to them (and actors to actors).
        try create("sources", SQLiteSchema.sourceColumns, sourceColumns)
        try create("actors", SQLiteSchema.actorColumns, nodeColumns)
        try create("agreements", SQLiteSchema.agreementColumns(weightType: weightType), agreementColumns)
        try db.execute(sql: SQLiteSchema.createTable("metadata", fixed: SQLiteSchema.metadataColumns, attributes: []))

        try insert("sources", SQLiteSchema.sourceColumns.map(\.name), sourceColumns, dataset.sources) { s in
            [SQLValue(s.id), SQLValue(s.title), SQLValue(s.author), s.year.map { .integer(Int64($0)) } ?? .null,
             SQLValue(s.publisher), SQLValue(s.identifier)]
        } attributes: { $0.attributes }
        try insert("actors", SQLiteSchema.actorColumns.map(\.name), nodeColumns, dataset.nodes) { node in
            [SQLValue(node.id), SQLValue(node.label), SQLValue(node.type?.rawValue), SQLValue(node.country),
             SQLValue(node.within), node.aliases.isEmpty ? .null : SQLValue(node.aliases.joined(separator: ";"))]
        } attributes: { $0.attributes }
        try insert("agreements", SQLiteSchema.agreementColumnNames, agreementColumns, dataset.agreements) { a in
            let p = a.provenance
            return [SQLValue(a.id), SQLValue(a.from), SQLValue(a.to), SQLValue(a.kind?.rawValue),
                    SQLValue(a.date?.description), SQLValue(a.endDate?.description), SQLValue(a.status?.rawValue),
                    .integer(a.directed ? 1 : 0), a.weightValue.map(Self.weight) ?? .null,
                    SQLValue(p.source), SQLValue(p.locator), SQLValue(p.quote), SQLValue(p.url)]
        } attributes: { $0.attributes }
        try writeMetadata()
        for sql in SQLiteSchema.indexes { try db.execute(sql: sql) }
    }

    private func create(_ table: String, _ fixed: [SQLiteSchema.FixedColumn], _ attributes: [SQLiteSchema.AttributeColumn]) throws {
        try db.execute(sql: SQLiteSchema.createTable(table, fixed: fixed, attributes: attributes))
        let statement = try db.makeStatement(sql: SQLiteSchema.insert(into: "twinning_columns", columns: ["table_name", "column_name", "attribute", "type"]))
        for column in attributes {
            try statement.execute(arguments: [table, column.column, column.key, column.type.rawValue])
        }
    }

    /// Inserts `records` with one prepared statement: the fixed values, then the attributes.
    private func insert<Record>(_ table: String, _ fixed: [String], _ columns: [SQLiteSchema.AttributeColumn],
                                _ records: [Record], fixedValues: (Record) -> [SQLValue],
                                attributes: (Record) -> Attributes) throws {
        let statement = try SQLiteInsert(db, sql: SQLiteSchema.insert(into: table, columns: fixed + columns.map(\.column)))
        var values: [SQLValue] = []
        values.reserveCapacity(fixed.count + columns.count)
        for record in records {
            values.removeAll(keepingCapacity: true)
            values += fixedValues(record)
            if !columns.isEmpty {
                let recordAttributes = attributes(record)
                for column in columns {
                    values.append(recordAttributes[column.key].map { Self.value($0, in: column.type) } ?? .null)
                }
            }
            try statement.insert(values)
        }
    }

    private func writeMetadata() throws {
        let statement = try db.makeStatement(sql: SQLiteSchema.insert(into: "metadata", columns: SQLiteSchema.metadataColumns.map(\.name)))
        for (key, value) in dataset.metadata.sorted(by: { $0.key < $1.key }) {
            try statement.execute(arguments: [key, value.description, value.type.rawValue])
        }
        try db.execute(sql: "INSERT INTO twinning_schema (version) VALUES (?)", arguments: [SQLiteSchema.version])
    }

    /// A weight in its own storage class.
    static func weight(_ value: AttributeValue) -> SQLValue {
        switch value {
        case .integer(let i): return .integer(Int64(i))
        default: return value.numericValue.map(SQLValue.real) ?? .text(value.description)
        }
    }

    /// An attribute value as stored in a column of `type`: an integer in a REAL column as a
    /// double, any value in a TEXT column as its text, a boolean as 0 or 1, NaN as `nan`.
    static func value(_ value: AttributeValue, in type: AttributeType) -> SQLValue {
        switch (value, type) {
        case (_, .string): return .text(value.columnText(as: .string))
        case (.integer(let i), .integer): return .integer(Int64(i))
        case (.integer(let i), .double): return .real(Double(i))
        case (.double(let d), _): return d.isNaN ? .text("nan") : .real(d)
        case (.boolean(let b), _): return .integer(b ? 1 : 0)
        default: return .text(value.description)
        }
    }
}
