import Foundation
import Graph

/// A table of results printed as aligned text, CSV or JSON: the one printer every
/// command's tables go through. Cells are JSON values so that numbers keep their type.
struct ResultTable {
    var columns: [String]
    var rows: [[JSONValue]]

    /// Rows limited to the first `top` (all when nil).
    func limited(to top: Int?) -> ResultTable {
        guard let top, top < rows.count else { return self }
        return ResultTable(columns: columns, rows: Array(rows.prefix(top)))
    }

    var csv: String {
        var writer = CSVWriter()
        writer.write(columns)
        for row in rows { writer.write(row.map(ResultTable.plain)) }
        return writer.text
    }

    /// An array of objects, one per row.
    var json: JSONValue {
        .array(rows.map { row in .object(Array(zip(columns, row))) })
    }

    var text: String {
        let cells = rows.map { $0.map(ResultTable.readable) }
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

    func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: return text
        case .csv: return csv
        case .json: return json.serialized(indent: 2) + "\n"
        }
    }

    /// Full precision, for CSV.
    static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        case .double(let d): return AttributeValue.format(d)
        default: return value.serialized()
        }
    }

    /// Six significant digits, for reading.
    static func readable(_ value: JSONValue) -> String {
        switch value {
        case .double(let d): return d.isFinite ? String(format: "%.6g", d) : AttributeValue.format(d)
        default: return plain(value)
        }
    }
}

extension JSONValue {
    /// A double that may be undefined: NaN and infinities become null.
    static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .double(value)
    }
}

/// Writes a command's result: to standard output, or atomically to `-o FILE`.
func emit(_ text: String, to output: String?) throws {
    guard let output, output != "-" else {
        print(text, terminator: "")
        return
    }
    do {
        try AtomicFile.write(text, to: output)
    } catch let error as InputError {
        throw CommandFailure.input(error.description)
    }
}
