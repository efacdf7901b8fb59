import Foundation

/// Reads whole inputs as bytes (a file, or standard input for `-`) and checks their encoding.
public enum InputFile {
    /// The name used for standard input in messages.
    public static let standardInputName = "<stdin>"

    /// The bytes of `path` (`-` for standard input). Throws an InputError naming the file.
    public static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(SourceLocation(file: path), "no such file or directory")
        }
        if isDirectory.boolValue {
            throw InputError(SourceLocation(file: path), "expected a file, found a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(SourceLocation(file: path), "cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }

    /// Checks that `bytes` are UTF-8 text and returns where the text starts (after a BOM).
    /// Throws, naming the line and column of the first byte that is not UTF-8.
    public static func checkUTF8(_ bytes: [UInt8], file: String) throws -> Int {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw InputError(SourceLocation(file: file, line: 1, column: 1),
                             "expected UTF-8 text, found a UTF-16 byte-order mark (re-save the file as UTF-8)")
        }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if let bad = firstInvalidUTF8(bytes, from: start) {
            let (line, column) = lineAndColumn(of: bad, in: bytes)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            let what = bytes[bad] == 0 ? "a NUL byte (binary data?)" : "byte 0x\(hex), which is not UTF-8 (Latin-1 or binary data?)"
            throw InputError(SourceLocation(file: file, line: line, column: column), "expected UTF-8 text, found \(what)")
        }
        return start
    }

    /// 1-based line and column (in characters) of byte `offset`.
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        var i = 0
        while i < offset && i < bytes.count {
            if bytes[i] == 0x0A { line += 1; column = 1 }
            else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }

    /// The offset of the first byte that breaks UTF-8 (or is NUL), or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var i = start
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                if b < 0x80 {
                    if b == 0 { return i }
                    i += 1
                    continue
                }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
                default: return i
                }
                guard i + length <= n else { return i }
                for k in 1..<length {
                    let c = buffer[i + k]
                    guard c & 0xC0 == 0x80 else { return i }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
                i += length
            }
            return nil
        }
    }
}
