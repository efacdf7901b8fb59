/// The tables of a Twinning SQLite database (`.sqlite`, `.sqlite3`, `.db`), made to be queried
/// as they are from `sqlite3`, DuckDB, R (RSQLite) and pandas:
///
/// ```sql
/// actors(id TEXT PRIMARY KEY, label TEXT NOT NULL, type TEXT, country TEXT,
///        within TEXT REFERENCES actors(id), aliases TEXT, <attributes>...)
/// agreements(id TEXT PRIMARY KEY, from_id TEXT NOT NULL REFERENCES actors(id),
///        to_id TEXT NOT NULL REFERENCES actors(id), kind TEXT, date TEXT, end_date TEXT,
///        status TEXT, directed INTEGER NOT NULL (0 or 1), weight INTEGER | REAL | (none),
///        source TEXT REFERENCES sources(id), locator TEXT, quote TEXT, url TEXT, <attributes>...)
/// sources(id TEXT PRIMARY KEY, title, author, year INTEGER, publisher, identifier, <attributes>...)
/// metadata(key TEXT PRIMARY KEY, value TEXT, type TEXT)      -- as metadata.csv
/// twinning_columns(table_name, column_name, attribute, type)  -- each attribute column's type
/// twinning_schema(version INTEGER)                            -- 1
/// ```
/// with indexes on agreements(from_id), (to_id), (kind), (date). Rows keep the dataset's order
/// (rowid order).
///
/// Conventions:
/// - Dates are TEXT as written, at their precision (`2009`, `2009-03`, `2009-03-14`): never a
///   DATE type, which DuckDB would parse and `2009` would fail. They sort as text correctly.
/// - `aliases` is `;`-joined, as in the native folder. Absent fields are NULL; an empty string
///   stays an empty string.
/// - `weight` keeps its storage class: the column is INTEGER when every weight is an integer,
///   REAL when none is, and declared without a type when both occur: such a column has BLOB
///   affinity, which stores each value in the class it was given (a NUMERIC column would turn
///   a whole double such as 2.0 into the integer 2).
/// - Attribute columns are declared TEXT, INTEGER, REAL or BOOLEAN (0/1); `twinning_columns`
///   records the Twinning type (string, int, double, bool), so booleans stay booleans. A key
///   holding several types gets the unified type (int and double → double; else string), as
///   in every format. SQLite has no NaN: a NaN double is stored as the text `nan`.
/// - Identifiers are always double-quoted in the SQL Twinning runs (`"with space"`,
///   `"order"`, `"名称"`), so any key is a legal column name. A key whose name equals a fixed
///   column or an earlier key (SQLite compares names ignoring ASCII case: `Population` and
///   `population` clash) gets the column `key_2` (`_3`, …); `twinning_columns` maps it back.
/// - Foreign keys are declared but not enforced while writing (SQLite enforces them only under
///   `PRAGMA foreign_keys = ON`): a dataset with a dangling reference (validation reports it)
///   is written as it is, and `PRAGMA foreign_key_check` lists the dangling rows.
enum SQLiteSchema {
    static let version = 1

    /// A column with a fixed meaning: its name and its SQL declaration after the name.
    typealias FixedColumn = (name: String, declaration: String)

    static let actorColumns: [FixedColumn] = [
        ("id", "TEXT PRIMARY KEY NOT NULL"), ("label", "TEXT NOT NULL"), ("type", "TEXT"),
        ("country", "TEXT"), ("within", "TEXT REFERENCES actors(id)"), ("aliases", "TEXT"),
    ]

    /// The agreement columns; `weight`'s declaration depends on the weights (see `weightType`).
    static func agreementColumns(weightType: String) -> [FixedColumn] {
        [("id", "TEXT PRIMARY KEY NOT NULL"), ("from_id", "TEXT NOT NULL REFERENCES actors(id)"),
         ("to_id", "TEXT NOT NULL REFERENCES actors(id)"), ("kind", "TEXT"), ("date", "TEXT"),
         ("end_date", "TEXT"), ("status", "TEXT"),
         ("directed", "INTEGER NOT NULL CHECK (directed IN (0, 1))"), ("weight", weightType),
         ("source", "TEXT REFERENCES sources(id)"), ("locator", "TEXT"), ("quote", "TEXT"), ("url", "TEXT")]
    }

    static let sourceColumns: [FixedColumn] = [
        ("id", "TEXT PRIMARY KEY NOT NULL"), ("title", "TEXT"), ("author", "TEXT"), ("year", "INTEGER"),
        ("publisher", "TEXT"), ("identifier", "TEXT"),
    ]

    static let metadataColumns: [FixedColumn] = [("key", "TEXT PRIMARY KEY NOT NULL"), ("value", "TEXT"), ("type", "TEXT NOT NULL")]

    static let agreementColumnNames = agreementColumns(weightType: "").map(\.name)

    static let indexes = [
        "CREATE INDEX agreements_from_id ON agreements(from_id)",
        "CREATE INDEX agreements_to_id ON agreements(to_id)",
        "CREATE INDEX agreements_kind ON agreements(kind)",
        "CREATE INDEX agreements_date ON agreements(date)",
    ]

    static let bookkeeping = [
        """
        CREATE TABLE twinning_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, \
        attribute TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (table_name, column_name))
        """,
        "CREATE TABLE twinning_schema (version INTEGER NOT NULL)",
    ]

    /// The declaration of `weight`: INTEGER when all weights are integers, REAL when none is
    /// (or there are none), no declared type (BLOB affinity, each value kept as given) when both occur.
    static func weightType(of agreements: [Agreement]) -> String {
        var integers = false, doubles = false
        for agreement in agreements {
            switch agreement.weightValue {
            case .integer?: integers = true
            case .some: doubles = true
            case nil: break
            }
        }
        return integers && doubles ? "" : integers ? "INTEGER" : "REAL"
    }

    /// A free attribute stored in a column of its own.
    struct AttributeColumn: Equatable {
        var key: String
        var column: String
        var type: AttributeType
    }

    /// One column per key, named after it unless the name clashes (ignoring ASCII case) with a
    /// fixed column or an earlier key, or is empty: then `key_2`, `key_3`, ….
    static func attributeColumns(_ types: [(key: String, type: AttributeType)], fixed: [String]) -> [AttributeColumn] {
        var taken = Set(fixed.map(foldedName))
        return types.map { key, type in
            var column = key, suffix = 1
            while column.isEmpty || column.contains("\0") || taken.contains(foldedName(column)) {
                suffix += 1
                column = key.replacingOccurrences(of: "\0", with: "") + "_\(suffix)"
            }
            taken.insert(foldedName(column))
            return AttributeColumn(key: key, column: column, type: type)
        }
    }

    /// A name as SQLite compares identifiers: ASCII letters folded, anything else as it is.
    static func foldedName(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// An SQL identifier, double-quoted, with inner double quotes doubled.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The declared SQL type of an attribute column.
    static func declaredType(_ type: AttributeType) -> String {
        switch type {
        case .string: return "TEXT"
        case .integer: return "INTEGER"
        case .double: return "REAL"
        case .boolean: return "BOOLEAN"
        }
    }

    /// The attribute type a declared SQL type suggests, for columns that `twinning_columns`
    /// does not describe (a database made by hand); nil reads each value by its storage class.
    static func attributeType(declared: String) -> AttributeType? {
        let type = declared.lowercased()
        if type.contains("bool") { return .boolean }
        if type.contains("int") { return .integer }
        if type.contains("char") || type.contains("clob") || type.contains("text") { return .string }
        if type.contains("real") || type.contains("floa") || type.contains("doub") { return .double }
        return nil
    }

    /// `CREATE TABLE` for `table` with its fixed columns, then its attribute columns.
    static func createTable(_ table: String, fixed: [FixedColumn], attributes: [AttributeColumn]) -> String {
        let columns = fixed.map { "\(quoted($0.name)) \($0.declaration)" }
            + attributes.map { "\(quoted($0.column)) \(declaredType($0.type))" }
        return "CREATE TABLE \(quoted(table)) (\n  " + columns.joined(separator: ",\n  ") + "\n)"
    }

    /// The `INSERT` of one row of `columns`, with a `?` parameter for each.
    static func insert(into table: String, columns: [String]) -> String {
        "INSERT INTO \(quoted(table)) (" + columns.map(quoted).joined(separator: ", ") + ") VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    }
}
