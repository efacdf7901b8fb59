import XCTest
@testable import Graph

/// Round trips of seeded random datasets: awkward text everywhere, every attribute type,
/// dates of each precision, parallel edges, self-loops, mixed and uniform direction.
final class GeneratedRoundTripTests: XCTestCase {
    struct Generator {
        var state: UInt64
        /// Hostile text holds backslashes (DOT refuses most of them: see `DOTText.unwritable`).
        var backslashes = true
        /// Hostile text may be empty or blank (DOT refuses those: cgraph keeps no such value).
        var blanks = true

        mutating func int(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func chance(_ percent: Int) -> Bool { int(100) < percent }

        mutating func pick<T>(_ values: [T]) -> T { values[int(values.count)] }

        static let fragments = ["Минск", "上海", "a", "Z", ",", "\"", "'", "<", ">", "&", "&amp;", "\n", "\t", "\r\n", "\r",
                                " ", "é", "😀", "]]>", ";", "--", "<!--", "=", "\u{FFFD}", "نص", "1"]

        mutating func text(maximum: Int = 6) -> String {
            (0..<int(maximum + 1)).map { _ in pick(Self.fragments) }.joined()
        }

        mutating func word() -> String {
            (0..<1 + int(5)).map { _ in pick(["a", "b", "Ж", "字", "é", "x"]) }.joined()
        }

        mutating func maybe<T>(_ make: (inout Generator) -> T) -> T? {
            chance(60) ? make(&self) : nil
        }

        /// Each key has one type, so that the written column type is the value's own.
        static let keys: [(String, AttributeType)] = [
            ("population", .integer), ("area", .double), ("capital", .boolean), ("note", .string),
            ("名称", .string), ("with space", .double), ("x-y.z", .integer), ("1st", .boolean),
        ]

        mutating func attributes() -> Attributes {
            var attributes: Attributes = [:]
            for (key, type) in Self.keys where chance(40) {
                switch type {
                case .integer: attributes[key] = .integer(pick([0, -1, 42, Int.max, Int.min, 1_000_000]))
                case .double: attributes[key] = .double(pick([0.5, -2.25, 1e-7, 1e300, 3.0, .infinity, -.infinity, 0.1]))
                case .boolean: attributes[key] = .boolean(chance(50))
                case .string: attributes[key] = .string(text())
                }
            }
            return attributes
        }

        /// JSON, which carries the sources, has no infinities (they are written as text).
        static func finite(_ value: AttributeValue) -> AttributeValue {
            if case .double(let d) = value, !d.isFinite { return .double(1.5) }
            return value
        }

        mutating func date() -> PartialDate? {
            let year = 1 + int(9999)
            switch int(4) {
            case 0: return PartialDate(year: year)
            case 1: return PartialDate(year: year, month: 1 + int(12))
            case 2: return PartialDate(year: year, month: 1 + int(12), day: 1 + int(28))
            default: return nil
            }
        }

        mutating func dataset(directed: Bool?) -> Dataset {
            let ids = (0..<1 + int(8)).map { "n\($0)" + text(maximum: 2) }
            let nodes = ids.map { id in
                Node(id: id, label: chance(80) ? text() : nil, type: maybe { $0.pick(NodeType.known) },
                     country: maybe { $0.text(maximum: 2) }, within: maybe { $0.pick(ids) },
                     aliases: (0..<int(3)).map { _ in word() }, attributes: attributes())
            }
            let agreements = (0..<int(12)).map { index in
                Agreement(id: "e\(index)" + text(maximum: 1), from: pick(ids), to: pick(ids),
                          kind: maybe { $0.pick(AgreementKind.known + [AgreementKind(rawValue: "custom_kind")]) },
                          date: date(), status: maybe { $0.pick(AgreementStatus.known) },
                          directed: directed ?? chance(50), weight: maybe { $0.pick([1.0, 0.5, -3.0, 2e-9]) },
                          provenance: Provenance(source: maybe { $0.word() }, locator: maybe { $0.text() },
                                                 quote: maybe { $0.text() }, url: maybe { $0.text() }),
                          attributes: attributes())
            }
            let sources = (0..<int(3)).map { index in
                SourceRecord(id: "s\(index)" + text(maximum: 2), title: maybe { $0.text() }, author: maybe { $0.text() },
                             year: maybe { 1900 + $0.int(200) }, publisher: maybe { $0.text() },
                             identifier: maybe { $0.text() }, attributes: attributes().mapValues(Self.finite))
            }
            var metadata = attributes()
            if chance(50) { metadata["description"] = .string(text()) }
            return Dataset(nodes: nodes, agreements: agreements, sources: sources, metadata: metadata)
        }
    }

    /// Every other dataset has integer weights only (kept integers), the others doubles.
    static func withIntegerWeights(_ dataset: Dataset, round: Int) -> Dataset {
        guard round % 2 == 1 else { return dataset }
        var dataset = dataset
        for i in dataset.agreements.indices where dataset.agreements[i].weightValue != nil {
            dataset.agreements[i].weightValue = .integer([0, -3, 7, Int.max, Int.min][i % 5])
        }
        return dataset
    }

    /// JSON has no infinities: the generator's infinite doubles become finite ones.
    static func finite(_ dataset: Dataset) -> Dataset {
        var dataset = dataset
        for i in dataset.nodes.indices { dataset.nodes[i].attributes = dataset.nodes[i].attributes.mapValues(Generator.finite) }
        for i in dataset.agreements.indices {
            dataset.agreements[i].attributes = dataset.agreements[i].attributes.mapValues(Generator.finite)
        }
        dataset.metadata = dataset.metadata.mapValues(Generator.finite)
        return dataset
    }

    func testNodeLinkJSONRoundTripsGeneratedDatasets() throws {
        var generator = Generator(state: 1990)
        for round in 0..<300 {
            let dataset = Self.finite(Self.withIntegerWeights(generator.dataset(directed: [nil, true, false][round % 3]), round: round))
            let text = NodeLinkJSON.write(dataset)
            let read = try NodeLinkJSON.read(Array(text.utf8), file: "generated.json")
            XCTAssertEqual(read.readingFindings, [], "round \(round)")
            XCTAssertEqual(read.nodes, dataset.nodes, "round \(round) nodes")
            XCTAssertEqual(read.agreements, dataset.agreements, "round \(round) agreements")
            XCTAssertEqual(read.sources, dataset.sources, "round \(round) sources")
            XCTAssertEqual(read.metadata, dataset.metadata, "round \(round) metadata")
            if read != dataset { return }
        }
    }

    func testGraphMLRoundTripsGeneratedDatasets() throws {
        var generator = Generator(state: 2026)
        for round in 0..<300 {
            let dataset = Self.withIntegerWeights(generator.dataset(directed: [nil, true, false][round % 3]), round: round)
            let text = GraphMLFormat.write(dataset)
            let read = try GraphMLFormat.read(Array(text.utf8), file: "generated.graphml")
            XCTAssertEqual(read.nodes, dataset.nodes, "round \(round) nodes")
            XCTAssertEqual(read.agreements, dataset.agreements, "round \(round) agreements")
            XCTAssertEqual(read.sources, dataset.sources, "round \(round) sources")
            XCTAssertEqual(read.metadata, dataset.metadata, "round \(round) metadata")
            XCTAssertEqual(read, dataset, "round \(round):\n\(text)")
            if read != dataset { return }
        }
    }

    func testGEXFRoundTripsGeneratedDatasetsWithoutSourcesAndMetadata() throws {
        var generator = Generator(state: 1813)
        for round in 0..<300 {
            let dataset = generator.dataset(directed: [nil, true, false][round % 3])
            let version = GEXFVersion.allCases[round % 2]
            let text = GEXFFormat.write(dataset, version: version)
            let read = try GEXFFormat.read(Array(text.utf8), file: "generated.gexf")
            XCTAssertEqual(read.nodes, dataset.nodes, "round \(round):\n\(text)")
            XCTAssertEqual(read.agreements, dataset.agreements, "round \(round):\n\(text)")
            XCTAssertEqual(read.metadata["description"], dataset.metadata["description"])
            if read.nodes != dataset.nodes || read.agreements != dataset.agreements { return }
        }
    }
}

/// Hostile datasets for the writer round trips (WriterRoundTripTests): ids, labels, values and
/// attribute names built from the characters and words that break writers — quotes,
/// backslashes, every whitespace and control character but NUL, delimiters, comment signs,
/// bidirectional marks, a byte order mark, the reserved words of every format, names that
/// collide with model fields or read as typed columns, and numbers in disguise.
extension GeneratedRoundTripTests.Generator {
    static let hostileFragments: [String] = [
        "\"", "'", "\\", "\\\\", "\\\"", " ", "\t", "\n", "\r", "\r\n", ",", ";", "#", "%", ":", "=", "{", "}", "[", "]",
        "<", ">", "&", "--", "->", "*", "\u{200F}", "\u{202E}", "\u{FEFF}", "\u{00A0}", "\u{2028}", "é", "Ж", "字", "😀", "a", "Z", "0", "1", "-", ".", "e",
        "None", "null", "True",
    ]

    /// C0 controls but NUL, tab, line feed and carriage return: XML cannot hold them, so they
    /// are rare enough here that the XML writers still write most datasets.
    static let controlCharacters: [String] = ["\u{0001}", "\u{0007}", "\u{000B}", "\u{000C}", "\u{001B}", "\u{001F}"]

    static let hostileWords: [String] = [
        "from", "to", "id", "label", "kind", "date", "weight", "directed", "graph", "node", "edge", "strict", "digraph",
        "subgraph", "key", "type", "source", "target", "Source", "Target", "Type", "Id", "Label", "Weight", "within",
        "aliases", "country", "status", "end_date", "locator", "quote", "url", "from:int", "label:double", "x:string",
        "name", "1", "01", "1.0", "-0", "1e3", "nan", "inf", "-inf", "true", "None", "*Vertices", "creator",
    ]

    /// A hostile piece of text; `nonEmpty` keeps it from being empty.
    mutating func hostileText(maximum: Int = 4, nonEmpty: Bool = false) -> String {
        if chance(30) { return pick(Self.hostileWords) }
        let count = int(maximum + 1)
        let text = (0..<count).map { _ in
            chance(1) ? pick(Self.controlCharacters) : chance(70) ? pick(Self.hostileFragments) : pick(Self.hostileWords)
        }.joined()
        if !blanks && text.trimmingWhitespace().isEmpty { return pick(Self.hostileWords) + text }
        if !backslashes && text.contains("\\") { return text.replacingOccurrences(of: "\\", with: "/") }
        return nonEmpty && text.isEmpty ? pick(Self.hostileWords) : text
    }

    /// Attribute names: hostile text, one type per name within a dataset. A record's free
    /// attributes never take the name of one of its own fields (readers fill the field), so
    /// `reserved` names are left out; every other reserved word of any format may appear.
    mutating func hostileKeys(excluding reserved: Set<String> = []) -> [(String, AttributeType)] {
        var keys: [String: AttributeType] = [:]
        for _ in 0..<int(5) {
            let key = chance(10) ? "" : hostileText(maximum: 3)
            if !reserved.contains(key) { keys[key] = pick(AttributeType.allCases) }
        }
        return keys.sorted { $0.key < $1.key }
    }

    static let nodeFieldNames: Set<String> = ["id", "label", "type", "country", "within", "aliases"]
    static let agreementFieldNames = Set(["id", "from", "to"] + RecordFields.agreement.map(\.name))
    static let sourceFieldNames: Set<String> = ["id", "title", "author", "year", "publisher", "identifier"]

    /// An alias as readers hand it over: trimmed, not empty, without the `;` that separates aliases.
    mutating func hostileAlias() -> String {
        let alias = hostileText(maximum: 2, nonEmpty: true).replacingOccurrences(of: ";", with: "").trimmingWhitespace()
        return alias.isEmpty ? "alias" : alias
    }

    mutating func hostileAttributes(_ keys: [(String, AttributeType)]) -> Attributes {
        var attributes: Attributes = [:]
        for (key, type) in keys where chance(60) {
            switch type {
            case .integer: attributes[key] = .integer(pick([0, -1, 7, Int.max, Int.min, 1000]))
            case .double: attributes[key] = .double(pick([0.5, -0.0, 1e-7, 1e300, 3.0, -2.5]))
            case .boolean: attributes[key] = .boolean(chance(50))
            case .string: attributes[key] = .string(hostileText())
            }
        }
        return attributes
    }

    /// A dataset that a reader could have produced: unique non-empty node ids, endpoints among
    /// them, hostile everything else.
    mutating func hostileDataset() -> Dataset {
        var ids: [String] = []
        for _ in 0..<1 + int(6) {
            let id = hostileText(maximum: 3, nonEmpty: true)
            if !ids.contains(id) { ids.append(id) }
        }
        let nodeKeys = hostileKeys(excluding: Self.nodeFieldNames), agreementKeys = hostileKeys(excluding: Self.agreementFieldNames)
        let sourceKeys = hostileKeys(excluding: Self.sourceFieldNames)
        let nodes = ids.map { id in
            Node(id: id, label: chance(70) ? hostileText() : nil,
                 type: maybe { $0.chance(50) ? $0.pick(NodeType.known) : NodeType(parsing: $0.hostileText(nonEmpty: true)) },
                 country: chance(30) ? hostileText(nonEmpty: true) : nil, within: chance(20) ? pick(ids) : nil,
                 aliases: (0..<int(3)).map { _ in hostileAlias() }, attributes: hostileAttributes(nodeKeys))
        }
        var agreementIDs: [String] = []
        for index in 0..<int(9) {
            agreementIDs.append(chance(50) ? Agreement.defaultID(index) : hostileText(maximum: 3, nonEmpty: true))
        }
        let agreements = agreementIDs.map { id in
            Agreement(id: id, from: pick(ids), to: pick(ids),
                      kind: maybe { $0.chance(50) ? $0.pick(AgreementKind.known) : AgreementKind(parsing: $0.hostileText(nonEmpty: true)) },
                      date: date(), status: maybe { $0.chance(50) ? $0.pick(AgreementStatus.known) : AgreementStatus(parsing: $0.hostileText(nonEmpty: true)) },
                      directed: chance(50), weight: nil,
                      provenance: Provenance(source: chance(30) ? hostileText(nonEmpty: true) : nil,
                                             locator: chance(30) ? hostileText(nonEmpty: true) : nil,
                                             quote: chance(30) ? hostileText(nonEmpty: true) : nil,
                                             url: chance(30) ? hostileText(nonEmpty: true) : nil),
                      attributes: hostileAttributes(agreementKeys))
        }
        var dataset = Dataset(nodes: nodes, agreements: agreements)
        // Vocabulary values as a reader hands them over: folded, never empty.
        for i in dataset.nodes.indices where dataset.nodes[i].type?.rawValue.isEmpty == true { dataset.nodes[i].type = nil }
        for i in dataset.agreements.indices {
            if dataset.agreements[i].kind?.rawValue.isEmpty == true { dataset.agreements[i].kind = nil }
            if dataset.agreements[i].status?.rawValue.isEmpty == true { dataset.agreements[i].status = nil }
        }
        for i in dataset.agreements.indices where chance(40) {
            dataset.agreements[i].weightValue = chance(50) ? .integer(pick([0, 1, -3, 12])) : .double(pick([0.5, 2.25, -1.5]))
        }
        for i in dataset.agreements.indices where chance(20) { dataset.agreements[i].endDate = date() }
        dataset.sources = (0..<int(3)).map { _ in
            SourceRecord(id: hostileText(maximum: 3, nonEmpty: true), title: chance(50) ? hostileText(nonEmpty: true) : nil,
                         year: chance(30) ? 1900 + int(200) : nil, attributes: hostileAttributes(sourceKeys))
        }
        dataset.metadata = hostileAttributes(hostileKeys())
        return dataset
    }
}
