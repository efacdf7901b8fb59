/// What a filter asked for that the dataset does not have: each value of `--type`,
/// `--country`, `--kind` or `--status` that no record carries, and a date range that no dated
/// agreement falls in. A command warns about each, with the values the dataset does carry, so
/// that a typo (`--kind twining`) never reads as an empty network.
public struct FilterMiss: Sendable, Equatable, CustomStringConvertible {
    /// The option and value as the user gave them: `--kind twining`, `--since 2030`.
    public let asked: String
    /// What the value was looked for in: "agreement" or "actor".
    public let records: String
    /// What the dataset has instead, most frequent first: (value, count).
    public let present: [(String, Int)]
    /// What `present` lists, for the message: "kinds", "countries", "dates".
    public let presentNoun: String

    public static func == (a: FilterMiss, b: FilterMiss) -> Bool {
        a.asked == b.asked && a.records == b.records
            && a.present.map(\.0) == b.present.map(\.0) && a.present.map(\.1) == b.present.map(\.1)
    }

    /// At most this many present values are named; the rest are counted.
    public static let shownValues = 12

    public var description: String {
        let listed = present.prefix(FilterMiss.shownValues).map { "\($0.0) (\($0.1))" }.joined(separator: ", ")
        let more = present.count > FilterMiss.shownValues ? " and \(present.count - FilterMiss.shownValues) more" : ""
        let instead = present.isEmpty ? "the dataset has no \(presentNoun)" : "\(presentNoun) present: \(listed)\(more)"
        return "\(asked) matches no \(records); \(instead)"
    }
}

extension DatasetFilter {
    /// Each filter value that no record of `dataset` matches (before any filtering), in the
    /// order of the options; empty when every value matches something. Node values are
    /// compared as `keeps(_:)` compares them (types folded, countries case-insensitive). O(n + m).
    public func misses(in dataset: Dataset) -> [FilterMiss] {
        var misses: [FilterMiss] = []
        func check<V: Hashable>(_ option: String, _ wanted: Set<V>, records: String, noun: String,
                                 values: [V?], name: (V) -> String) {
            guard !wanted.isEmpty else { return }
            var counts: [V: Int] = [:]
            for value in values { if let value { counts[value, default: 0] += 1 } }
            let present = counts.map { (name($0.key), $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for value in wanted.sorted(by: { name($0) < name($1) }) where counts[value] == nil {
                misses.append(FilterMiss(asked: "\(option) \(name(value))", records: records, present: present, presentNoun: noun))
            }
        }
        check("--type", types, records: "actor", noun: "types", values: dataset.nodes.map(\.type), name: \.rawValue)
        if !countries.isEmpty {
            // Countries compare case-insensitively; each is named as first spelled in the dataset.
            var spelling: [String: String] = [:]
            let folded = dataset.nodes.map { node in
                node.country.map { country in
                    let key = country.lowercased()
                    if spelling[key] == nil { spelling[key] = country }
                    return key
                }
            }
            check("--country", countries, records: "actor", noun: "countries", values: folded, name: { spelling[$0] ?? $0 })
        }
        check("--kind", kinds, records: "agreement", noun: "kinds", values: dataset.agreements.map(\.kind), name: \.rawValue)
        check("--status", statuses, records: "agreement", noun: "statuses", values: dataset.agreements.map(\.status), name: \.rawValue)
        if since != nil || until != nil {
            let dated = dataset.agreements.compactMap(\.date)
            let range = DatasetFilter(since: since, until: until)
            if !dataset.agreements.contains(where: range.keeps) {
                let span = dated.min().map { first in "\(first) to \(dated.max()!)" }
                let asked = [since.map { "--since \($0)" }, until.map { "--until \($0)" }].compactMap { $0 }.joined(separator: " ")
                misses.append(FilterMiss(asked: asked, records: "dated agreement",
                                         present: span.map { [($0, dated.count)] } ?? [], presentNoun: "dates"))
            }
        }
        return misses
    }
}
