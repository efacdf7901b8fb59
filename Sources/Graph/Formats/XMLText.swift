/// XML escaping, the one home of it: the GraphML and GEXF writers (`XMLWriter`), the SVG
/// charts and HTML reports, and the HTML-like labels of Graphviz drawings (module Render).
///
/// Documents (GraphML, GEXF, SVG, HTML) get the XML 1.0 rules, so that `XMLReader`, expat and
/// Java parsers read every value back exactly; Graphviz labels get `htmlLabel`, which also
/// folds line breaks, since a label's lines are its table's rows.
public enum XMLText {
    /// Character data: `& < >` as entities, and `\r` as a reference because parsers turn a
    /// literal one into `\n`. Characters XML 1.0 cannot hold at all (most C0 controls) become
    /// U+FFFD, the one unavoidable loss.
    static func content(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// Attribute values: also quotes, and tabs and line ends as references, because parsers
    /// turn literal ones into spaces. Safe as element content too (SVG charts, HTML reports).
    public static func escaped(_ value: String) -> String {
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

    /// `value` with every character that XML 1.0 cannot hold, even as a reference (the C0
    /// controls other than tab, line feed and carriage return; U+FFFE, U+FFFF), replaced by
    /// U+FFFD. For text handed to a producer of XML that does not check (Graphviz's SVG
    /// renderer writes labels and tooltips with `& < > " '` escaped but controls raw).
    public static func xmlCharacters(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !XMLReader.isAllowed($0.value) }) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.map { XMLReader.isAllowed($0.value) ? $0 : "\u{FFFD}" }))
    }

    /// Text inside a Graphviz HTML-like label (`label=<...>`): the five XML characters as
    /// entities (Graphviz reads `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`), each line
    /// break as a space, characters XML cannot hold as U+FFFD (`xmlCharacters`), and each
    /// backslash doubled: Graphviz 2.42 still expands its escapes in the text of an HTML-like
    /// label (`\N` becomes the node's name, `\G` the graph's, `\E` nothing) and reads `\\` as
    /// one backslash (checked with `dot -Tsvg`: `<\\N>` shows `\N`, `<&#92;N>` the node's
    /// name). The counterpart of `DOTText.quotedLabel` for HTML labels.
    public static func htmlLabel(_ text: String) -> String {
        var out = ""
        for ch in xmlCharacters(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r\n", "\r": out += " "
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out
    }
}
