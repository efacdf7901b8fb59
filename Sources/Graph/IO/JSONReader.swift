/// A strict RFC 8259 JSON reader over UTF-8 bytes. Errors name the line and column and say
/// what was expected; nesting deeper than `maximumDepth` is refused rather than recursed.
///
/// With `pythonNumbers`, the reader also takes `NaN`, `Infinity` and `-Infinity`, which
/// Python's `json` module (and so networkx's node-link JSON) writes by default; what a
/// non-finite number means is then the caller's verdict (a weight refuses it).
public struct JSONReader {
    public static let maximumDepth = 512

    private let bytes: [UInt8]
    private let file: String
    private var i: Int
    private var line = 1
    private var lineStart = 0
    private var pythonNumbers = false

    public static func parse(_ bytes: [UInt8], file: String, pythonNumbers: Bool = false) throws -> JSONValue {
        let start = try InputFile.checkUTF8(bytes, file: file)
        var reader = JSONReader(bytes: bytes, file: file, i: start)
        reader.pythonNumbers = pythonNumbers
        reader.skipSpace()
        guard reader.i < bytes.count else { throw reader.error("expected a JSON value, found an empty file") }
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        if reader.i < bytes.count { throw reader.error("expected the end of the document, found \(reader.describeHere())") }
        return value
    }

    private init(bytes: [UInt8], file: String, i: Int) {
        self.bytes = bytes
        self.file = file
        self.i = i
    }

    private func error(_ message: String) -> InputError {
        var column = 1
        var k = lineStart
        while k < min(i, bytes.count) { if bytes[k] & 0xC0 != 0x80 { column += 1 }; k += 1 }
        return InputError(SourceLocation(file: file, line: line, column: column), message)
    }

    private func describeHere() -> String {
        guard i < bytes.count else { return "the end of the file" }
        let end = min(i + 12, bytes.count)
        return "'" + String(decoding: bytes[i..<end], as: UTF8.self).replacingNewlines() + "'"
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard depth < JSONReader.maximumDepth else {
            throw error("expected at most \(JSONReader.maximumDepth) levels of nesting, found more")
        }
        guard i < bytes.count else { throw error("expected a value, found the end of the file") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "N") where pythonNumbers: try literal("NaN"); return .double(.nan)
        case UInt8(ascii: "I") where pythonNumbers: try literal("Infinity"); return .double(.infinity)
        case UInt8(ascii: "-") where pythonNumbers && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "I"):
            i += 1; try literal("Infinity"); return .double(-.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a value (object, array, string, number, true, false or null), found \(describeHere())")
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else {
            throw error("expected '\(word)', found \(describeHere())")
        }
        i += w.count
    }

    private mutating func object(depth: Int) throws -> JSONValue {
        i += 1
        var members: [(String, JSONValue)] = []
        var seen = Set<String>()
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes, found \(describeHere())") }
            let key = try string()
            guard seen.insert(key).inserted else { throw error("expected each member name once in an object, found '\(key.abbreviated())' again") }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after a member name, found \(describeHere())") }
            i += 1
            skipSpace()
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard i < bytes.count else { throw error("expected ',' or '}', found the end of the file") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw error("expected ',' or '}' in an object, found \(describeHere())")
        }
    }

    private mutating func array(depth: Int) throws -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard i < bytes.count else { throw error("expected ',' or ']', found the end of the file") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw error("expected ',' or ']' in an array, found \(describeHere())")
        }
    }

    private mutating func number() throws -> JSONValue {
        let start = i
        var isInteger = true
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int {
            let s = i
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - s
        }
        guard digits() > 0 else { throw error("expected a digit in a number, found \(describeHere())") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1; isInteger = false
            guard digits() > 0 else { throw error("expected a digit after the decimal point, found \(describeHere())") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1; isInteger = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent, found \(describeHere())") }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if isInteger, let value = Int(text) { return .integer(value) }
        guard let value = Double(text) else { throw error("expected a number, found '\(text)'") }
        return .double(value)
    }

    private mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { break }
                let escape = bytes[i]
                i += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: Array(String(try unicodeEscape()).utf8))
                default:
                    i -= 2
                    throw error("expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \(describeHere())")
                }
            case 0x00..<0x20:
                throw error("expected a closing quote, found a line break or control character inside a string")
            default:
                out.append(b)
                i += 1
            }
        }
        throw error("expected a closing quote, found the end of the file")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw error("expected four hexadecimal digits after \\u, found \(describeHere())")
        }
        i += 4
        return v
    }

    private mutating func unicodeEscape() throws -> Character {
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            guard i + 2 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                throw error("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate, found \(describeHere())")
            }
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("expected a low surrogate, found \\u\(String(low, radix: 16))") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("expected a Unicode scalar, found a lone surrogate \\u\(String(code, radix: 16))") }
        return Character(scalar)
    }
}
