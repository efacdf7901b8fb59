/// Builds an indented XML document as text, escaping so that `XMLReader` (and expat, which
/// networkx uses, and Java parsers, which Gephi and yEd use) read every value back exactly.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// `<name a="v">`, one level deeper.
    mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        indent()
        text += "<" + name
        append(attributes)
        text += ">\n"
        open.append(name)
    }

    mutating func end() {
        let name = open.removeLast()
        indent()
        text += "</" + name + ">\n"
    }

    /// `<name a="v"/>`, or `<name a="v">content</name>` when `content` is given.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], content: String? = nil) {
        indent()
        text += "<" + name
        append(attributes)
        if let content {
            text += ">" + XMLWriter.escapeText(content) + "</" + name + ">\n"
        } else {
            text += "/>\n"
        }
    }

    /// Attributes whose value is nil are left out.
    private mutating func append(_ attributes: KeyValuePairs<String, String?>) {
        for (name, value) in attributes {
            guard let value else { continue }
            text += " " + name + "=\"" + XMLWriter.escapeAttribute(value) + "\""
        }
    }

    private mutating func indent() {
        text += String(repeating: "  ", count: open.count)
    }

    /// Character data: `& < >` as entities, and `\r` as a reference because parsers turn a
    /// literal one into `\n`. Characters XML 1.0 cannot hold at all (most C0 controls) become
    /// U+FFFD, the one unavoidable loss.
    static func escapeText(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// Attribute values: also quotes, and tabs and line ends as references, because parsers
    /// turn literal ones into spaces.
    static func escapeAttribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        if !value.utf8.contains(where: { needsEscape($0, inAttribute: inAttribute) }) { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(XMLReader.isAllowed(scalar.value) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    private static func needsEscape(_ b: UInt8, inAttribute: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\r"): return true
        case UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\t"): return inAttribute
        case 0xEF: return true  // may start U+FFFE or U+FFFF, which XML forbids
        default: return b < 0x20 && b != UInt8(ascii: "\n") && b != UInt8(ascii: "\t")
        }
    }
}

/// XML escaping for other writers (SVG charts, HTML reports): the same rules as GraphML and
/// GEXF, safe both as element content and inside a double-quoted attribute.
public enum XMLText {
    public static func escaped(_ text: String) -> String {
        XMLWriter.escapeAttribute(text)
    }
}
