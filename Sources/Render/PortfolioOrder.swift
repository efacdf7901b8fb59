/// The order of the rows on both sides of a portfolio drawing: the barycentre heuristic of
/// Sugiyama, Tagawa & Toda (1981) for two layers, applied to a grouped layer.
///
/// Each side is ordered by the mean position of its actors' partners on the other side
/// (their barycentre, each line counted once), at every level of its grouping: countries by
/// the barycentre of all their lines, regions within a country by theirs, actors within a
/// region by theirs, a region's own node always first in its group. Ties go to the name (then
/// the dataset order), so the order is deterministic. Starting from side A in alphabetical
/// order, side B is ordered by A, then A by B, and so on for `sweeps` rounds; the order kept
/// is the one with the fewest crossings met (the first of equals). Groups are kept together,
/// so crossings the grouping forces stay.
///
/// Crossings are counted as inversions (Barth, Jünger & Mutzel, "Simple and efficient
/// bilayer cross counting", 2004: sort the lines by their A position, count the pairs out of
/// order in B with a Fenwick tree): O(L log L) for L lines. Complexity: O(sweeps · (n log n + L log L)).
struct PortfolioOrder {
    static let sweeps = 4

    /// The ordered groups of side A and side B.
    let a: PortfolioGroups
    let b: PortfolioGroups
    /// Crossings of the kept order.
    let crossings: Int

    /// `links` are (A node, B node) pairs; `labels` names every node (for ties).
    init(a start: PortfolioGroups, b unorderedB: PortfolioGroups, links: [(a: Int, b: Int)], labels: [String]) {
        var partnersOf: [Int: [Int]] = [:]
        for link in links {
            partnersOf[link.a, default: []].append(link.b)
            partnersOf[link.b, default: []].append(link.a)
        }
        let ranking = Ranking(partners: partnersOf, labels: labels)
        var a = start
        var b = ranking.ordered(unorderedB, by: PortfolioOrder.positions(a))
        var best = (a: a, b: b, crossings: PortfolioOrder.crossings(links, a: a, b: b))
        for _ in 0..<PortfolioOrder.sweeps {
            a = ranking.ordered(a, by: PortfolioOrder.positions(b))
            b = ranking.ordered(b, by: PortfolioOrder.positions(a))
            let count = PortfolioOrder.crossings(links, a: a, b: b)
            if count < best.crossings { best = (a, b, count) }
        }
        self.a = best.a
        self.b = best.b
        self.crossings = best.crossings
    }

    /// The row of every node of `groups` (0 at the top).
    static func positions(_ groups: PortfolioGroups) -> [Int: Int] {
        var rank: [Int: Int] = [:]
        for (row, node) in groups.order.enumerated() { rank[node] = row }
        return rank
    }

    /// Pairs of lines that cross: their ends in opposite orders on the two sides.
    static func crossings(_ links: [(a: Int, b: Int)], a: PortfolioGroups, b: PortfolioGroups) -> Int {
        let (rowA, rowB) = (positions(a), positions(b))
        let pairs = links.map { (rowA[$0.a]!, rowB[$0.b]!) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let size = (rowB.values.max() ?? 0) + 1
        var tree = [Int](repeating: 0, count: size + 1)
        var crossings = 0, seen = 0
        for (_, row) in pairs {
            // Lines seen so far whose B row is greater than this one's cross it.
            var i = row + 1, notGreater = 0
            while i > 0 { notGreater += tree[i]; i -= i & -i }
            crossings += seen - notGreater
            i = row + 1
            while i <= size { tree[i] += 1; i += i & -i }
            seen += 1
        }
        return crossings
    }

    /// Sorts a side's countries, regions and actors by barycentre.
    private struct Ranking {
        let partners: [Int: [Int]]
        let labels: [String]

        func ordered(_ groups: PortfolioGroups, by rows: [Int: Int]) -> PortfolioGroups {
            let blocks = groups.blocks.map { block in
                var block = block
                block.groups = block.groups.map { group in
                    var group = group
                    let rest = group.members.filter { $0 != group.head }
                        .map { ($0, barycentre([$0], rows)) }
                        .sorted { tie($0.1, $1.1, labels[$0.0], labels[$1.0], $0.0 < $1.0) }.map(\.0)
                    group.members = (group.head.map { [$0] } ?? []) + rest
                    return group
                }
                block.groups = block.groups.map { ($0, barycentre($0.members, rows)) }
                    .sorted { tie($0.1, $1.1, $0.0.title, $1.0.title, ($0.0.members.first ?? 0) < ($1.0.members.first ?? 0)) }.map(\.0)
                return block
            }
            return PortfolioGroups(blocks: blocks.map { ($0, barycentre($0.groups.flatMap(\.members), rows)) }
                .sorted { tie($0.1, $1.1, $0.0.country, $1.0.country, PortfolioGroups.first($0.0) < PortfolioGroups.first($1.0)) }.map(\.0))
        }

        /// The mean row of the partners of `nodes`; infinity for none (last).
        private func barycentre(_ nodes: [Int], _ rows: [Int: Int]) -> Double {
            var sum = 0, count = 0
            for v in nodes { for p in partners[v] ?? [] { if let r = rows[p] { sum += r; count += 1 } } }
            return count == 0 ? .infinity : Double(sum) / Double(count)
        }

        private func tie(_ x: Double, _ y: Double, _ nx: String, _ ny: String, _ earlier: Bool) -> Bool {
            if x != y { return x < y }
            if nx != ny { return PortfolioGroups.byName(nx, ny) }
            return earlier
        }
    }
}
