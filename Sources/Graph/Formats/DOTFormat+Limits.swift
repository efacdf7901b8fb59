/// The DOT writer's half of the DOT string length limit: a value whose DOT string would be
/// longer than `InputLimits.maxDOTStringBytes` is refused before anything is written, since
/// the DOT reader refuses it (Graphviz's scanner is quadratic in a string's length), so that
/// `convert -o x.dot` never writes a file that cannot be read back.
extension DOTFormat {
    /// Throws an `OutputError` at `file` naming the first node, agreement or graph attribute
    /// and the field whose DOT string is too long.
    public static func checkLengths(of dataset: Dataset, file: String) throws {
        func check(_ text: String, isName: Bool = false, field: String, of owner: String) throws {
            // Cheap test first: escaping a byte writes a few bytes at most (8 to be safe).
            guard text.utf8.count > InputLimits.maxDOTStringBytes / 8 else { return }
            let written = isName ? DOTText.id(text) : DOTText.quoted(text)
            let length = written.utf8.count - (written.hasPrefix("\"") ? 2 : 0)
            guard length > InputLimits.maxDOTStringBytes else { return }
            throw OutputError(SourceLocation(file: file),
                              "cannot write \(owner) to DOT: its \(field) is a DOT string of \(length) bytes, and DOT strings are limited to \(InputLimits.maxDOTStringBytes) bytes (the DOT string length limit, which the DOT reader enforces); write another format (GraphML, GEXF, JSON, a dataset folder)")
        }
        for (key, value) in dataset.metadata {
            try check(key, isName: true, field: "name", of: "the graph attribute '\(key.abbreviated())'")
            try check(value.description, field: "value", of: "the graph attribute '\(key.abbreviated())'")
        }
        for node in dataset.nodes {
            let owner = "node '\(node.id.abbreviated())'"
            try check(node.id, field: "id", of: owner)
            for (key, value) in RecordFields.values(of: node) {
                try check(key, isName: true, field: "attribute name '\(key.abbreviated())'", of: owner)
                try check(value.description, field: "field '\(key.abbreviated())'", of: owner)
            }
        }
        for agreement in dataset.agreements {
            let owner = "agreement '\(agreement.id.abbreviated())'"
            try check(agreement.id, field: "id", of: owner)
            try check(agreement.from, field: "'from' node id", of: owner)
            try check(agreement.to, field: "'to' node id", of: owner)
            for (key, value) in RecordFields.values(of: agreement) {
                try check(key, isName: true, field: "attribute name '\(key.abbreviated())'", of: owner)
                try check(value.description, field: "field '\(key.abbreviated())'", of: owner)
            }
        }
    }
}
