import Graph

/// The first year a timeline chart draws, so that a lone early agreement does not stretch the
/// axis over decades of empty years.
///
/// Rule: with N dated agreements, the axis starts at the first year Y in which the agreements
/// dated in or before Y reach 1% of N (100 · count(≤ Y) ≥ N), and runs to the last dated
/// year, every year in between present. With 100 or fewer dated agreements that is the first
/// dated year. Agreements dated before Y are not dropped silently: `datedBefore` counts them,
/// and the report's caption and text say "N agreements dated before Y are not drawn" for the
/// per-year chart (charts of the network *as of* a year, and cumulative counts, include them).
///
/// An explicit start (`twinning report --timeline-start YEAR`) overrides the rule: a year
/// before the first dated year starts at the first dated year (the years before hold
/// nothing); a year after the last dated year, or any year when no agreement is dated, is an
/// error naming the last dated year; a year outside 1...9999 (`PartialDate`'s years) is an error.
///
/// Example: one agreement of 1955 and 200 from 1992 on: 100 · 1 < 201, so the axis starts in
/// 1992 and `datedBefore` is 1. 3 agreements of 1990 and 200 later: 100 · 3 ≥ 203, so 1990.
public struct TimeAxisStart: Sendable, Equatable {
    /// The percentage of dated agreements that must be dated in or before the first year drawn.
    public static let percent = 1

    /// The first year drawn.
    public let year: Int
    /// The last dated year, the last drawn.
    public let lastYear: Int
    /// Dated agreements before `year`.
    public let datedBefore: Int
    /// All dated agreements.
    public let dated: Int
    /// Whether `year` was asked for rather than found by the rule.
    public let isExplicit: Bool

    /// Every year drawn, in order.
    public var years: ClosedRange<Int> { year...lastYear }

    /// The axis for dated agreements counted by year (`agreementsPerYear[y]` dated in year y),
    /// started at `explicitStart` when given; nil when no agreement is dated and no start is given.
    public init?(agreementsPerYear: [Int: Int], explicitStart: Int? = nil) throws {
        let counts = agreementsPerYear.filter { $0.value > 0 }
        if let explicitStart, PartialDate(year: explicitStart) == nil { throw TimeAxisStartError.notAYear(explicitStart) }
        guard let first = counts.keys.min(), let last = counts.keys.max() else {
            if let explicitStart { throw TimeAxisStartError.nothingDated(start: explicitStart) }
            return nil
        }
        let total = counts.values.reduce(0, +)
        let start: Int
        if let explicitStart {
            guard explicitStart <= last else { throw TimeAxisStartError.afterLastYear(start: explicitStart, last: last) }
            start = max(explicitStart, first)
        } else {
            var running = 0
            start = (first...last).first { year in
                running += counts[year] ?? 0
                return 100 * running >= TimeAxisStart.percent * total
            } ?? last
        }
        year = start
        lastYear = last
        datedBefore = counts.filter { $0.key < start }.values.reduce(0, +)
        dated = total
        isExplicit = explicitStart != nil
    }
}

/// An explicit start the axis cannot take.
public enum TimeAxisStartError: Error, Equatable, CustomStringConvertible {
    case notAYear(Int)
    case afterLastYear(start: Int, last: Int)
    case nothingDated(start: Int)

    public var description: String {
        switch self {
        case .notAYear(let year):
            return "--timeline-start \(year) is not a year from 1 to 9999"
        case .afterLastYear(let start, let last):
            return "--timeline-start \(start) is after the last dated agreement, of \(last): the timeline would be empty"
        case .nothingDated(let start):
            return "--timeline-start \(start): no agreement has a date, so there is no timeline to start"
        }
    }
}
