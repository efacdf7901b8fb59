import Foundation

/// A comma-separated table parsed on its own (RFC 4180: quoted fields, doubled quotes,
/// line breaks inside quotes), so that tests can read what a command prints, or a dataset's
/// file, without going through the reader under test.
public struct CSVTable: Equatable {
    public let header: [String]
    public let rows: [[String]]

    public init(_ text: String) {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
            case ",":
                record.append(field); field = ""
            case "\n", "\r\n", "\r":
                record.append(field); field = ""
                records.append(record); record = []
            default:
                field.append(character)
            }
            afterQuote = false
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    /// Each row as column name → value (a short row lacks its missing columns).
    public var records: [[String: String]] {
        rows.map { row in Dictionary(zip(header, row).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }) }
    }
}
