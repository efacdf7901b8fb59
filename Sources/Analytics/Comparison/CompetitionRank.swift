/// Competition ranks ("1224" ranking) of values, largest first.
///
/// Definition: rank(v) = 1 + |{u : x_u > x_v}|: the largest value ranks 1, tied values share
/// the smallest rank of their group, and the next value skips as many ranks as were tied
/// (values 5, 3, 3, 1 rank 1, 2, 2, 4). Ties are exact (as `twinning ego`'s ranks, and
/// `scipy.stats.rankdata(-x, method="min")`); NaN (a measure left empty) has no rank and is
/// not counted above anyone.
///
/// Complexity: O(n log n) (one sort).
public enum CompetitionRank {
    /// The rank of each value, nil for NaN.
    ///
    /// ```swift
    /// CompetitionRank.ranks(of: [3, 5, 3, 1, .nan])  // [2, 1, 2, 4, nil]
    /// ```
    public static func ranks(of values: [Double]) -> [Int?] {
        let order = values.indices.filter { !values[$0].isNaN }.sorted { values[$0] > values[$1] }
        var ranks = [Int?](repeating: nil, count: values.count)
        for (position, v) in order.enumerated() {
            if position > 0, values[order[position - 1]] == values[v] {
                ranks[v] = ranks[order[position - 1]]
            } else {
                ranks[v] = position + 1
            }
        }
        return ranks
    }
}
