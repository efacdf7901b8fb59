import Graph

/// Compares a dataset read back from a writer's output with the dataset written, in what the
/// format carries (`FormatCapabilities.of`), and words each difference.
///
/// Always compared: the number of agreements and each agreement's endpoints (as a multiset,
/// in either order unless the agreement is directed and the format carries direction); the
/// node ids (all of them when the format carries nodes without agreements, else the
/// endpoints). Compared where carried: direction, agreement id, kind, dates, status, weight
/// (as a number; as a typed value where attribute types are carried), node label, type,
/// country, within, aliases and free attributes (typed, or as text where types are not
/// carried). Pajek's agreements come back renumbered, so ids are not compared there.
struct DatasetComparison {
    let format: GraphFormat
    let carries: FormatCapabilities
    /// Each difference with a short kind naming the field, for grouping findings.
    private(set) var differences: [(kind: String, text: String)] = []

    init(format: GraphFormat) {
        self.format = format
        self.carries = FormatCapabilities.of(format)
    }

    /// Attributes holding whole numbers in some records and decimals in others, which a
    /// format typing whole columns writes as decimals (`wholeNumbersAmongDecimalAttributes`):
    /// compared as numbers.
    private var widened: Set<String> = []

    mutating func compare(_ original: Dataset, _ back: Dataset) {
        if !carries.carries(.wholeNumbersAmongDecimalAttributes) {
            widened = Self.mixedNumberKeys(original.nodes.map(\.attributes)).union(Self.mixedNumberKeys(original.agreements.map(\.attributes)))
        }
        compareNodes(original, back)
        compareAgreements(original, back)
    }

    static func mixedNumberKeys(_ records: [Attributes]) -> Set<String> {
        var seen: [String: AttributeType] = [:], mixed = Set<String>()
        for attributes in records {
            for (key, value) in attributes where value.type == .integer || value.type == .double {
                if let first = seen[key], first != value.type { mixed.insert(key) }
                seen[key] = value.type
            }
        }
        return mixed
    }

    private mutating func differ(_ kind: String, _ text: String) {
        differences.append((kind, "\(kind): \(text)"))
    }

    private mutating func compareNodes(_ original: Dataset, _ back: Dataset) {
        let expected: [String]
        if carries.carries(.isolatedNodes) {
            expected = original.nodes.map(\.id)
        } else {
            var endpoints = Set<String>()
            for a in original.agreements { endpoints.insert(a.from); endpoints.insert(a.to) }
            expected = Array(endpoints)
        }
        guard expected.sorted() == back.nodes.map(\.id).sorted() else {
            return differ("node ids", "expected \(expected.count) \(Array(expected.sorted().prefix(5))), found \(back.nodes.count) \(Array(back.nodes.map(\.id).sorted().prefix(5)))")
        }
        let found = Dictionary(back.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for node in original.nodes {
            guard let other = found[node.id] else { continue }
            field(.nodeLabel, "node '\(node.id)' label", node.label, other.label)
            field(.nodeType, "node '\(node.id)' type", node.type?.rawValue, other.type?.rawValue)
            field(.nodeCountry, "node '\(node.id)' country", node.country, other.country)
            field(.nodeWithin, "node '\(node.id)' within", node.within, other.within)
            field(.nodeAliases, "node '\(node.id)' aliases", node.aliases, other.aliases)
            attributes("node '\(node.id)'", node.attributes, other.attributes, free: .nodeAttributes)
        }
    }

    private mutating func compareAgreements(_ original: Dataset, _ back: Dataset) {
        guard original.agreements.count == back.agreements.count else {
            return differ("agreement count", "expected \(original.agreements.count), found \(back.agreements.count)")
        }
        let pairs = zip(original.agreements.sorted(by: { key($0) < key($1) }), back.agreements.sorted(by: { key($0) < key($1) }))
        for (a, b) in pairs {
            guard key(a) == key(b) else {
                return differ("agreement endpoints", "expected \(show(a)), found \(show(b))")
            }
            let name = "agreement \(show(a))"
            if carries.carries(.agreementID) && format != .pajek { field(nil, "\(name) id", a.id, b.id) }
            field(.kind, "\(name) kind", a.kind?.rawValue, b.kind?.rawValue)
            field(.date, "\(name) date", a.date?.description, b.date?.description)
            field(.endDate, "\(name) end_date", a.endDate?.description, b.endDate?.description)
            field(.status, "\(name) status", a.status?.rawValue, b.status?.rawValue)
            field(.weight, "\(name) weight", a.weight.map(AttributeValue.format), b.weight.map(AttributeValue.format))
            if carries.carries(.attributeTypes) && carries.carries(.wholeNumbersAmongDecimals) {
                field(.weight, "\(name) weight type", a.weightValue?.type.rawValue, b.weightValue?.type.rawValue)
            }
            field(.provenance, "\(name) provenance", [a.provenance.source, a.provenance.locator, a.provenance.quote, a.provenance.url],
                  [b.provenance.source, b.provenance.locator, b.provenance.quote, b.provenance.url])
            attributes(name, a.attributes, b.attributes, free: .agreementAttributes)
        }
    }

    /// The sort key of an agreement: its endpoints (in order only when its direction counts),
    /// its direction, and (where carried) its id.
    private func key(_ a: Agreement) -> String {
        let ordered = a.directed && carries.carries(.direction)
        let ends = ordered ? [a.from, a.to] : [a.from, a.to].sorted()
        let id = carries.carries(.agreementID) && format != .pajek ? a.id : ""
        return ends.joined(separator: "\u{0}") + "\u{0}" + (ordered ? "->" : "--") + "\u{0}" + id
    }

    private func show(_ a: Agreement) -> String {
        "'\(a.from)' \(a.directed ? "->" : "--") '\(a.to)' (\(a.id))"
    }

    private mutating func field<T: Equatable>(_ aspect: FormatCapabilities.Field?, _ what: String, _ expected: T, _ found: T) {
        guard aspect.map(carries.carries) ?? true, expected != found else { return }
        differ(what.split(separator: " ").last.map(String.init) ?? what, "\(what): expected \(expected), found \(found)")
    }

    /// The layout's node and edge attributes: numbers whatever their type in the input, since
    /// GEXF's `viz:*` and GML's `graphics` hold them as doubles and DOT as text (the project's
    /// layout convention).
    static let layoutNumbers: Set<String> = ["x", "y", "z", "size", "thickness"]

    /// Free attributes: the same keys, each value the same as text, and of the same type where
    /// the format carries types (layout numbers: the same number). Positions count as node
    /// attributes here when carried.
    private mutating func attributes(_ record: String, _ expected: Attributes, _ found: Attributes, free: FormatCapabilities.Field) {
        guard carries.carries(free) else { return }
        let typed = carries.carries(.attributeTypes)
        func shown(_ attributes: Attributes) -> [String] {
            attributes.map { key, value in
                if Self.layoutNumbers.contains(key) || widened.contains(key), let number = value.numericValue ?? Double(value.description) {
                    return "\(key)=\(AttributeValue.format(number))"
                }
                return "\(key)=\(typed ? value.type.rawValue + ":" : "")\(value.description)"
            }.sorted()
        }
        let a = shown(expected), b = shown(found)
        guard a != b else { return }
        differ("\(free == .nodeAttributes ? "node" : "agreement") attributes", "\(record): expected \(a), found \(b)")
    }
}
