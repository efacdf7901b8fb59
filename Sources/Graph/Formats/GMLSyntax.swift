/// GML's syntax (Himsolt, "GML: A portable Graph File Format", 1997): a list of `key value`
/// pairs, where a key is `[A-Za-z_][A-Za-z0-9_]*` and a value is an integer, a real (with a
/// decimal point or an exponent; `+INF`, `-INF`, `INF`, `NAN` in any case, as networkx and
/// igraph write them), a string in double quotes, or a nested list `[ ... ]`. Keys repeat
/// (`node [...] node [...]`); `#` starts a comment to the end of the line.
///
/// Strings have no backslash escapes: a `"` or `&` inside one, and (in files networkx
/// writes) every character outside printable ASCII, is an HTML character reference
/// (`&quot;`, `&amp;`, `&#1052;`, `&#x41C;`). Reading decodes numeric references, the XML
/// names and the ISO-8859-1 names (`&eacute;`); an unknown name is kept as written, as
/// networkx does. Raw UTF-8 (what igraph writes) and line breaks inside strings are kept.
/// Writing gives 7-bit ASCII that networkx accepts: `&quot;`, `&amp;`, and `&#N;` for the
/// rest (igraph does not decode numeric references, so non-ASCII text read by igraph stays
/// `&#N;`).
///
/// Nesting is bounded (`maximumDepth`), so a hostile file cannot exhaust the stack.
indirect enum GMLValue: Equatable {
    case integer(Int)
    case real(Double)
    case string(String)
    case list([GMLEntry])
}

/// One `key value` pair and where its key starts.
struct GMLEntry: Equatable {
    var key: String
    var value: GMLValue
    var line: Int
    var column: Int
}

struct GMLParser {
    static let maximumDepth = 64

    let bytes: [UInt8]
    let file: String
    var position: Int
    var line = 1
    var column = 1

    /// The top-level entries of `bytes` (after checking that they are UTF-8).
    static func parse(_ bytes: [UInt8], file: String) throws -> [GMLEntry] {
        let start = try InputFile.checkUTF8(bytes, file: file)
        var parser = GMLParser(bytes: bytes, file: file, position: start)
        return try parser.entries(depth: 0, openedAt: nil)
    }

    func error(_ line: Int, _ column: Int, _ message: String) -> InputError {
        InputError(SourceLocation(file: file, line: line, column: column), message)
    }

    /// The entries up to the `]` that closes the list opened at `openedAt` (or the end of the
    /// file at the top level).
    mutating func entries(depth: Int, openedAt: (line: Int, column: Int)?) throws -> [GMLEntry] {
        var list: [GMLEntry] = []
        while true {
            skipSpaceAndComments()
            let (keyLine, keyColumn) = (line, column)
            guard position < bytes.count else {
                if let opened = openedAt {
                    throw error(line, column, "expected ']' to close the list opened at line \(opened.line), column \(opened.column), found the end of the file")
                }
                return list
            }
            if bytes[position] == UInt8(ascii: "]") {
                guard openedAt != nil else { throw error(line, column, "expected a key, found ']' with no list open") }
                advance()
                return list
            }
            guard let key = readKey() else {
                throw error(line, column, "expected a key (a letter, then letters, digits or '_'), found \(describeHere())")
            }
            skipSpaceAndComments()
            let value = try readValue(after: key, depth: depth)
            list.append(GMLEntry(key: key, value: value, line: keyLine, column: keyColumn))
        }
    }

    mutating func readValue(after key: String, depth: Int) throws -> GMLValue {
        guard position < bytes.count else {
            throw error(line, column, "expected a value for key '\(key)', found the end of the file")
        }
        let (valueLine, valueColumn) = (line, column)
        switch bytes[position] {
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else {
                throw error(line, column, "expected at most \(Self.maximumDepth) nested lists, found deeper nesting")
            }
            advance()
            return .list(try entries(depth: depth + 1, openedAt: (valueLine, valueColumn)))
        case UInt8(ascii: "\""):
            return .string(try readString())
        default:
            if let number = readNumber() { return number }
            if let word = readKey() {
                switch word.lowercased() {
                case "inf", "infinity": return .real(.infinity)
                case "nan": return .real(.nan)
                default:
                    throw error(valueLine, valueColumn, "expected a value for key '\(key)' (an integer, a real, a string in double quotes or '['), found '\(word.abbreviated())'")
                }
            }
            throw error(line, column, "expected a value for key '\(key)' (an integer, a real, a string in double quotes or '['), found \(describeHere())")
        }
    }

    // MARK: Tokens

    mutating func advance() {
        let byte = bytes[position]
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        position += 1
    }

    mutating func skipSpaceAndComments() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: advance()
            case UInt8(ascii: "#"):
                while position < bytes.count && bytes[position] != 0x0A { advance() }
            default: return
            }
        }
    }

    static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_")
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    mutating func readKey() -> String? {
        guard position < bytes.count, Self.isLetter(bytes[position]) else { return nil }
        let start = position
        while position < bytes.count && (Self.isLetter(bytes[position]) || Self.isDigit(bytes[position])) { advance() }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// An integer or a real; nil (consuming nothing) when no number starts here.
    mutating func readNumber() -> GMLValue? {
        var end = position
        if end < bytes.count && (bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-")) { end += 1 }
        let signEnd = end
        // +INF / -INF
        if signEnd > position, let word = word(at: signEnd), ["inf", "infinity"].contains(word.lowercased()) {
            let negative = bytes[position] == UInt8(ascii: "-")
            while position < signEnd + word.utf8.count { advance() }
            return .real(negative ? -.infinity : .infinity)
        }
        var digits = 0, isReal = false
        while end < bytes.count && Self.isDigit(bytes[end]) { end += 1; digits += 1 }
        if end < bytes.count && bytes[end] == UInt8(ascii: ".") {
            isReal = true
            end += 1
            while end < bytes.count && Self.isDigit(bytes[end]) { end += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if end < bytes.count && (bytes[end] == UInt8(ascii: "e") || bytes[end] == UInt8(ascii: "E")) {
            var exponent = end + 1
            if exponent < bytes.count && (bytes[exponent] == UInt8(ascii: "+") || bytes[exponent] == UInt8(ascii: "-")) { exponent += 1 }
            if exponent < bytes.count && Self.isDigit(bytes[exponent]) {
                isReal = true
                end = exponent
                while end < bytes.count && Self.isDigit(bytes[end]) { end += 1 }
            }
        }
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        while position < end { advance() }
        if !isReal, let integer = Int(text) { return .integer(integer) }
        return .real(Double(text) ?? .nan)
    }

    func word(at offset: Int) -> String? {
        var end = offset
        while end < bytes.count && Self.isLetter(bytes[end]) { end += 1 }
        return end > offset ? String(decoding: bytes[offset..<end], as: UTF8.self) : nil
    }

    mutating func readString() throws -> String {
        let (startLine, startColumn) = (line, column)
        advance()
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: "\"") { advance() }
        guard position < bytes.count else {
            throw error(startLine, startColumn, "expected a closing '\"' for the string opened here, found the end of the file")
        }
        let raw = String(decoding: bytes[start..<position], as: UTF8.self)
        advance()
        return raw.utf8.contains(UInt8(ascii: "&")) ? GMLText.unescape(raw) : raw
    }

    func describeHere() -> String {
        guard position < bytes.count else { return "the end of the file" }
        let end = min(bytes.count, position + 20)
        let text = String(decoding: bytes[position..<end], as: UTF8.self).prefix { $0 != "\n" }
        return "'\(text)'"
    }
}

/// GML's text escaping: HTML character references.
enum GMLText {
    /// `text` with `"` and `&` as `&quot;` and `&amp;` (which networkx and igraph both
    /// decode) and every character outside printable ASCII as a decimal character reference
    /// (as networkx's `escape` writes it; igraph keeps those as written).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                out += "&quot;"
            } else if scalar == "&" {
                out += "&amp;"
            } else if scalar.value >= 0x20 && scalar.value <= 0x7E {
                out.unicodeScalars.append(scalar)
            } else {
                out += "&#\(scalar.value);"
            }
        }
        return out
    }

    /// `text` with numeric references, the XML entity names and the ISO-8859-1 names decoded.
    static func unescape(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let tail = rest[rest.index(after: ampersand)...]
            if let semicolon = tail.prefix(12).firstIndex(of: ";"),
               let scalar = reference(String(tail[..<semicolon])) {
                out.unicodeScalars.append(scalar)
                rest = tail[tail.index(after: semicolon)...]
            } else {
                out += "&"
                rest = tail
            }
        }
        return out + rest
    }

    static func reference(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            guard name.dropFirst(2).allSatisfy(\.isHexDigit) else { return nil }
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") {
            guard name.dropFirst().allSatisfy(\.isWholeNumber), name.dropFirst().allSatisfy(\.isASCII) else { return nil }
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        }
        switch name {
        case "quot": return "\""
        case "amp": return "&"
        case "apos": return "'"
        case "lt": return "<"
        case "gt": return ">"
        default:
            return latin1Names.firstIndex(of: name).flatMap { Unicode.Scalar(UInt32(0xA0 + $0)) }
        }
    }

    /// HTML's names for U+00A0 ... U+00FF, in code point order.
    static let latin1Names = """
    nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
    acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde \
    Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc \
    Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml \
    aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc \
    otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
    """.split(separator: " ").map(String.init)
}
