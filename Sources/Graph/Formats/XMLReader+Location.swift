/// Places in the input and the encoding check.
///
/// Lines are not counted while parsing (that would cost a test per byte on the hot path);
/// a cursor counts them on demand. Readers ask for places in document order (each node and
/// edge as it starts), so the cursor only moves forward and the whole count stays one pass.
/// The column is counted on from the previous place on the same line, so that a file written
/// on one line (minified) stays linear too.
struct LineCursor {
    var offset = 0
    var line = 1
    var lineStart = 0
    var column = 1
}

extension XMLReader {
    /// The line and column of byte `offset` (columns count characters, from 1).
    public mutating func location(at offset: Int) -> SourceLocation {
        let target = min(offset, bytes.count)
        if target < lines.offset { lines = LineCursor() }
        var i = lines.offset
        while i < target {
            if bytes[i] == UInt8(ascii: "\n") {
                lines.line += 1
                lines.lineStart = i + 1
            }
            i += 1
        }
        let countFrom = lines.lineStart > lines.offset ? lines.lineStart : lines.offset
        if lines.lineStart > lines.offset { lines.column = 1 }
        for k in countFrom..<target where bytes[k] & 0xC0 != 0x80 { lines.column += 1 }
        lines.offset = target
        return SourceLocation(file: file, line: lines.line, column: lines.column)
    }

    /// An error at byte `offset`, naming the open elements too, and `child` after them when
    /// the error is about an element already read (so that paths are built only for errors).
    public mutating func error(at offset: Int, _ message: String, inChild child: String? = nil) -> InputError {
        var place = location(at: offset)
        // A path thousands of elements deep would bury the message: keep its ends.
        let names = openElements.map(\.name) + (child.map { [$0] } ?? [])
        let shown = names.count <= 12 ? names : names.prefix(4) + ["…(\(names.count - 8) more)…"] + names.suffix(4)
        if !names.isEmpty { place.element = shown.joined(separator: "/") }
        return InputError(place, message)
    }

    /// Refuses input that is not UTF-8, and control characters XML 1.0 forbids; skips a UTF-8
    /// byte order mark. Checked once up front so that text can be decoded without checks later.
    mutating func checkEncoding() throws {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw error(at: 0, "the file starts with a UTF-16 byte order mark: expected UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)")
        }
        var i = position
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b >= 0x20 && b < 0x80 { i += 1; continue }
            if b < 0x20 {
                if b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
                throw error(at: i, "control character U+00\(hex(b)) is not allowed in XML (is this a binary or UTF-16 file? expected UTF-8 text)")
            }
            let length = sequenceLength(at: i)
            if length == 0 {
                throw error(at: i, "invalid UTF-8 byte 0x\(hex(b)): expected UTF-8 text (convert Latin-1 or UTF-16 files to UTF-8)")
            }
            i += length
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 (overlong forms,
    /// surrogates and values past U+10FFFF are not well formed).
    func sequenceLength(at i: Int) -> Int {
        let b = bytes[i]
        let length: Int, low: UInt8, high: UInt8
        switch b {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard i + length <= bytes.count, (low...high).contains(bytes[i + 1]) else { return 0 }
        for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    private func hex(_ b: UInt8) -> String {
        let digits = String(b, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}

extension String {
    /// The part of a qualified XML name after its prefix (`y:NodeLabel` → `NodeLabel`).
    var xmlLocalName: String {
        guard let colon = utf8.lastIndex(of: UInt8(ascii: ":")) else { return self }
        return String(self[utf8.index(after: colon)...])
    }
}

/// A reader of one XML vocabulary (GraphML, GEXF): told of each element's start and end.
protocol XMLElementHandler {
    mutating func start(_ name: String, at offset: Int, _ xml: inout XMLReader) throws
    mutating func finish(_ name: String)
}

extension XMLElementHandler {
    /// Reads the whole document, passing each element's local name (namespace prefix dropped).
    mutating func readDocument(_ xml: inout XMLReader) throws {
        while true {
            switch try xml.next() {
            case .start(let name, let offset): try start(name.xmlLocalName, at: offset, &xml)
            case .end(let name): finish(name.xmlLocalName)
            case .text: continue
            case .endOfDocument: return
            }
        }
    }
}
