import Analytics
import Graph

/// What `twinning match A B` prints: the crosswalk (`Crosswalk`, one row per actor of A) and a
/// summary of the decisions — how many actors of A are `match`, `review` and `none`, in all and
/// per type of A (actors without a type counted as "(no type)").
///
/// Evidence is written as the matcher gives it, parts separated by "; "; the runner-up is the
/// next candidate no other actor took (`ActorMatching`).
public struct MatchTables: Sendable {
    public let matching: ActorMatching

    /// Matches the actors of `a` against those of `b` (see `ActorMatching`).
    public init(_ a: Dataset, _ b: Dataset, gazetteer: Gazetteer?, options: ActorMatching.Options) {
        matching = ActorMatching(a, b, gazetteer: gazetteer, options: options)
    }

    public var crosswalk: Crosswalk {
        let a = matching.a, b = matching.b
        return Crosswalk(rows: matching.rows.map { row in
            Crosswalk.Row(aID: a.ids[row.a], aLabel: a.labels[row.a], bID: row.best.map { b.ids[$0.b] },
                          bLabel: row.best.map { b.labels[$0.b] }, score: row.best?.score,
                          runnerUpID: row.runnerUp.map { b.ids[$0.b] }, runnerUpLabel: row.runnerUp.map { b.labels[$0.b] },
                          runnerUpScore: row.runnerUp?.score, evidence: row.best?.evidence.joined(separator: "; ") ?? "",
                          decision: row.decision)
        })
    }

    /// The number of rows of each decision.
    public var counts: [Crosswalk.Decision: Int] {
        var counts: [Crosswalk.Decision: Int] = [:]
        for row in matching.rows { counts[row.decision, default: 0] += 1 }
        return counts
    }

    /// "604 actors of A, 10,055 of B: 12 match, 5 review, 587 none" then one line per type of A
    /// ("city: 9 match, 1 review, 61 none of 71"), types in order of their first actor.
    public var summary: [String] {
        let a = matching.a, counts = self.counts
        func figures(_ c: [Crosswalk.Decision: Int]) -> String {
            [Crosswalk.Decision.match, .review, .none].map { "\(c[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        }
        var lines = ["\(a.count) actors of A, \(matching.b.count) of B: \(figures(counts))"]
        var order: [String] = [], byType: [String: [Crosswalk.Decision: Int]] = [:]
        for row in matching.rows {
            let type = a.types[row.a]?.rawValue ?? "(no type)"
            if byType[type] == nil { order.append(type) }
            byType[type, default: [:]][row.decision, default: 0] += 1
        }
        for type in order {
            let c = byType[type]!
            lines.append("\(type): \(figures(c)) of \(c.values.reduce(0, +))")
        }
        return lines
    }
}
