import Graph

/// Node sizes from a measure, and which nodes are important enough to label.
///
/// Sizes are area-proportional: the eye compares areas, so a node whose measure is twice
/// another's (relative to the minimum) gets twice the area, not twice the diameter:
/// d = √(d_min² + t·(d_max² − d_min²)), t = (x − x_min)/(x_max − x_min).
enum NodeSizing {
    /// Diameters in inches within `range`, parallel to `values`; a missing or non-finite value
    /// gets the minimum, equal values the midpoint of the areas.
    static func diameters(_ values: [Double?], range: ClosedRange<Double>) -> [Double] {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 0
        let a = range.lowerBound * range.lowerBound, b = range.upperBound * range.upperBound
        return values.map { value in
            guard let value, value.isFinite else { return range.lowerBound }
            let t = high > low ? (value - low) / (high - low) : 0.5
            return (a + t * (b - a)).squareRoot()
        }
    }

    /// The indices of the `count` highest-ranked nodes (ties broken by position, so the choice
    /// is deterministic).
    static func top(_ count: Int, by rank: [Double]) -> Set<Int> {
        let order = rank.indices.sorted { rank[$0] != rank[$1] ? rank[$0] > rank[$1] : $0 < $1 }
        return Set(order.prefix(max(count, 0)))
    }

    /// What ranks nodes for labelling: the size measure, else a measure named "degree" passed
    /// in, else the number of drawn agreements at each node. The last is a count of the lines
    /// being drawn, not an analysis — the caller should pass real measures.
    static func rank(measures: [String: [Double]], sizeBy: String?, dataset: Dataset) -> [Double] {
        let n = dataset.nodes.count
        for name in [sizeBy, "degree"].compactMap({ $0 }) {
            if let values = measures[name], values.count == n { return values.map { $0.isFinite ? $0 : -.infinity } }
        }
        var count = [Double](repeating: 0, count: n)
        let index = dataset.nodeIndex()
        for a in dataset.agreements {
            guard let u = index[a.from], let v = index[a.to] else { continue }
            count[u] += 1
            count[v] += 1
        }
        return count
    }
}
