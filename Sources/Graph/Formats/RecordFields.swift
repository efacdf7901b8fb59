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
        ("kind", .string), ("date", .string), ("end_date", .string), ("status", .string), ("directed", .boolean),
        ("weight", .double),
        ("source", .string), ("locator", .string), ("quote", .string), ("url", .string),
    ]

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
        if let end = agreement.endDate { values["end_date"] = .string(end.description) }
        if let status = agreement.status { values["status"] = .string(status.rawValue) }
        values["directed"] = .boolean(agreement.directed)
        if let weight = agreement.weightValue { values["weight"] = weight }
        let provenance = agreement.provenance
        if let source = provenance.source { values["source"] = .string(source) }
        if let locator = provenance.locator { values["locator"] = .string(locator) }
        if let quote = provenance.quote { values["quote"] = .string(quote) }
        if let url = provenance.url { values["url"] = .string(url) }
        return values
    }

    /// A node from its id and named values; the label falls back to `fallbackLabel`, then the id.
    /// Reserved names fill their field; every other name is a free attribute.
    static func node(id: String, values: FieldValues, fallbackLabel: String? = nil) -> Node {
        var node = Node(id: id, label: values["label"]?.description ?? fallbackLabel)
        for (name, value) in values {
            switch name {
            case "label": break
            case "type": node.type = vocabulary(value.description)
            case "country": node.country = value.description
            // A reference: empty is none (igraph writes "" for a missing string, as CSV leaves a cell empty).
            case "within": node.within = value.description.isEmpty ? nil : value.description
            case "aliases":
                node.aliases = value.description.split(separator: ";").map { String($0).trimmingWhitespace() }
                    .filter { !$0.isEmpty }
            default: node.attributes[name] = value
            }
        }
        return node
    }

    /// An agreement from its endpoints and named values. `directed` is the graph's default,
    /// which a `directed` value overrides. Reserved names fill their field; a value that does
    /// not parse as its field (a date that is not one, a weight that is not a number) is an
    /// error finding at `location`, never a silent attribute.
    static func agreement(id: String, from: String, to: String, directed: Bool,
                          values: FieldValues, at location: SourceLocation, findings: inout [Finding]) -> Agreement {
        var agreement = Agreement(id: id, from: from, to: to, directed: directed)
        for (name, value) in values {
            switch name {
            case "kind": agreement.kind = vocabulary(value.description)
            case "status": agreement.status = vocabulary(value.description)
            case "date", "end_date":
                let text = value.description
                guard !text.isEmpty else { continue }
                if let parsed = date(text) {
                    if name == "date" { agreement.date = parsed } else { agreement.endDate = parsed }
                } else {
                    findings.append(Finding(.error, location.field(name), "expected \(name) as YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.abbreviated())'"))
                }
            case "directed":
                if case .boolean(let flag) = value {
                    agreement.directed = flag
                } else if case .boolean(let flag)? = parse(value.description, as: .boolean) {
                    agreement.directed = flag
                } else {
                    findings.append(Finding(.error, location.field(name), "expected directed as true or false, found '\(value.description.abbreviated())'"))
                }
            case "weight":
                if let weight = weightValue(value) {
                    agreement.weightValue = weight
                } else if !value.description.isEmpty {
                    findings.append(Finding(.error, location.field(name), "expected weight as a finite number, found '\(value.description.abbreviated())'"))
                }
            // A reference to a source record: empty is none, as for `within`.
            case "source": agreement.provenance.source = value.description.isEmpty ? nil : value.description
            case "locator": agreement.provenance.locator = value.description
            case "quote": agreement.provenance.quote = value.description
            case "url": agreement.provenance.url = value.description
            default: agreement.attributes[name] = value
            }
        }
        return agreement
    }

    /// A weight as read: integers stay integers; text is read as a number (a whole number as an
    /// integer); nil when the value is not a finite number.
    static func weightValue(_ value: AttributeValue) -> AttributeValue? {
        switch value {
        case .integer: return value
        case .double(let d): return d.isFinite ? value : nil
        case .boolean: return nil
        case .string(let text):
            // A plain number needs no trimming (Foundation's trimming dominates a 1M-edge read).
            if let i = Int(text) { return .integer(i) }
            if let d = Double(text), d.isFinite, text.utf8.allSatisfy({ $0 < 0x80 && !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }) {
                return .double(d)
            }
            let trimmed = text.trimmingWhitespace()
            if let i = Int(trimmed) { return .integer(i) }
            if case .double(let d)? = AttributeType.double.parse(trimmed), d.isFinite { return .double(d) }
            return nil
        }
    }

    // MARK: Fast paths
    // A million-edge file parses a few values per edge; the general parsers trim and fold
    // case through Foundation, which costs more than the whole XML scan. These give the same
    // results and fall back to the general parsers for anything unusual.

    /// `AttributeType.parse`, without trimming when the text is already clean.
    static func parse(_ text: String, as type: AttributeType) -> AttributeValue? {
        switch type {
        case .string: return .string(text)
        case .integer: if let value = Int(text) { return .integer(value) }
        case .double: if let value = Double(text), value.isFinite { return .double(value) }
        case .boolean:
            if text == "true" { return .boolean(true) }
            if text == "false" { return .boolean(false) }
        }
        return type.parse(text)
    }

    /// `PartialDate(text)` for `YYYY`, `YYYY-MM`, `YYYY-MM-DD` without surrounding space.
    static func date(_ text: String) -> PartialDate? {
        let count = text.utf8.count
        guard count == 4 || count == 7 || count == 10 else { return PartialDate(text) }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> PartialDate? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    guard bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4) else { return nil }
            if count == 4 { return PartialDate(year: year) }
            guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7) else { return nil }
            if count == 7 { return PartialDate(year: year, month: month) }
            guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return nil }
            return PartialDate(year: year, month: month, day: day)
        } ?? PartialDate(text)
    }

    /// `V(parsing:)`, skipping the folding when the text is already a folded value; nil for "".
    static func vocabulary<V: Vocabulary>(_ text: String) -> V? {
        if text.isEmpty { return nil }
        let folded = text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "_")
                || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
        }
        return folded ? V(rawValue: text) : V.parsed(text)
    }

    /// Declared types for the fields in use and the free attributes, fields first. A free
    /// attribute with a field's name, or with a name in `alsoReserved` (names the format
    /// itself uses, such as GraphML's `id`), gets no column: no key is ever written twice.
    static func columns(fields: [(name: String, type: AttributeType)], used: Set<String>,
                        attributes: [(key: String, type: AttributeType)],
                        alsoReserved: Set<String> = []) -> [(name: String, type: AttributeType)] {
        let reserved = Set(fields.map(\.name)).union(alsoReserved)
        return fields.filter { used.contains($0.name) }
            + attributes.filter { !reserved.contains($0.key) }.map { ($0.key, $0.type) }
    }

    /// The declared type of the `weight` column: `.integer` when every weight given is an
    /// integer (so an integer weight stays one), else `.double`. (`agreement` lists `.double`.)
    static func weightType<S: Sequence>(of agreements: S) -> AttributeType where S.Element == Agreement {
        for agreement in agreements {
            if case .double? = agreement.weightValue { return .double }
        }
        return .integer
    }
}

/// A node, edge or graph whose data is being collected (by the GraphML and GEXF readers);
/// built when its element ends.
struct PendingRecord {
    enum Kind: String { case graph, node, edge }
    var kind: Kind
    var index = 0
    var directed = false
    var values = FieldValues()
    var graphicsLabel: String?
    /// GEXF: the edge's `kind` XML attribute, used when no `kind` attvalue says otherwise.
    var fallbackKind: String?
    /// GEXF: names already given by an attvalue.
    var attvalueNames: Set<String> = []
}

/// The named values of one record as read, each name once, in the order first set.
///
/// Setting, reading and removing a value cost O(1) whatever the record's size (a GraphML
/// node with 100,000 `<data>` reads in linear time): most records have a handful of values,
/// found by a scan of at most `scanLimit` names; past that, a dictionary of positions is
/// built and kept. A removed value leaves a hole (nil) so that positions stay valid.
struct FieldValues: Sequence {
    private var slots: [(name: String, value: AttributeValue)?] = []
    private var positions: [String: Int]?
    private static let scanLimit = 16

    private func position(of name: String) -> Int? {
        if let positions { return positions[name] }
        return slots.firstIndex { $0?.name == name }
    }

    subscript(name: String) -> AttributeValue? {
        get { position(of: name).flatMap { slots[$0]?.value } }
        set {
            switch (position(of: name), newValue) {
            case (let i?, let value?): slots[i]?.value = value
            case (let i?, nil): slots[i] = nil; positions?[name] = nil
            case (nil, let value?):
                positions?[name] = slots.count
                slots.append((name, value))
                if positions == nil && slots.count > Self.scanLimit {
                    var index: [String: Int] = [:]
                    for (i, slot) in slots.enumerated() { if let slot { index[slot.name] = i } }
                    positions = index
                }
            case (nil, nil): break
            }
        }
    }

    func makeIterator() -> IndexingIterator<[(name: String, value: AttributeValue)]> {
        slots.compactMap { $0 }.makeIterator()
    }
}

extension AttributeValue {
    /// The value as text for a column of `type`: an integer in a double column is written as
    /// a double, any value in a string column as its text.
    func columnText(as type: AttributeType) -> String {
        switch (self, type) {
        case (.integer(let i), .double): return AttributeValue.format(Double(i))
        default: return description
        }
    }
}

extension AttributeType {
    /// The type's name in GraphML `attr.type` and GEXF `type` alike (`long` for integers:
    /// Swift's Int has 64 bits).
    var xmlTypeName: String {
        switch self {
        case .string: return "string"
        case .integer: return "long"
        case .double: return "double"
        case .boolean: return "boolean"
        }
    }
}
