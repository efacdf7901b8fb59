/// Reads RFC 4180 delimited text (CSV, or TSV with a tab delimiter) record by record, from
/// bytes, in one pass. A field is quoted when it starts with `"`; inside, `""` is a quote and
/// line breaks are data. A quote inside an unquoted field is kept as text (as spreadsheets
/// write it). Blank lines are skipped. Each record knows the line it starts on.
public struct CSVReader {
    public let file: String
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position: Int
    private var line = 1

    /// The fields of the record last read by `next()`.
    public private(set) var fields: [String] = []
    /// The line on which that record starts.
    public private(set) var recordLine = 0
    /// The byte offset where each field of that record starts (for `column(ofField:)`).
    private var fieldStarts: [Int] = []
    /// The columns of those fields, computed all at once when one is first asked for (so a
    /// record of 100,000 fields costs one pass, not one scan of its line per field).
    private let fieldColumns = FieldColumns()

    private final class FieldColumns {
        var values: [Int] = []
    }

    /// True when field `index` of the current record was written as `""`: an empty string,
    /// which writers that tell it from no value (`CSVWriter.write(optional:)`) write so.
    public func isQuotedEmpty(_ index: Int) -> Bool {
        fields[index].isEmpty && fieldStarts[index] < bytes.count && bytes[fieldStarts[index]] == 0x22
    }

    /// `start` skips a byte-order mark; the bytes must already be checked as UTF-8.
    public init(bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ","), start: Int = 0) {
        self.bytes = bytes
        self.file = file
        self.delimiter = delimiter
        self.position = start
    }

    /// Reads the next record into `fields`; false at the end of the input.
    public mutating func next() throws -> Bool {
        fields.removeAll(keepingCapacity: true)
        fieldStarts.removeAll(keepingCapacity: true)
        fieldColumns.values.removeAll(keepingCapacity: true)
        let n = bytes.count
        while position < n, bytes[position] == 0x0A || bytes[position] == 0x0D {
            if bytes[position] == 0x0A { line += 1 }
            position += 1
        }
        guard position < n else { return false }
        recordLine = line
        while true {
            fieldStarts.append(position)
            if bytes[position] == 0x22 {
                fields.append(try readQuoted())
            } else {
                fields.append(readPlain())
            }
            guard position < n else { return true }
            let b = bytes[position]
            if b == delimiter {
                position += 1
                if position >= n { fieldStarts.append(position); fields.append(""); return true }
                continue
            }
            // A line break ends the record: \n, \r\n or a lone \r.
            position += (b == 0x0D && position + 1 < n && bytes[position + 1] == 0x0A) ? 2 : 1
            line += 1
            return true
        }
    }

    /// An unquoted field: everything up to the delimiter or the end of the line.
    private mutating func readPlain() -> String {
        let start = position
        let (end, text): (Int, String) = bytes.withUnsafeBufferPointer { buffer in
            var i = start
            while i < buffer.count {
                let b = buffer[i]
                if b == delimiter || b == 0x0A || b == 0x0D { break }
                i += 1
            }
            // Decoding from a buffer pointer takes String's fast validating path.
            return (i, String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self))
        }
        position = end
        return text
    }

    /// A quoted field, from its opening quote to just after its closing one, which must be
    /// followed by a delimiter, a line break or the end of the input.
    private mutating func readQuoted() throws -> String {
        let openLine = line, open = position
        var value: [UInt8] = []
        var i = open + 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                if i + 1 < bytes.count && bytes[i + 1] == 0x22 {
                    value.append(0x22); i += 2; continue
                }
                let after = i + 1
                if after < bytes.count, bytes[after] != delimiter, bytes[after] != 0x0A, bytes[after] != 0x0D {
                    let found = String(decoding: bytes[after..<min(after + 1, bytes.count)], as: UTF8.self)
                    throw InputError(SourceLocation(file: file, line: line, column: column(of: after)),
                                     "expected a delimiter or the end of the line after a closing quote, found '\(found)'")
                }
                position = after
                return String(decoding: value, as: UTF8.self)
            }
            if b == 0x0A { line += 1 }
            value.append(b)
            i += 1
        }
        throw InputError(SourceLocation(file: file, line: openLine, column: column(of: open)),
                         "expected a closing quote for the field opened here, found the end of the file")
    }

    /// The 1-based column (in characters) of byte `offset` on its line.
    private func column(of offset: Int) -> Int {
        var start = offset
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var column = 1
        for k in start..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The 1-based column (in characters) where field `index` of the current record starts.
    public func column(ofField index: Int) -> Int {
        if fieldColumns.values.isEmpty && !fieldStarts.isEmpty {
            var column = self.column(of: fieldStarts[0]), k = fieldStarts[0]
            fieldColumns.values.reserveCapacity(fieldStarts.count)
            for start in fieldStarts {
                while k < start {
                    if bytes[k] == 0x0A { column = 1 } else if bytes[k] & 0xC0 != 0x80 { column += 1 }
                    k += 1
                }
                fieldColumns.values.append(column)
            }
        }
        return fieldColumns.values[index]
    }

    /// The place of the current record, optionally naming a column.
    public func location(column name: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: recordLine, element: name.map { "column '\($0)'" })
    }
}

/// Writes RFC 4180 delimited text, quoting only the fields that need it.
public struct CSVWriter {
    public private(set) var text = ""
    private let delimiter: Character

    public init(delimiter: Character = ",") { self.delimiter = delimiter }

    public mutating func write(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { text.append(delimiter) }
            text += quoted(field)
        }
        text += "\n"
    }

    /// Writes a row in which a nil cell is left empty and an empty string is written `""`, for
    /// readers that tell them apart (Neo4j's import sets no property for an empty field).
    public mutating func write(optional fields: [String?]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { text.append(delimiter) }
            switch field {
            case nil: break
            case ""?: text += "\"\""
            case let field?: text += quoted(field)
            }
        }
        text += "\n"
    }

    private func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
