import GRDB
import GRDBSQLite

/// The per-row hot paths of the SQLite format, on GRDB's prepared statements through the
/// SQLite C API: a million agreements bind and step some fifteen million values, and GRDB's
/// `StatementArguments` and `Row` (an array of boxed values per row) cost more than SQLite
/// itself there. GRDB still opens the database, runs the transaction, prepares every
/// statement and reports errors.

/// One value bound to a statement parameter.
enum SQLValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    init(_ text: String?) {
        self = text.map(SQLValue.text) ?? .null
    }
}

/// A prepared `INSERT` that binds and runs one row at a time.
struct SQLiteInsert {
    let statement: Statement
    let connection: SQLiteConnection?

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    /// SQLite copies bound text before `bind` returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func insert(_ values: [SQLValue]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (i, value) in values.enumerated() {
            let index = CInt(i + 1)
            let code: CInt
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(var text):
                code = text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        // An empty text still needs a pointer: a nil one would bind NULL.
                        guard let start = chars.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                        return sqlite3_bind_text(handle, index, start, CInt(chars.count), Self.transient)
                    }
                }
            }
            guard code == SQLITE_OK else { throw error(code) }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    private func error(_ code: CInt) -> DatabaseError {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}

/// The current row of a `SELECT` being stepped.
struct SQLiteRow {
    let handle: SQLiteStatement

    /// The value at `index` by its storage class (a BLOB read as UTF-8 text); nil for NULL
    /// or a missing column.
    func value(_ index: Int?) -> AttributeValue? {
        guard let index else { return nil }
        let column = CInt(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(handle, column)))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(handle, column))
        case SQLITE_NULL: return nil
        default:
            // Text (or a blob): its bytes, which may hold NUL, measured after they are fetched.
            guard let bytes = sqlite3_column_blob(handle, column) else { return .string("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .string(String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
    }

    func text(_ index: Int?) -> String? {
        value(index)?.description
    }

    /// Steps `statement` through its rows; `body` receives each row in turn.
    static func forEach(_ statement: Statement, connection: SQLiteConnection?, _ body: (SQLiteRow) throws -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = connection.map { String(cString: sqlite3_errmsg($0)) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
            try body(SQLiteRow(handle: handle))
        }
    }
}
