/// A small XML pull parser for the graph formats (GraphML, GEXF).
///
/// It reads UTF-8 bytes and reports start tags, end tags and text one at a time, so that a
/// reader builds its records without a document tree (a million-edge file stays one pass over
/// flat bytes). It handles elements, attributes in either quote style, text, CDATA, comments,
/// processing instructions, the five predefined entities and numeric character references.
///
/// What it refuses, and why:
/// - any `<!ENTITY` declaration: entity expansion is how "billion laughs" bombs and external
///   entity (XXE) reads work, and no graph format needs it; a DOCTYPE without one is skipped;
/// - nesting deeper than `maximumDepth`: a hostile file must not exhaust memory or the stack;
/// - bytes that are not UTF-8 and control characters that XML 1.0 forbids.
///
/// Every error is an `InputError` naming the file, line and column (columns count characters,
/// from 1) and the path of open elements.
public struct XMLReader {
    /// One step of the document.
    public enum Event: Equatable {
        /// A start tag; its attributes are in `attributes` until the next call to `next()`.
        /// `offset` is the byte position of its `<`, for `location(at:)`. An empty-element tag
        /// (`<a/>`) is reported as a start immediately followed by an end.
        case start(name: String, offset: Int)
        case end(name: String)
        /// Character data (text or a CDATA section) with entities decoded and line ends
        /// normalised to `\n`. Adjacent pieces may come as several events.
        case text(String)
        case endOfDocument
    }

    public struct Attribute: Equatable {
        public var name: String
        public var value: String
    }

    public static let maximumDepth = 1000

    public let file: String
    /// The attributes of the latest start tag, in document order.
    public private(set) var attributes: [Attribute] = []
    /// The open elements, outermost first, with the offset of each start tag.
    public private(set) var openElements: [(name: String, offset: Int)] = []

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var closeEmptyElement = false
    var rootSeen = false
    var lines = LineCursor()

    /// Runs `body` with a reader over `bytes`. The bytes are borrowed, not copied, for speed,
    /// so the reader must not be kept after `body` returns.
    public static func read<Result>(_ bytes: [UInt8], file: String,
                                    _ body: (inout XMLReader) throws -> Result) throws -> Result {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = XMLReader(bytes: buffer, file: file)
            try reader.checkEncoding()
            return try body(&reader)
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The value of attribute `name` of the latest start tag.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The element path of the open elements ("graphml/graph/node").
    public var elementPath: String { openElements.map(\.name).joined(separator: "/") }

    /// The next event. After `.endOfDocument` the document was well formed.
    public mutating func next() throws -> Event {
        if closeEmptyElement {
            closeEmptyElement = false
            return .end(name: openElements.removeLast().name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                let text = try readText()
                if !openElements.isEmpty { return .text(text) }
                if !text.allSatisfy(\.isWhitespace) {
                    let what = rootSeen ? "after the root element ended" : "before the root element"
                    throw error(at: start, "expected '<', found text \"\(text.trimmingWhitespace().abbreviated())\" \(what)")
                }
                continue
            }
            if let event = try readMarkup() { return event }
        }
        if let open = openElements.last {
            let place = location(at: open.offset)
            throw error(at: bytes.count, "unexpected end of file: <\(open.name)> opened at line \(place.line ?? 0), column \(place.column ?? 0) is not closed (the file looks truncated)")
        }
        if !rootSeen {
            throw error(at: bytes.count, bytes.isEmpty ? "the file is empty: expected an XML document"
                                                       : "expected a root element, found end of file")
        }
        return .endOfDocument
    }

    /// Skips the content of the element whose start tag was just read, through its end tag.
    public mutating func skipElement() throws {
        let depth = openElements.count
        while openElements.count >= depth {
            if case .endOfDocument = try next() { return }
        }
    }

    /// The text content of the element whose start tag was just read, through its end tag;
    /// text of nested elements is included.
    public mutating func readElementText() throws -> String {
        let depth = openElements.count
        var text = ""
        while openElements.count >= depth {
            switch try next() {
            case .text(let piece): text += piece
            case .endOfDocument: return text
            default: break
            }
        }
        return text
    }

    // MARK: Markup

    /// Reads one markup construct at `<`; nil when it produces no event (comment, PI, DOCTYPE).
    mutating func readMarkup() throws -> Event? {
        let start = position
        switch byte(at: position + 1) {
        case UInt8(ascii: "?"):
            try skip(past: "?>", from: start, what: "processing instruction")
            return nil
        case UInt8(ascii: "!"):
            if matches("<!--", at: start) {
                try skip(past: "-->", from: start, what: "comment")
                return nil
            }
            if matches("<![CDATA[", at: start) { return try readCDATA() }
            if matches("<!DOCTYPE", at: start) {
                try skipDoctype()
                return nil
            }
            throw error(at: start, "expected a comment, CDATA section or DOCTYPE after '<!'")
        case UInt8(ascii: "/"):
            return try readEndTag()
        default:
            return try readStartTag()
        }
    }

    mutating func readStartTag() throws -> Event {
        let start = position
        position += 1
        let name = try readName(what: "an element name after '<'")
        if openElements.isEmpty && rootSeen {
            throw error(at: start, "found a second root element <\(name)> after the root element ended")
        }
        attributes.removeAll(keepingCapacity: true)
        while true {
            let hadSpace = skipWhitespace()
            switch byte(at: position) {
            case UInt8(ascii: ">"):
                position += 1
            case UInt8(ascii: "/") where byte(at: position + 1) == UInt8(ascii: ">"):
                position += 2
                closeEmptyElement = true
            case nil:
                throw error(at: start, "unexpected end of file inside the start tag <\(name)>")
            default:
                if !hadSpace { throw error(at: position, "expected whitespace, '>' or '/>' in the start tag <\(name)>") }
                try readAttribute(in: name)
                continue
            }
            break
        }
        if attributes.count > 16 {
            var names = Set<String>()
            for attribute in attributes where !names.insert(attribute.name).inserted {
                throw error(at: start, "attribute \(attribute.name) appears twice in <\(name)>")
            }
        }
        guard openElements.count < XMLReader.maximumDepth else {
            throw error(at: start, "elements are nested deeper than \(XMLReader.maximumDepth) levels")
        }
        openElements.append((name, start))
        rootSeen = true
        return .start(name: name, offset: start)
    }

    mutating func readAttribute(in element: String) throws {
        let nameStart = position
        let name = try readName(what: "an attribute name in <\(element)>")
        skipWhitespace()
        guard byte(at: position) == UInt8(ascii: "=") else {
            throw error(at: position, "expected '=' after attribute \(name) in <\(element)>")
        }
        position += 1
        skipWhitespace()
        guard let quote = byte(at: position), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw error(at: position, "expected a quoted value for attribute \(name) in <\(element)>")
        }
        position += 1
        let valueStart = position
        while position < bytes.count && bytes[position] != quote {
            if bytes[position] == UInt8(ascii: "<") {
                throw error(at: position, "'<' is not allowed in the value of attribute \(name) (write &lt;)")
            }
            position += 1
        }
        guard position < bytes.count else {
            throw error(at: valueStart - 1, "unterminated value of attribute \(name) in <\(element)>")
        }
        let value = try attributeValue(valueStart..<position)
        position += 1
        // Checked by scanning while tags are small; a tag with thousands of attributes is
        // checked once with a set (in readStartTag), so it cannot make parsing quadratic.
        if attributes.count < 16 && attributes.contains(where: { $0.name == name }) {
            throw error(at: nameStart, "attribute \(name) appears twice in <\(element)>")
        }
        attributes.append(Attribute(name: name, value: value))
    }

    mutating func readEndTag() throws -> Event {
        let start = position
        position += 2
        let name = try readName(what: "an element name after '</'")
        skipWhitespace()
        guard byte(at: position) == UInt8(ascii: ">") else {
            throw error(at: position, "expected '>' to end the end tag </\(name)>")
        }
        position += 1
        guard let open = openElements.last else {
            throw error(at: start, "found </\(name)> but no element is open")
        }
        guard open.name == name else {
            let place = location(at: open.offset)
            throw error(at: start, "expected </\(open.name)> to close <\(open.name)> from line \(place.line ?? 0), column \(place.column ?? 0), found </\(name)>")
        }
        openElements.removeLast()
        return .end(name: name)
    }

    mutating func readCDATA() throws -> Event {
        let start = position
        guard !openElements.isEmpty else { throw error(at: start, "CDATA section outside the root element") }
        let contentStart = start + 9
        guard let close = find("]]>", from: contentStart) else {
            throw error(at: start, "unterminated CDATA section: expected ']]>'")
        }
        position = close + 3
        return .text(normalisedLineEnds(contentStart..<close))
    }

    /// Skips `<!DOCTYPE ...>`, refusing entity declarations (see the type's documentation).
    mutating func skipDoctype() throws {
        let start = position
        if rootSeen || !openElements.isEmpty { throw error(at: start, "a DOCTYPE is only allowed before the root element") }
        var depth = 0
        var quote: UInt8? = nil
        position += 9
        while position < bytes.count {
            let b = bytes[position]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if matches("<!ENTITY", at: position) {
                throw error(at: position, "entity declarations (<!ENTITY ...>) are not supported: they allow entity expansion bombs and external entity reads; write the text itself instead")
            } else if matches("<!--", at: position) {
                try skip(past: "-->", from: position, what: "comment")
                continue
            } else if b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "]") {
                depth -= 1
            } else if b == UInt8(ascii: ">") && depth <= 0 {
                position += 1
                return
            }
            position += 1
        }
        throw error(at: start, "unterminated DOCTYPE: expected '>'")
    }

    // MARK: Text and entities

    mutating func readText() throws -> String {
        let start = position
        var plain = true
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "<") { break }
            if b == UInt8(ascii: "&") || b == UInt8(ascii: "\r") { plain = false }
            position += 1
        }
        if plain { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self) }
        return try decode(start..<position, inAttribute: false)
    }

    /// The value with references decoded; most values have none, and are copied as they are.
    mutating func attributeValue(_ range: Range<Int>) throws -> String {
        for i in range {
            let b = bytes[i]
            if b == UInt8(ascii: "&") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") {
                return try decode(range, inAttribute: true)
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Decodes references and normalises white space as XML 1.0 says: line ends become `\n`,
    /// and in attribute values literal tabs and line ends become spaces (so writers escape them).
    mutating func decode(_ range: Range<Int>, inAttribute: Bool) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == UInt8(ascii: "&") {
                let (scalar, end) = try reference(at: i, limit: range.upperBound)
                out.append(contentsOf: Array(String(scalar).utf8))
                i = end
                continue
            }
            if b == UInt8(ascii: "\r") {
                if i + 1 < range.upperBound && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                out.append(inAttribute ? UInt8(ascii: " ") : UInt8(ascii: "\n"))
            } else if inAttribute && (b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t")) {
                out.append(UInt8(ascii: " "))
            } else {
                out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character of the reference at `start` (`&amp;`, `&#233;`, `&#xE9;`) and where it ends.
    mutating func reference(at start: Int, limit: Int) throws -> (Unicode.Scalar, Int) {
        var end = start + 1
        while end < limit && end - start < 40 && bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < limit && bytes[end] == UInt8(ascii: ";") else {
            throw error(at: start, "'&' must start a reference such as &amp; or &#233; (write &amp; for a literal '&')")
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        let predefined: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": "\""]
        if let scalar = predefined[name] { return (scalar, end + 1) }
        if name.hasPrefix("#") {
            let hex = name.hasPrefix("#x")
            let digits = name.dropFirst(hex ? 2 : 1)
            if let code = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(code),
               XMLReader.isAllowed(code) {
                return (scalar, end + 1)
            }
            throw error(at: start, "&\(name); is not a character that XML allows")
        }
        throw error(at: start, "unknown entity &\(name.abbreviated(to: 20));: only &lt; &gt; &amp; &apos; &quot; and character references are supported")
    }

    static func isAllowed(_ code: UInt32) -> Bool {
        code == 0x9 || code == 0xA || code == 0xD || (0x20...0xD7FF).contains(code)
            || (0xE000...0xFFFD).contains(code) || (0x10000...0x10FFFF).contains(code)
    }

    func normalisedLineEnds(_ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if !slice.contains(UInt8(ascii: "\r")) { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
    }

    // MARK: Bytes

    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    func matches(_ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where bytes[index + k] != pointer[k] { return false }
        return true
    }

    func find(_ literal: StaticString, from index: Int) -> Int? {
        let first = literal.utf8Start[0]
        var i = index
        while i < bytes.count {
            if bytes[i] == first && matches(literal, at: i) { return i }
            i += 1
        }
        return nil
    }

    mutating func skip(past terminator: StaticString, from start: Int, what: String) throws {
        guard let end = find(terminator, from: start + 2) else {
            throw error(at: start, "unterminated \(what): expected '\(terminator)'")
        }
        position = end + terminator.utf8CodeUnitCount
    }

    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, XMLReader.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
    }

    /// Reads an XML name (letters, digits, `_ - . :` and any non-ASCII character).
    mutating func readName(what: String) throws -> String {
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            let isNameByte = b >= 0x80 || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
                || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            if !isNameByte { break }
            position += 1
        }
        guard position > start, !(bytes[start] >= UInt8(ascii: "0") && bytes[start] <= UInt8(ascii: "9")),
              bytes[start] != UInt8(ascii: "-"), bytes[start] != UInt8(ascii: ".") else {
            let found = byte(at: start).map { XMLReader.describe($0) } ?? "end of file"
            throw error(at: start, "expected \(what), found \(found)")
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    static func describe(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x" + String(b, radix: 16, uppercase: true)
    }
}
