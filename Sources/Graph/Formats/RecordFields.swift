/// The named fields of nodes and agreements as the XML formats carry them: one typed value per
/// name, with the same names as the native CSV columns, so that every format round-trips.
///
/// Names not listed here are free attributes. GraphML and GEXF share this mapping.
enum RecordFields {
    /// Node fields, in the order they are written.
    static let node: [(name: String, type: AttributeType)] = [
        ("label", .string), ("type", .string), ("country", .string), ("within", .string), ("aliases", .string),
    ]

    /// Agreement fields, in the order they are written.
    static let agreement: [(name: String, type: AttributeType)] = [
        ("kind", .string), ("date", .string), ("status", .string), ("directed", .boolean), ("weight", .double),
        ("source", .string), ("locator", .string), ("quote", .string), ("url", .string),
    ]

    /// Where an unparseable `date` is kept, so that validation can report it and nothing is lost.
    static let rawDate = "date_raw"

    /// The node's fields that are set, then its free attributes.
    static func values(of node: Node) -> [String: AttributeValue] {
        var values = node.attributes
        values["label"] = .string(node.label)
        if let type = node.type { values["type"] = .string(type.rawValue) }
        if let country = node.country { values["country"] = .string(country) }
        if let within = node.within { values["within"] = .string(within) }
        if !node.aliases.isEmpty { values["aliases"] = .string(node.aliases.joined(separator: ";")) }
        return values
    }

    /// The agreement's fields that are set (`directed` always), then its free attributes.
    static func values(of agreement: Agreement) -> [String: AttributeValue] {
        var values = agreement.attributes
        if let kind = agreement.kind { values["kind"] = .string(kind.rawValue) }
        if let date = agreement.date { values["date"] = .string(date.description) }
        if let status = agreement.status { values["status"] = .string(status.rawValue) }
        values["directed"] = .boolean(agreement.directed)
        if let weight = agreement.weight { values["weight"] = .double(weight) }
        let provenance = agreement.provenance
        if let source = provenance.source { values["source"] = .string(source) }
        if let locator = provenance.locator { values["locator"] = .string(locator) }
        if let quote = provenance.quote { values["quote"] = .string(quote) }
        if let url = provenance.url { values["url"] = .string(url) }
        return values
    }

    /// A node from its id and named values; the label falls back to `fallbackLabel`, then the id.
    static func node(id: String, values: [String: AttributeValue], fallbackLabel: String? = nil) -> Node {
        var node = Node(id: id, label: values["label"]?.description ?? fallbackLabel)
        for (name, value) in values {
            let text = value.description
            switch name {
            case "label": break
            case "type": node.type = text.isEmpty ? nil : NodeType(parsing: text)
            case "country": node.country = text
            case "within": node.within = text
            case "aliases":
                node.aliases = text.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            default: node.attributes[name] = value
            }
        }
        return node
    }

    /// An agreement from its endpoints and named values. `directed` is the graph's default,
    /// which a `directed` value overrides.
    static func agreement(id: String, from: String, to: String, directed: Bool,
                          values: [String: AttributeValue]) -> Agreement {
        var agreement = Agreement(id: id, from: from, to: to, directed: directed)
        for (name, value) in values {
            let text = value.description
            switch name {
            case "kind": agreement.kind = text.isEmpty ? nil : AgreementKind(parsing: text)
            case "status": agreement.status = text.isEmpty ? nil : AgreementStatus(parsing: text)
            case "date":
                if let date = PartialDate(text) {
                    agreement.date = date
                } else if !text.isEmpty {
                    agreement.attributes[rawDate] = .string(text)
                }
            case "directed":
                if case .boolean(let flag)? = AttributeType.boolean.parse(text) {
                    agreement.directed = flag
                } else {
                    agreement.attributes[name] = value
                }
            case "weight":
                if let weight = value.numericValue ?? AttributeType.double.parse(text)?.numericValue {
                    agreement.weight = weight
                } else {
                    agreement.attributes[name] = value
                }
            case "source": agreement.provenance.source = text
            case "locator": agreement.provenance.locator = text
            case "quote": agreement.provenance.quote = text
            case "url": agreement.provenance.url = text
            default: agreement.attributes[name] = value
            }
        }
        return agreement
    }

    /// Declared types for the fields in use and the free attributes, fields first.
    static func columns(fields: [(name: String, type: AttributeType)], used: Set<String>,
                        attributes: [(key: String, type: AttributeType)]) -> [(name: String, type: AttributeType)] {
        let reserved = Set(fields.map(\.name))
        return fields.filter { used.contains($0.name) }
            + attributes.filter { !reserved.contains($0.key) }.map { ($0.key, $0.type) }
    }
}

extension AttributeValue {
    /// The value as text for a column of `type`: an integer in a double column is written as
    /// a double, any value in a string column as its text.
    func text(as type: AttributeType) -> String {
        switch (self, type) {
        case (.integer(let i), .double): return AttributeValue.format(Double(i))
        default: return description
        }
    }
}
