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
            text += ">" + XMLText.content(content) + "</" + name + ">\n"
        } else {
            text += "/>\n"
        }
    }

    /// Attributes whose value is nil are left out.
    private mutating func append(_ attributes: KeyValuePairs<String, String?>) {
        for (name, value) in attributes {
            guard let value else { continue }
            text += " " + name + "=\"" + XMLText.escaped(value) + "\""
        }
    }

    private mutating func indent() {
        text += String(repeating: "  ", count: open.count)
    }
}
