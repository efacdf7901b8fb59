/// Folding many series of a stacked chart into few, so that no two share a style.
extension SVGChart {
    /// The series ranked by total (largest first, ties by name); when there are more than
    /// `limit`, the `limit − 1` largest are kept and the rest summed, category by category,
    /// into one last series named `restName(count of the rest)`, so that at most `limit`
    /// series are drawn. Non-finite values count as 0 in totals and sums.
    ///
    /// Example: 14 kinds with `limit` 8 give the 7 largest kinds and `restName(7)`, e.g.
    /// "other kinds (7)", whose value in each year is the sum of the 7 smallest kinds' values.
    public static func foldedSeries(_ series: [Series], limit: Int = BarStyle.all.count,
                                    restName: (Int) -> String = { "other (\($0))" }) -> [Series] {
        func finite(_ x: Double) -> Double { x.isFinite ? x : 0 }
        let ranked = series.enumerated().sorted { a, b in
            let x = a.element.values.reduce(0) { $0 + finite($1) }, y = b.element.values.reduce(0) { $0 + finite($1) }
            return x != y ? x > y : a.element.name != b.element.name ? a.element.name < b.element.name : a.offset < b.offset
        }.map(\.element)
        guard ranked.count > limit else { return ranked }
        let kept = Array(ranked.prefix(max(limit - 1, 0)))
        let rest = ranked.dropFirst(kept.count)
        let length = rest.map(\.values.count).max() ?? 0
        let sum = (0..<length).map { i in rest.reduce(0.0) { $0 + ($1.values.indices.contains(i) ? finite($1.values[i]) : 0) } }
        return kept + [Series(name: restName(rest.count), values: sum)]
    }
}
