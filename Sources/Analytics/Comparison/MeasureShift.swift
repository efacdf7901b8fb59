import Graph

/// How the actors' centrality moved between two versions of a network (`twinning diff`):
/// for every actor present in both (by id), its degree, betweenness and PageRank in each
/// version, its rank by each, and the rank change.
///
/// Conventions:
/// - The measures are `twinning centrality`'s (``CentralityMeasures``, unweighted, on the
///   simple undirected graph of partner pairs as networkx's `nx.Graph(G)`): degree = distinct
///   partners, betweenness normalised by (n − 1)(n − 2)/2, PageRank with α = 0.85. Each is
///   computed on its own version, over all of that version's actors (so an added actor can
///   push others down a rank).
/// - Ranks are ``CompetitionRank`` ranks within each version (1 = highest; ties share the
///   smallest rank: 1, 2, 2, 4); the rank change is old rank − new rank, positive when the
///   actor rose. A measure left empty (a PageRank that does not converge) has no rank, and the
///   reason is in ``failures``.
/// - Movers are the actors whose value or rank moved on any measure, sorted by the largest
///   absolute rank change over the three measures, largest first; ties keep the new version's
///   order. Risers are the actors whose rank rose on some measure, by their largest rise;
///   fallers those whose rank fell on some measure, by their largest fall (an actor can be
///   both). Read apart, since a network that grows pushes many quiet actors down a few ranks
///   at once, and a list sorted by absolute change alone would show only them.
///
/// Complexity: that of the measures (betweenness O(nm) on each version), plus O(n log n).
public struct MeasureShift: Sendable {
    /// The measures compared, in column order.
    public static let measures: [CentralityMeasure] = [.degree, .betweenness, .pagerank]

    /// One actor present in both versions.
    public struct Row: Sendable {
        public let id: String
        /// Its index in the old and in the new dataset's nodes.
        public let old: Int, new: Int
        /// Per measure (in ``MeasureShift/measures`` order): the value and rank in each version.
        public let oldValues: [Double], newValues: [Double]
        public let oldRanks: [Int?], newRanks: [Int?]

        /// Old rank − new rank per measure (positive: the actor rose); nil without both ranks.
        public var rankChanges: [Int?] {
            zip(oldRanks, newRanks).map { a, b in a.flatMap { a in b.map { a - $0 } } }
        }

        /// The largest absolute rank change over the measures.
        public var largestRankChange: Int { rankChanges.compactMap { $0.map(abs) }.max() ?? 0 }

        /// The largest rise in rank over the measures (0 when it rose on none).
        public var largestRise: Int { max(0, rankChanges.compactMap { $0 }.max() ?? 0) }

        /// The largest fall in rank over the measures, as a positive number (0 when it fell on none).
        public var largestFall: Int { max(0, -(rankChanges.compactMap { $0 }.min() ?? 0)) }

        /// True when a value or a rank differs (NaN against NaN counts as the same).
        public var moved: Bool {
            oldRanks != newRanks || zip(oldValues, newValues).contains { $0 != $1 && !($0.isNaN && $1.isNaN) }
        }
    }

    /// Every actor present in both versions, in the new version's order.
    public let rows: [Row]
    /// Why a measure was left empty, per version ("old pagerank: …").
    public let failures: [String]

    /// Computes the measures on both versions.
    public init(old: Dataset, new: Dataset) {
        let before = CentralityMeasures(old, measures: MeasureShift.measures)
        let after = CentralityMeasures(new, measures: MeasureShift.measures)
        self.init(old: old, new: new, before: before, after: after)
    }

    /// Pairs precomputed measures of both versions (each holding ``measures``).
    public init(old: Dataset, new: Dataset, before: CentralityMeasures, after: CentralityMeasures) {
        let measures = MeasureShift.measures
        let oldRanks = measures.map { CompetitionRank.ranks(of: before.values[$0]!) }
        let newRanks = measures.map { CompetitionRank.ranks(of: after.values[$0]!) }
        let oldIndex = old.nodeIndex()
        var rows: [Row] = []
        for (j, node) in new.nodes.enumerated() {
            guard let i = oldIndex[node.id] else { continue }
            rows.append(Row(id: node.id, old: i, new: j,
                            oldValues: measures.map { before.values[$0]![i] }, newValues: measures.map { after.values[$0]![j] },
                            oldRanks: oldRanks.map { $0[i] }, newRanks: newRanks.map { $0[j] }))
        }
        self.rows = rows
        failures = before.failures.map { "old \($0.key.rawValue): \($0.value)" }.sorted()
            + after.failures.map { "new \($0.key.rawValue): \($0.value)" }.sorted()
    }

    /// The actors that moved, largest rank change first (see the conventions above).
    public var movers: [Row] { MeasureShift.ordered(rows.filter(\.moved), by: \.largestRankChange) }

    /// The actors that rose on some measure, largest rise first.
    public var risers: [Row] { MeasureShift.ordered(rows.filter { $0.largestRise > 0 }, by: \.largestRise) }

    /// The actors that fell on some measure, largest fall first.
    public var fallers: [Row] { MeasureShift.ordered(rows.filter { $0.largestFall > 0 }, by: \.largestFall) }

    /// `rows` by `key`, largest first; ties keep their order (the new version's).
    static func ordered(_ rows: [Row], by key: (Row) -> Int) -> [Row] {
        rows.enumerated().sorted { a, b in
            let x = key(a.element), y = key(b.element)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }
}
