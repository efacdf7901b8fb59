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
            [text(s.id), text(s.title), text(s.author), s.year.map { Int64($0).databaseValue } ?? .null,
             text(s.publisher), text(s.identifier)]
        } attributes: { $0.attributes }
        try insert("actors", SQLiteSchema.actorColumns.map(\.name), nodeColumns, dataset.nodes) { node in
            [text(node.id), text(node.label), text(node.type?.rawValue), text(node.country), text(node.within),
             node.aliases.isEmpty ? .null : text(node.aliases.joined(separator: ";"))]
        } attributes: { $0.attributes }
        try insert("agreements", SQLiteSchema.agreementColumnNames, agreementColumns, dataset.agreements) { a in
            let p = a.provenance
            return [text(a.id), text(a.from), text(a.to), text(a.kind?.rawValue), text(a.date?.description),
                    text(a.endDate?.description), text(a.status?.rawValue), Int64(a.directed ? 1 : 0).databaseValue,
                    a.weightValue.map(Self.weight) ?? .null,
                    text(p.source), text(p.locator), text(p.quote), text(p.url)]
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
                                _ records: [Record], fixedValues: (Record) -> [DatabaseValue],
                                attributes: (Record) -> Attributes) throws {
        let statement = try db.makeStatement(sql: SQLiteSchema.insert(into: table, columns: fixed + columns.map(\.column)))
        var values: [DatabaseValue] = []
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
            statement.setUncheckedArguments(StatementArguments(values))
            try statement.execute()
        }
    }

    private func writeMetadata() throws {
        let statement = try db.makeStatement(sql: SQLiteSchema.insert(into: "metadata", columns: SQLiteSchema.metadataColumns.map(\.name)))
        for (key, value) in dataset.metadata.sorted(by: { $0.key < $1.key }) {
            try statement.execute(arguments: [key, value.description, value.type.rawValue])
        }
        try db.execute(sql: "INSERT INTO twinning_schema (version) VALUES (?)", arguments: [SQLiteSchema.version])
    }

    private func text(_ value: String?) -> DatabaseValue {
        value?.databaseValue ?? .null
    }

    /// A weight in its own storage class.
    static func weight(_ value: AttributeValue) -> DatabaseValue {
        switch value {
        case .integer(let i): return Int64(i).databaseValue
        default: return (value.numericValue ?? .nan).databaseValue
        }
    }

    /// An attribute value as stored in a column of `type`: an integer in a REAL column as a
    /// double, any value in a TEXT column as its text, a boolean as 0 or 1, NaN as `nan`.
    static func value(_ value: AttributeValue, in type: AttributeType) -> DatabaseValue {
        switch (value, type) {
        case (_, .string): return value.columnText(as: .string).databaseValue
        case (.integer(let i), .integer): return Int64(i).databaseValue
        case (.integer(let i), .double): return Double(i).databaseValue
        case (.double(let d), _): return d.isNaN ? "nan".databaseValue : d.databaseValue
        case (.boolean(let b), _): return Int64(b ? 1 : 0).databaseValue
        default: return value.description.databaseValue
        }
    }
}
