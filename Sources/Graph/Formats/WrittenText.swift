import Foundation

/// Every text a writer writes from a dataset, with the element it belongs to: the one walk
/// that writers which cannot carry some characters use to refuse them (an `OutputError`
/// naming the element and the value) instead of writing what would not read back.
///
/// Covered: metadata keys and values; node ids, labels, types, countries, `within`, aliases;
/// agreement ids, endpoints, kinds, statuses, provenance; source records' fields; every
/// attribute name and text value.
enum WrittenText {
    /// Calls `body` with each text and a description of its element (`node 'a'`).
    static func forEach(in dataset: Dataset, _ body: (String, () -> String) throws -> Void) rethrows {
        func attributes(_ attributes: Attributes, _ element: @escaping () -> String) throws {
            for (key, value) in attributes {
                try body(key, element)
                if case .string(let text) = value { try body(text, element) }
            }
        }
        for (key, value) in dataset.metadata {
            try body(key, { "graph attribute '\(key.abbreviated())'" })
            if case .string(let text) = value { try body(text, { "graph attribute '\(key.abbreviated())'" }) }
        }
        for node in dataset.nodes {
            let element = { "node '\(node.id.abbreviated().replacingNewlines())'" }
            for text in [node.id, node.label, node.type?.rawValue, node.country, node.within].compactMap({ $0 }) + node.aliases {
                try body(text, element)
            }
            try attributes(node.attributes, element)
        }
        for a in dataset.agreements {
            let element = { "agreement '\(a.id.abbreviated().replacingNewlines())'" }
            let p = a.provenance
            for text in [a.id, a.from, a.to, a.kind?.rawValue, a.status?.rawValue, p.source, p.locator, p.quote, p.url].compactMap({ $0 }) {
                try body(text, element)
            }
            try attributes(a.attributes, element)
        }
        for s in dataset.sources {
            let element = { "source '\(s.id.abbreviated().replacingNewlines())'" }
            for text in [s.id, s.title, s.author, s.publisher, s.identifier].compactMap({ $0 }) { try body(text, element) }
            try attributes(s.attributes, element)
        }
    }

    /// Refuses the first text holding a character XML 1.0 cannot hold (a C0 control other
    /// than tab, line feed and carriage return; U+FFFE, U+FFFF): GraphML and GEXF readers,
    /// networkx's and igraph's included, reject such a document, and no escape exists.
    static func refuseNonXML(_ dataset: Dataset, file: String, format: String) throws {
        try forEach(in: dataset) { text, element in
            guard let bad = text.unicodeScalars.first(where: { !XMLReader.isAllowed($0.value) }) else { return }
            throw OutputError(SourceLocation(file: file, element: element()),
                              "expected text XML 1.0 can hold, found '\(text.abbreviated().replacingNewlines())' with the control character U+\(String(format: "%04X", bad.value)), which no \(format) reader accepts; choose JSON or a dataset folder")
        }
    }
}

extension WrittenText {
    /// Refuses an attribute whose values differ in type from record to record, for formats
    /// that type a key as a whole (GraphML and GEXF keys, SQLite columns): a value of another
    /// type would read back as the key's type (`5` as "5"). Whole numbers beside decimals are
    /// no mixture: GraphML gives them two keys of one name (`long` and `double`, as networkx
    /// does) and reads each back exactly; GEXF and SQLite type the column `double`, so `1`
    /// comes back `1.0`, as pandas and the tables of `CSVTable.checkAttributes` widen it.
    static func refuseMixedTypes(_ dataset: Dataset, file: String, format: String) throws {
        func check<S: Sequence>(_ records: S) throws where S.Element == (String, Attributes) {
            var types: [String: (type: AttributeType, record: String)] = [:]
            for (record, attributes) in records {
                for (key, value) in attributes {
                    guard let first = types[key] else { types[key] = (value.type, record); continue }
                    if first.type != value.type, first.type.unified(with: value.type) != .double {
                        throw OutputError(SourceLocation(file: file, element: record),
                                          "expected every value of attribute '\(key.abbreviated().replacingNewlines())' to have one type (a \(format) key has one), found \(value.type.rawValue) here and \(first.type.rawValue) in \(first.record); choose JSON or GML, which type each value")
                    }
                }
            }
        }
        try check(dataset.nodes.lazy.map { ("node '\($0.id.abbreviated().replacingNewlines())'", $0.attributes) })
        try check(dataset.agreements.lazy.map { ("agreement '\($0.id.abbreviated().replacingNewlines())'", $0.attributes) })
        try check(dataset.sources.lazy.map { ("source '\($0.id.abbreviated().replacingNewlines())'", $0.attributes) })
    }
}
