#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads whole inputs as bytes (a file, or standard input for `-`) and checks their encoding.
public enum InputFile {
    /// The name used for standard input in messages.
    public static let standardInputName = "<stdin>"

    /// The bytes of `path` (`-` for standard input). Throws an InputError naming the file.
    ///
    /// Read once, front to back, with read(2): FIFOs, process substitution (`<(zcat …)`,
    /// `/dev/fd/63`) and character devices are read like files; nothing seeks or reads twice.
    public static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return try readAll(STDIN_FILENO, file: standardInputName, sizeHint: 0) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            throw InputError(SourceLocation(file: path), code == ENOENT ? "no such file or directory" : "cannot be read: \(String(cString: strerror(code)))")
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw InputError(SourceLocation(file: path), "expected a file, found a directory")
        }
        var descriptor: Int32
        repeat { descriptor = open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            throw InputError(SourceLocation(file: path), "cannot be read: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        return try readAll(descriptor, file: path, sizeHint: info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0)
    }

    /// True when `path` exists and is neither a folder nor a regular file: a FIFO, a
    /// character device, a socket (`<(…)` gives `/dev/fd/N`, a pipe). Its format cannot come
    /// from a name; readers sniff its first bytes.
    public static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard path != "-", stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFDIR && type != S_IFREG
    }

    /// Everything `descriptor` yields until end of file.
    private static func readAll(_ descriptor: Int32, file: String, sizeHint: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]); continue }
            if count == 0 { return bytes }
            if errno == EINTR { continue }
            throw InputError(SourceLocation(file: file), "cannot be read: \(String(cString: strerror(errno)))")
        }
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

#if canImport(Glibc)
/// read(2) (`InputFile.read` hides the global name).
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
