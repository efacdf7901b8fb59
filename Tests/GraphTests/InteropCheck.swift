import Graph

/// Compares what Twinning reads back after a tool's round trip with what Twinning wrote:
/// counts, the origin and destination of every directed agreement, and typed values as far as
/// the row says the tool keeps them. Differences are worded `tool format: record field: …`.
struct InteropCheck {
    typealias Row = InteropRoundTripTests.Row
    typealias Outcome = InteropRoundTripTests.Outcome

    let label: String
    let row: Row
    private(set) var all: [String] = []

    /// The first differences and how many more (a broken round trip differs everywhere).
    var problems: [String] {
        all.count <= 10 ? all : Array(all.prefix(10)) + ["\(label): … and \(all.count - 10) more differences"]
    }

    init(label: String, row: Row) {
        self.label = label
        self.row = row
    }

    mutating func problem(_ text: String) { all.append("\(label): \(text)") }

    mutating func compare(_ original: Dataset, _ read: Dataset) {
        if original.agreements.count != read.agreements.count {
            problem("expected \(original.agreements.count) agreements, found \(read.agreements.count)")
        }
        let readIDs = Set(read.nodes.map(\.id))
        let expectedIDs = Set((row.keepsNodeList ? original.nodes.map(\.id) : original.agreements.flatMap { [$0.from, $0.to] })
            .map(row.text))
        if row.keepsNodeList && original.nodes.count != read.nodes.count {
            problem("expected \(original.nodes.count) nodes, found \(read.nodes.count)")
        }
        for id in expectedIDs.subtracting(readIDs).sorted().prefix(5) { problem("node '\(id)' is missing") }
        if row.keepsAgreementIDs {
            compareByID(original, read)
        } else {
            compareEndpointPairs(original, read)
        }
        compareNodeValues(original, read)
    }

    /// Each agreement found by id: directed ones keep origin and destination, undirected ones
    /// their pair (and their flag where the tool keeps it), values as the row says.
    mutating func compareByID(_ original: Dataset, _ read: Dataset) {
        let byID = Dictionary(read.agreements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for written in original.agreements {
            let record = "agreement '\(written.id)'"
            guard let r = byID[written.id] else { problem("\(record) is missing"); continue }
            var a = written
            (a.from, a.to) = (row.text(a.from), row.text(a.to))
            if a.directed {
                if (r.from, r.to) != (a.from, a.to) { problem("\(record): expected \(a.from) → \(a.to), found \(r.from) → \(r.to)") }
                if !r.directed { problem("\(record): expected directed, found undirected") }
            } else {
                if Set([r.from, r.to]) != Set([a.from, a.to]) { problem("\(record): expected \(a.from) – \(a.to), found \(r.from) – \(r.to)") }
                if row.keepsDirectionFlag && r.directed { problem("\(record): expected undirected, found directed") }
            }
            if [.same, .value(.string("text"))].contains(row.outcome(.string("text"))) {
                for (field, e, f) in [("kind", a.kind?.rawValue, r.kind?.rawValue), ("date", a.date?.description, r.date?.description),
                                      ("end_date", a.endDate?.description, r.endDate?.description),
                                      ("status", a.status?.rawValue, r.status?.rawValue)] where e != f {
                    problem("\(record) field \(field): expected \(e ?? "nothing"), found \(f ?? "nothing")")
                }
            }
            if let weight = a.weightValue { expect(record, "weight", weight, r.weightValue, outcome: row.weightOutcome) }
            for (key, value) in a.attributes.sorted(by: { $0.key < $1.key }) { expect(record, key, value, r.attributes[key]) }
        }
    }

    /// Without ids: every directed agreement's (origin, destination) is among the pairs read,
    /// as often as written; every undirected one is there in one order or the other.
    mutating func compareEndpointPairs(_ original: Dataset, _ read: Dataset) {
        var pairs: [[String]: Int] = [:]
        for r in read.agreements { pairs[[r.from, r.to], default: 0] += 1 }
        var original = original
        for i in original.agreements.indices {
            (original.agreements[i].from, original.agreements[i].to) = (row.text(original.agreements[i].from), row.text(original.agreements[i].to))
        }
        func take(_ pair: [String]) -> Bool {
            guard let count = pairs[pair], count > 0 else { return false }
            pairs[pair] = count - 1
            return true
        }
        for a in original.agreements where a.directed && !take([a.from, a.to]) {
            problem("directed agreement '\(a.id)' \(a.from) → \(a.to) is not found in that order")
        }
        for a in original.agreements where !a.directed && !take([a.from, a.to]) && !take([a.to, a.from]) {
            problem("undirected agreement '\(a.id)' \(a.from) – \(a.to) is missing")
        }
    }

    mutating func compareNodeValues(_ original: Dataset, _ read: Dataset) {
        guard row.keepsNodeList else { return }
        let byID = Dictionary(read.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for node in original.nodes {
            guard let r = byID[row.text(node.id)] else { continue }
            for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                expect("node '\(node.id)'", key, value, r.attributes[key])
            }
        }
    }

    mutating func expect(_ record: String, _ field: String, _ original: AttributeValue, _ found: AttributeValue?,
                         outcome: ((AttributeValue) -> Outcome)? = nil) {
        if row.dropsAttributes.contains(field) { return }
        let wanted: AttributeValue
        switch (outcome ?? row.outcome)(original) {
        case .notKept: return
        case .same: wanted = original
        case .value(let value): wanted = value
        case .number(let o):
            if let f = found?.numericValue, abs(f - o) <= 1e-12 * max(1, abs(o)) { return }
            problem("\(record) field \(field): expected the number \(AttributeValue.format(o)), found \(FieldComparison.show(found))")
            return
        }
        if found != wanted {
            problem("\(record) field \(field): expected \(FieldComparison.show(wanted)), found \(FieldComparison.show(found))")
        }
    }
}
