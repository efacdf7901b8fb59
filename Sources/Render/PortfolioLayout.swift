import Graph

/// Where everything of a portfolio drawing goes: side A's actors in a column on the left,
/// their partners (side B) in a column on the right, each side grouped by country and region
/// (`PortfolioGroups`) in the order that crosses fewest lines (`PortfolioOrder`). Positions
/// are Graphviz points, y up (the top at y = 0, rows below it), centres.
///
/// - Rows: each actor is a small mark in the shape and colour of its type (the lines end on
///   it, so every line of a column ends at one x), its name beside it on the outer side:
///   right-aligned left of side A's marks, left-aligned right of side B's, broken onto lines
///   of at most `Metrics.nameLimit` characters. Rows of a group follow each other; a gap
///   separates groups, a larger one countries (`PortfolioColumns`).
/// - Headings: a region's name stands above its group's rows, aligned with the names,
///   unless a name in the group already says it (`PortfolioGroups.Group.showsTitle`). A side
///   spanning several countries has a larger heading above each country's rows, starting at
///   the marks (not above a country drawn as its own node alone). The shorter side's columns
///   are centred vertically on the tallest.
/// - Gap: the lines run in the gap between the columns, a quarter of the tallest column's
///   height wide (within `Metrics.gap`), so that they stay far from vertical.
/// - Aspect: while the tallest column is more than `Metrics.maxAspect` times the drawing's
///   width, the side with the taller column wraps into one more column, further out, breaking
///   between regions (a region is never split; a country continuing in the next column repeats
///   its heading with "(cont.)"). The lines to an outer column pass beneath the inner one.
/// - Years: each line's years are written on it near the end of the actor with fewer lines
///   (ties: the partner's end), where they do not pile up as at a hub's end (`PortfolioYears`).
///
/// Complexity: O(n log n + L log L) for n actors and L lines, with at most n wrapping rounds
/// of O(n) each.
struct PortfolioLayout {
    /// Sizes in points; the defaults suit the theme's 10-point names.
    struct Metrics {
        var fontSize: Double
        var nameLimit = 32
        var lineHeight: Double { 1.25 * fontSize }
        /// The mark of an actor.
        var mark = (width: 20.0, height: 13.0)
        /// Between a mark and its name.
        var nameGap = 6.0
        var rowGap = 5.0
        var groupGap = 12.0
        var countryGap = 22.0
        var headingFontSize: Double { 1.3 * fontSize }
        var headingHeight: Double { 1.3 * headingFontSize }
        var yearFontSize: Double { 0.8 * fontSize }
        var columnGap = 40.0
        var gap: ClosedRange<Double> = 160...420
        var maxAspect = 3.0

        init(fontSize: Double) { self.fontSize = fontSize }
    }

    /// An actor's row: its mark and its name.
    struct Actor: Hashable {
        let node: Int
        let side: PortfolioSides.Side
        let column: Int
        /// The mark's centre and size.
        let x: Double, y: Double
        let width: Double, height: Double
        /// The name's lines, and the centre and size of the cell that holds them (the text
        /// is aligned to the cell's edge next to the mark).
        let lines: [String]
        let nameX: Double
        let nameWidth: Double, nameHeight: Double

        /// The x where lines meet the mark: its edge that faces the other side.
        var innerX: Double { side == .a ? x + width / 2 : x - width / 2 }
    }

    struct Label: Hashable {
        enum Kind: Hashable { case country, region }
        let kind: Kind
        let side: PortfolioSides.Side
        let text: String
        /// Centre of the label's cell, and its size (the cell fits the text).
        let x: Double, y: Double
        let width: Double, height: Double
        /// The actors it names (a region's group, a country's part in this column).
        let members: [Int]
    }

    let metrics: Metrics
    let sides: PortfolioSides
    let order: PortfolioOrder
    let actors: [Actor]
    let labels: [Label]
    /// Columns per side.
    let columns: (a: Int, b: Int)
    /// The width of the gap the lines cross.
    let gap: Double
    /// The years written on the lines.
    let years: PortfolioYears

    init(dataset: Dataset, sides: PortfolioSides, metrics: Metrics) {
        let hierarchy = Hierarchy(dataset)
        let groupsA = PortfolioGroups(members: sides.members(of: .a), dataset: dataset, hierarchy: hierarchy)
        let groupsB = PortfolioGroups(members: sides.members(of: .b), dataset: dataset, hierarchy: hierarchy)
        let order = PortfolioOrder(a: groupsA, b: groupsB, links: sides.links.map { ($0.a, $0.b) },
                                   labels: dataset.nodes.map(\.label))
        let columnA = PortfolioColumns(groups: order.a, side: .a, dataset: dataset, metrics: metrics)
        let columnB = PortfolioColumns(groups: order.b, side: .b, dataset: dataset, metrics: metrics)
        func gapWidth(for height: Double) -> Double { min(metrics.gap.upperBound, max(metrics.gap.lowerBound, (height / 4).rounded())) }
        var (ka, kb) = (1, 1)
        while true {
            let (ha, hb) = (columnA.height(columns: ka), columnB.height(columns: kb))
            let width = columnA.width(columns: ka) + gapWidth(for: max(ha, hb)) + columnB.width(columns: kb)
            guard max(ha, hb) > metrics.maxAspect * width else { break }
            let (canA, canB) = (ka < columnA.units.count, kb < columnB.units.count)
            if canA && (ha >= hb || !canB) { ka += 1 } else if canB { kb += 1 } else { break }
        }
        let tallest = max(columnA.height(columns: ka), columnB.height(columns: kb))
        let gap = gapWidth(for: tallest)
        let placedA = columnA.place(columns: ka, innerEdge: 0, tallest: tallest)
        let placedB = columnB.place(columns: kb, innerEdge: gap, tallest: tallest)
        self.metrics = metrics
        self.sides = sides
        self.order = order
        actors = placedA.actors + placedB.actors
        labels = placedA.labels + placedB.labels
        columns = (ka, kb)
        self.gap = gap
        let texts = sides.links.map { PortfolioLayout.years(of: $0, in: dataset) }
        years = PortfolioYears(actors: actors, headings: labels, links: sides.links, texts: texts,
                               ends: PortfolioLayout.yearEnds(of: sides.links), fontSize: metrics.yearFontSize)
    }

    /// The years the agreements of `link` were signed, ascending and each once ("2004,
    /// 2008"); nil when none is dated.
    static func years(of link: PortfolioSides.Link, in dataset: Dataset) -> String? {
        let years = Set(link.agreements.compactMap { dataset.agreements[$0].date?.year }).sorted()
        return years.isEmpty ? nil : years.map(String.init).joined(separator: ", ")
    }

    /// The end of each line that carries its years: the side whose actor has fewer lines
    /// (ties: side B), parallel to `links`.
    static func yearEnds(of links: [PortfolioSides.Link]) -> [PortfolioSides.Side] {
        var lines: [Int: Int] = [:]
        for link in links { lines[link.a, default: 0] += 1; lines[link.b, default: 0] += 1 }
        return links.map { lines[$0.a]! < lines[$0.b]! ? .a : .b }
    }

    /// The row of each drawn node.
    func actorByNode() -> [Int: Actor] {
        Dictionary(actors.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
