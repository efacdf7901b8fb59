import Foundation
import Graph

/// A table of results printed as aligned text, CSV or JSON, or laid out in a report: the one
/// table type every command and the report go through. Cells are JSON values so that numbers keep their type.
public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[JSONValue]]

    public init(columns: [String], rows: [[JSONValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Rows limited to the first `top` (all when nil).
    public func limited(to top: Int?) -> ResultTable {
        guard let top, top < rows.count else { return self }
        return ResultTable(columns: columns, rows: Array(rows.prefix(top)))
    }

    public var csv: String {
        var writer = CSVWriter()
        writer.write(columns)
        for row in rows { writer.write(row.map(ResultTable.plain)) }
        return writer.text
    }

    /// An array of objects, one per row.
    public var json: JSONValue {
        .array(rows.map { row in .object(Array(zip(columns, row))) })
    }

    /// The table as aligned columns for a terminal; every cell escaped by
    /// `TerminalText.cell` (control characters shown as `\u{1B}`), so a name cannot move the
    /// cursor or break the columns.
    public var text: String {
        let cells = rows.map { $0.map { TerminalText.cell(ResultTable.readable($0)) } }
        let columns = columns.map(TerminalText.cell)
        var widths = columns.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = min(48, max(widths[i], cell.count)) } }
        func line(_ values: [String], numeric: [Bool]) -> String {
            values.enumerated().map { i, value in
                let cut = value.count > widths[i] ? String(value.prefix(widths[i] - 1)) + "…" : value
                let pad = String(repeating: " ", count: widths[i] - cut.count)
                return numeric[i] ? pad + cut : cut + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let numeric = columns.indices.map { i in rows.contains { row in
            if case .integer = row[i] { return true }
            if case .double = row[i] { return true }
            return false
        } }
        var out = line(columns, numeric: numeric) + "\n"
        for row in cells { out += line(row, numeric: numeric) + "\n" }
        return out
    }

    public func render(_ format: TableFormat) -> String {
        switch format {
        case .text: return text
        case .csv: return csv
        case .json: return json.serialized(indent: 2) + "\n"
        }
    }

    /// Full precision, for CSV.
    public static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        case .double(let d): return AttributeValue.format(d)
        default: return value.serialized()
        }
    }

    /// Six significant digits, for reading.
    public static func readable(_ value: JSONValue) -> String {
        switch value {
        case .double(let d): return d.isFinite ? String(format: "%.6g", d) : AttributeValue.format(d)
        default: return plain(value)
        }
    }
}

extension ResultTable {
    /// Rows sorted by a numeric column, largest first (undefined last); ties keep their order.
    func sortedDescending(byColumn column: Int) -> ResultTable {
        func key(_ value: JSONValue) -> Double {
            switch value {
            case .integer(let i): return Double(i)
            case .double(let d): return d.isNaN ? -.infinity : d
            default: return -.infinity
            }
        }
        guard column < columns.count else { return self }
        let order = rows.indices.sorted { a, b in
            let x = key(rows[a][column]), y = key(rows[b][column])
            return x != y ? x > y : a < b
        }
        return ResultTable(columns: columns, rows: order.map { rows[$0] })
    }

    /// Rows sorted by the numeric column named `name`, largest first; unchanged when no column has that name.
    public func sortedDescending(byColumnNamed name: String) -> ResultTable {
        guard let column = columns.firstIndex(of: name) else { return self }
        return sortedDescending(byColumn: column)
    }
}
