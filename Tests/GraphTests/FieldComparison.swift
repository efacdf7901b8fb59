import Graph

/// What the format-matrix test expects a format to keep. The names are the ones the CLI's
/// warning uses (`FormatCapabilities.Field`), written here again on purpose: the test's
/// expectations must not be read from the table they check.
enum Aspect: String, CaseIterable {
    case isolatedNodes = "nodes without agreements"
    case nodeLabel = "node label"
    case nodeType = "node type"
    case nodeCountry = "node country"
    case nodeWithin = "node within"
    case nodeAliases = "node aliases"
    case nodeAttributes = "node attributes"
    case positions = "node positions"
    case agreementID = "agreement id"
    case kind = "agreement kind"
    case date = "agreement date"
    case endDate = "agreement end_date"
    case status = "agreement status"
    case weight = "agreement weight"
    case direction = "agreement direction"
    case parallelAgreements = "parallel agreements"
    case provenance = "agreement provenance"
    case agreementAttributes = "agreement attributes"
    case attributeTypes = "attribute types"
    case wholeNumbersAmongDecimals = "whole-number weights among decimal ones"
    case sources = "source records"
    case metadata = "metadata"

    static let positionKeys: Set<String> = ["x", "y", "z"]
}

/// Compares a dataset read back with the one written, field by field, and words every
/// difference as `format: record 'id' field name: expected …, found …`. Fields the format is
/// documented to drop are not compared.
struct FieldComparison {
    let label: String
    let dropped: Set<Aspect>
    /// Every difference, worded; `field` groups them for `summary`.
    private(set) var differences: [(field: String, text: String)] = []
    var problems: [String] { differences.map(\.text) }

    init(label: String, dropped: Set<Aspect>) {
        self.label = label
        self.dropped = dropped
    }

    func keeps(_ aspect: Aspect) -> Bool { !dropped.contains(aspect) }

    mutating func problem(_ record: String, _ field: String, expected: String, found: String) {
        differences.append(("\(record.prefix { $0 != " " }) \(field)", "\(label): \(record) field \(field): expected \(expected), found \(found)"))
    }

    mutating func problem(_ text: String, field: String) {
        differences.append((field, "\(label): \(text)"))
    }

    /// The differences grouped by field, in order of first appearance: a broken writer
    /// differs in every record, so each group shows `examples` and counts the rest.
    func summary(examples: Int = 2) -> [String] {
        var order: [String] = [], groups: [String: [String]] = [:]
        for (field, text) in differences {
            if groups[field] == nil { order.append(field) }
            groups[field, default: []].append(text)
        }
        return order.flatMap { field -> [String] in
            let texts = groups[field]!
            let more = texts.count > examples ? ["\(label): … and \(texts.count - examples) more differences in \(field)"] : []
            return Array(texts.prefix(examples)) + more
        }
    }

    /// Compares one field; `aspect` nil means the field must survive in every format.
    mutating func check<T: Equatable>(_ aspect: Aspect?, _ record: String, _ field: String, _ expected: T?, _ found: T?) {
        guard aspect.map(keeps) ?? true, expected != found else { return }
        problem(record, field, expected: Self.show(expected), found: Self.show(found))
    }

    static func show<T>(_ value: T?) -> String {
        guard let value else { return "nothing" }
        if let v = value as? AttributeValue { return "\(v.type.rawValue) \(String(reflecting: v.description))" }
        if let d = value as? PartialDate { return "\(d) (\(d.precision.rawValue))" }
        return String(reflecting: value)
    }

    /// Typed values must be equal; where types are dropped (DOT) their text must be.
    func same(_ a: AttributeValue, _ b: AttributeValue) -> Bool {
        keeps(.attributeTypes) ? a == b : a.description == b.description
    }

    /// True when `found` is `expected`, a whole number, read as the same double (a CSV weight
    /// column typed as a whole: `3` among `2.5` is read as 3.0).
    static func widenedEqual(_ expected: AttributeValue?, _ found: AttributeValue?) -> Bool {
        if case .integer(let i)? = expected, case .double(let d)? = found { return Double(i) == d }
        return false
    }

    mutating func compareAttributes(_ record: String, _ expected: Attributes, _ found: Attributes, keys: (String) -> Bool) {
        for key in Set(expected.keys).union(found.keys).sorted() where keys(key) {
            switch (expected[key], found[key]) {
            case let (e?, f?) where same(e, f): continue
            case let (e, f): problem(record, key, expected: Self.show(e), found: Self.show(f))
            }
        }
    }

    mutating func compare(_ original: Dataset, _ read: Dataset) {
        if !read.readingFindings.isEmpty {
            problem("reading back reported \(read.readingFindings.map { "\($0)" })", field: "findings")
        }
        compareNodes(original, read)
        compareAgreements(original, read)
        if keeps(.sources) { compareSources(original.sources, read.sources) }
        if keeps(.metadata) { compareAttributes("metadata", original.metadata, read.metadata, keys: { _ in true }) }
    }

    mutating func compareNodes(_ original: Dataset, _ read: Dataset) {
        let found = Dictionary(read.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if found.count != read.nodes.count { problem("node ids repeat: \(read.nodes.map(\.id))", field: "node id") }
        let endpoints = Set(original.agreements.flatMap { [$0.from, $0.to] })
        let expectedIDs = keeps(.isolatedNodes) ? Set(original.nodes.map(\.id)) : endpoints
        for missing in expectedIDs.subtracting(found.keys).sorted() { problem("node '\(missing)' is missing", field: "node id") }
        for extra in Set(found.keys).subtracting(original.nodes.map(\.id)).sorted() { problem("node '\(extra)' is new", field: "node id") }
        for node in original.nodes {
            guard let r = found[node.id] else { continue }
            let record = "node '\(node.id)'"
            check(.nodeLabel, record, "label", node.label, r.label)
            check(.nodeType, record, "type", node.type, r.type)
            check(.nodeCountry, record, "country", node.country, r.country)
            check(.nodeWithin, record, "within", node.within, r.within)
            check(.nodeAliases, record, "aliases", node.aliases, r.aliases)
            let positions = Aspect.positionKeys, keepsAttributes = keeps(.nodeAttributes), keepsPositions = keeps(.positions)
            compareAttributes(record, node.attributes, r.attributes) {
                positions.contains($0) ? keepsPositions : keepsAttributes
            }
        }
    }

    mutating func compareAgreements(_ original: Dataset, _ read: Dataset) {
        if keeps(.parallelAgreements) && original.agreements.count != read.agreements.count {
            problem("expected \(original.agreements.count) agreements, found \(read.agreements.count)", field: "agreement count")
        }
        let byID = Dictionary(read.agreements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Without ids, an agreement matches the first unmatched one read with its endpoints and
        // direction (a format may group them, as Pajek writes arcs before edges), else the one
        // at its position.
        var unmatched = Array(read.agreements.indices)
        for (index, a) in original.agreements.enumerated() {
            var match = keeps(.agreementID) ? byID[a.id] : nil
            if !keeps(.agreementID) {
                let same = unmatched.firstIndex { i in
                    let r = read.agreements[i]
                    return r.from == a.from && r.to == a.to && r.directed == a.directed
                }
                let chosen = same ?? unmatched.firstIndex(of: index)
                if let chosen { match = read.agreements[unmatched.remove(at: chosen)] }
            }
            guard let r = match else { problem("agreement '\(a.id)' is missing", field: "agreement id"); continue }
            let record = "agreement '\(a.id)'"
            check(nil, record, "from", a.from, r.from)
            check(nil, record, "to", a.to, r.to)
            check(.kind, record, "kind", a.kind, r.kind)
            check(.date, record, "date", a.date, r.date)
            check(.endDate, record, "end_date", a.endDate, r.endDate)
            check(.status, record, "status", a.status, r.status)
            check(.direction, record, "directed", a.directed, r.directed)
            if keeps(.wholeNumbersAmongDecimals) || !Self.widenedEqual(a.weightValue, r.weightValue) {
                check(.weight, record, "weight", a.weightValue, r.weightValue)
            }
            check(.provenance, record, "source", a.provenance.source, r.provenance.source)
            check(.provenance, record, "locator", a.provenance.locator, r.provenance.locator)
            check(.provenance, record, "quote", a.provenance.quote, r.provenance.quote)
            check(.provenance, record, "url", a.provenance.url, r.provenance.url)
            if keeps(.agreementAttributes) { compareAttributes(record, a.attributes, r.attributes, keys: { _ in true }) }
        }
    }

    mutating func compareSources(_ original: [SourceRecord], _ read: [SourceRecord]) {
        let found = Dictionary(read.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if original.count != read.count { problem("expected \(original.count) source records, found \(read.count)", field: "sources") }
        for s in original {
            guard let r = found[s.id] else { problem("source '\(s.id)' is missing", field: "sources"); continue }
            let record = "source '\(s.id)'"
            check(.sources, record, "title", s.title, r.title)
            check(.sources, record, "author", s.author, r.author)
            check(.sources, record, "year", s.year, r.year)
            check(.sources, record, "publisher", s.publisher, r.publisher)
            check(.sources, record, "identifier", s.identifier, r.identifier)
            compareAttributes(record, s.attributes, r.attributes, keys: { _ in true })
        }
    }
}
