import Analytics
import Graph
import Tables

/// What the report's timeline charts draw, from a `Timeline` (which holds every year from the
/// first to the last dated agreement):
///
/// - The years drawn are `TimeAxisStart`'s: from the first year by which 1% of the dated
///   agreements are dated (or the year asked for) to the last dated year, none missing.
/// - New agreements per year by kind: the kinds ranked by their count in the years drawn, the
///   7 largest by their own style, the rest summed as "other kinds (N)" (`foldedSeries`, at
///   most `BarStyle.all.count` = 8 series). Agreements dated before the first year are not
///   drawn; `axis.datedBefore` counts them for the caption.
/// - The network as of each year: active actors, actor pairs, largest component, components;
///   the network as of a year holds the agreements dated before the first year drawn as well.
/// - Density as of each year, only for years with at least `densityMinimumActors` (10) active
///   actors: below that a single pair moves it by 2/(n(n − 1)) ≥ 2/72, and two actors make
///   density 1, which says nothing. Nil (no chart) when no year drawn has that many.
/// - Cumulative agreements of `cumulativeKinds` (twinning, friendship): for each year drawn,
///   the agreements of the kind dated in or before it, counted from the first dated year,
///   whatever their status (as `Timeline` counts them: ended and planned included); one line
///   per kind with at least one dated agreement, and their total when there are two. Nil when
///   none is dated.
struct TimelineCharts {
    static let densityMinimumActors = 10
    static let cumulativeKinds: [AgreementKind] = [.twinning, .friendship]
    /// The name of the folded series of the per-kind chart.
    static func restName(_ count: Int) -> String { "other kinds (\(count))" }

    let axis: TimeAxisStart
    /// The years drawn, as the charts' categories.
    let categories: [String]
    let perKind: [SVGChart.Series]
    /// How many kinds `perKind`'s last series folds (0 when none is folded).
    let foldedKinds: Int
    let growth: [SVGChart.Series]
    let density: [SVGChart.Series]?
    /// The years drawn with a density, and the most active actors of any year drawn.
    let densityYears: Int, mostActiveActors: Int
    let cumulative: [SVGChart.Series]?

    /// Nil when no agreement is dated and no start is asked for; throws `TimeAxisStartError`
    /// for a start the axis cannot take.
    init?(_ timeline: Timeline, explicitStart: Int? = nil) throws {
        let perYear = Dictionary(uniqueKeysWithValues: timeline.years.map { ($0.year, $0.newAgreements) })
        guard let axis = try TimeAxisStart(agreementsPerYear: perYear, explicitStart: explicitStart) else { return nil }
        self.axis = axis
        let drawn = timeline.years.filter { axis.years.contains($0.year) }
        categories = drawn.map { String($0.year) }

        let kinds = timeline.kinds.map { kind in SVGChart.Series(name: kind.replacingOccurrences(of: "_", with: " "), values: drawn.map { Double($0.newByKind[kind] ?? 0) }) }
            .filter { $0.values.contains { $0 > 0 } }
        perKind = SVGChart.foldedSeries(kinds, limit: BarStyle.all.count, restName: TimelineCharts.restName)
        foldedKinds = kinds.count > BarStyle.all.count ? kinds.count - (BarStyle.all.count - 1) : 0

        growth = [
            SVGChart.Series(name: "active actors", values: drawn.map { Double($0.activeActors) }),
            SVGChart.Series(name: "actor pairs", values: drawn.map { Double($0.edges) }),
            SVGChart.Series(name: "largest component", values: drawn.map { Double($0.largestComponent) }),
            SVGChart.Series(name: "components", values: drawn.map { Double($0.components) }),
        ]

        let densities = drawn.map { year in
            year.activeActors >= TimelineCharts.densityMinimumActors ? year.density ?? .nan : .nan
        }
        densityYears = densities.filter(\.isFinite).count
        mostActiveActors = drawn.map(\.activeActors).max() ?? 0
        density = densityYears > 0 ? [SVGChart.Series(name: "density", values: densities)] : nil

        cumulative = TimelineCharts.cumulative(timeline, drawn: axis.years)
    }

    /// Running counts of `cumulativeKinds` over every dated year, read at the years drawn.
    private static func cumulative(_ timeline: Timeline, drawn: ClosedRange<Int>) -> [SVGChart.Series]? {
        var lines: [SVGChart.Series] = []
        for kind in cumulativeKinds {
            var running = 0.0
            var values: [Double] = []
            for year in timeline.years {
                running += Double(year.newByKind[kind.rawValue] ?? 0)
                if drawn.contains(year.year) { values.append(running) }
            }
            if running > 0 { lines.append(SVGChart.Series(name: kind.rawValue, values: values)) }
        }
        if lines.count > 1 {
            let total = lines[0].values.indices.map { i in lines.reduce(0) { $0 + $1.values[i] } }
            lines.append(SVGChart.Series(name: lines.map(\.name).joined(separator: " + "), values: total))
        }
        return lines.isEmpty ? nil : lines
    }
}
