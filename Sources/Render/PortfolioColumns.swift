import Graph
import Tables

/// One side of a portfolio drawing, measured: its rows top-down (a country heading, then the
/// rows of each region's group) and how they stack into one or more columns.
///
/// A row is as high as its name's lines (or its mark, if taller); rows of a group are
/// `rowGap` apart, groups `groupGap`, countries `countryGap`. A group whose region no name
/// in it says (`PortfolioGroups.Group.showsTitle`) has the region's name as a subheading
/// above its rows, aligned with the names. In k columns the groups are
/// dealt greedily: a new column starts when the next group would pass an even share of the
/// height (a column holds at least one group; a group is never split). Names share one cell
/// width per side, the widest name's estimate (`TextExtent`), so they align at the marks.
/// Complexity: O(n) per stacking.
struct PortfolioColumns {
    /// A region's group: the unit a column never splits.
    struct Unit {
        let block: Int
        let country: String
        let group: PortfolioGroups.Group
        let title: String?
        let lines: [[String]]
    }

    let side: PortfolioSides.Side
    let metrics: PortfolioLayout.Metrics
    let units: [Unit]
    let showsCountries: Bool
    /// Per block: whether it gets a heading (`PortfolioGroups.Block.showsHeading`).
    let headed: [Bool]
    let nameWidth: Double

    init(groups: PortfolioGroups, side: PortfolioSides.Side, dataset: Dataset, metrics: PortfolioLayout.Metrics) {
        self.side = side
        self.metrics = metrics
        showsCountries = groups.blocks.count > 1
        headed = groups.blocks.map { $0.showsHeading(in: dataset) }
        units = groups.blocks.enumerated().flatMap { b, block in
            block.groups.map { group in
                Unit(block: b, country: block.country, group: group, title: group.showsTitle(in: dataset) ? group.title : nil,
                     lines: group.members.map { WordWrap.lines(dataset.nodes[$0].label, limit: metrics.nameLimit) })
            }
        }
        nameWidth = (units.flatMap { $0.lines.flatMap { $0 } }.map { TextExtent.width($0, fontSize: metrics.fontSize) }.max() ?? 0).rounded(.up)
    }

    func rowHeight(_ lines: [String]) -> Double { max(metrics.mark.height, Double(lines.count) * metrics.lineHeight) }

    /// The units of each of `k` columns.
    func split(columns k: Int) -> [[Int]] {
        guard k > 1 else { return [Array(units.indices)] }
        let target = stackHeight(Array(units.indices)) / Double(k)
        var result: [[Int]] = [[]]
        for u in units.indices {
            if !result[result.count - 1].isEmpty, result.count < k, stackHeight(result[result.count - 1] + [u]) > target {
                result.append([])
            }
            result[result.count - 1].append(u)
        }
        return result
    }

    /// The height of the tallest of `k` columns.
    func height(columns k: Int) -> Double { split(columns: k).map(stackHeight).max() ?? 0 }

    /// The width of one column: mark and names (country headings and region subheadings are
    /// assumed no wider than the names; they may reach past them on the outer side).
    var columnWidth: Double { metrics.mark.width + metrics.nameGap + nameWidth }

    /// The width of the side in `k` columns.
    func width(columns k: Int) -> Double { Double(k) * columnWidth + Double(k - 1) * metrics.columnGap }

    func stackHeight(_ column: [Int]) -> Double {
        var bottom = 0.0
        stack(column) { _, _, top, height in bottom = max(bottom, top + height) }
        return bottom
    }

    enum Item { case heading(String), subheading(String), row(Int, [String]) }

    /// Walks a column top-down: `visit(unit, item, top, height)` for each heading and row.
    private func stack(_ column: [Int], _ visit: (Int, Item, Double, Double) -> Void) {
        var offset = 0.0
        var previousBlock: Int?
        for u in column {
            let unit = units[u]
            if previousBlock != unit.block {
                if previousBlock != nil { offset += metrics.countryGap }
                if showsCountries && headed[unit.block] {
                    let continued = column.first == u && u > 0 && units[u - 1].block == unit.block
                    visit(u, .heading(unit.country + (continued ? " (cont.)" : "")), offset, metrics.headingHeight)
                    offset += metrics.headingHeight + metrics.rowGap
                }
            } else {
                offset += metrics.groupGap
            }
            previousBlock = unit.block
            if let title = unit.title {
                visit(u, .subheading(title), offset, metrics.lineHeight)
                offset += metrics.lineHeight + metrics.rowGap
            }
            for (r, node) in unit.group.members.enumerated() {
                if r > 0 { offset += metrics.rowGap }
                let height = rowHeight(unit.lines[r])
                visit(u, .row(node, unit.lines[r]), offset, height)
                offset += height
            }
        }
    }

    /// Rows and labels in `k` columns; `innerEdge` is the x of the marks' edge that faces the
    /// other side in the innermost column. Each column is centred vertically on the tallest
    /// column of the drawing, `tallest` high.
    func place(columns k: Int, innerEdge: Double, tallest: Double) -> (actors: [PortfolioLayout.Actor], labels: [PortfolioLayout.Label]) {
        let outward: Double = side == .a ? -1 : 1
        var actors: [PortfolioLayout.Actor] = []
        var labels: [PortfolioLayout.Label] = []
        for (c, column) in split(columns: k).enumerated() {
            let edge = innerEdge + outward * Double(c) * (columnWidth + metrics.columnGap)
            let markX = edge + outward * metrics.mark.width / 2
            let nameX = edge + outward * (metrics.mark.width + metrics.nameGap + nameWidth / 2)
            let nameStart = edge + outward * (metrics.mark.width + metrics.nameGap)
            let shift = ((tallest - stackHeight(column)) / 2).rounded()
            stack(column) { u, item, top, height in
                let y = -(shift + top + height / 2)
                switch item {
                case .heading(let text):
                    let members = column.filter { units[$0].block == units[u].block }.flatMap { units[$0].group.members }
                    let width = TextExtent.width(text, fontSize: metrics.headingFontSize, bold: true).rounded(.up)
                    labels.append(.init(kind: .country, side: side, text: text, x: edge + outward * width / 2, y: y,
                                        width: width, height: height, members: members))
                case .row(let node, let lines):
                    actors.append(.init(node: node, side: side, column: c, x: markX, y: y, width: metrics.mark.width,
                                        height: metrics.mark.height, lines: lines, nameX: nameX, nameWidth: nameWidth,
                                        nameHeight: Double(lines.count) * metrics.lineHeight))
                case .subheading(let text):
                    let width = TextExtent.width(text, fontSize: metrics.fontSize, bold: true).rounded(.up)
                    labels.append(.init(kind: .region, side: side, text: text, x: nameStart + outward * width / 2, y: y,
                                        width: width, height: height, members: units[u].group.members))
                }
            }
        }
        return (actors, labels)
    }
}
