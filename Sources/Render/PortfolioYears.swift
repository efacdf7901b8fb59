import Tables
/// Where the years of each line of a portfolio drawing are written: on the line itself, near
/// one end, on a white ground that interrupts the line (so the digits never cross a stroke),
/// and clear of every other year and every box.
///
/// A line runs straight from the inner edge of its A mark to the inner edge of its B mark. Its
/// years go near the end of the actor with fewer lines (ties: the partner's end,
/// `PortfolioLayout.yearEnds(of:)`), where lines do not converge as at a hub. The label starts as
/// close to that end as keeps it off the column (its near edge `clearance` points out), then
/// slides along the line in `step`-point steps until it overlaps no year already placed, no
/// mark, name or heading; a label that finds no free place before the line's last third keeps its first
/// place. Labels are placed in the order of their end's row, then of the other end's row, so
/// the result is deterministic. A bucket grid of 48-point cells finds the neighbours:
/// O(L · s) for L lines and s steps per line (s is small: at most the line's length / step).
struct PortfolioYears {
    struct Label: Hashable {
        /// Index into `PortfolioSides.links`.
        let link: Int
        let text: String
        /// Centre and size, points (y up).
        let x: Double, y: Double
        let width: Double, height: Double
    }

    static let clearance = 4.0
    static let step = 4.0

    let labels: [Label]

    /// `texts` holds each link's years (nil: undated, no label); `ends` the end that carries them.
    init(actors: [PortfolioLayout.Actor], headings: [PortfolioLayout.Label], links: [PortfolioSides.Link], texts: [String?],
         ends: [PortfolioSides.Side], fontSize: Double) {
        let boxes = Dictionary(actors.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
        var grid = Grid()
        for actor in actors {
            grid.insert(Rect(x: actor.x, y: actor.y, width: actor.width, height: actor.height))
            grid.insert(Rect(x: actor.nameX, y: actor.y, width: actor.nameWidth, height: actor.nameHeight))
        }
        for h in headings { grid.insert(Rect(x: h.x, y: h.y, width: h.width, height: h.height)) }
        let height = (1.25 * fontSize).rounded(.up)
        // Rows top-down: larger y first.
        let order = links.indices.filter { texts[$0] != nil }.sorted { l, m in
            let (bl, bm) = (PortfolioYears.endpoints(links[l], ends[l], boxes), PortfolioYears.endpoints(links[m], ends[m], boxes))
            if bl.end.y != bm.end.y { return bl.end.y > bm.end.y }
            if bl.end.x != bm.end.x { return bl.end.x < bm.end.x }
            return bl.other.y != bm.other.y ? bl.other.y > bm.other.y : l < m
        }
        var placed: [Label] = []
        for l in order {
            let text = texts[l]!
            let width = (TextExtent.width(text, fontSize: fontSize) + 4).rounded(.up)
            let (end, other) = PortfolioYears.endpoints(links[l], ends[l], boxes)
            let (dx, dy) = (other.x - end.x, other.y - end.y)
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 0, dx != 0 else { continue }
            let (ux, uy) = (dx / length, dy / length)
            let first = (width / 2 + PortfolioYears.clearance) / abs(ux)
            var r = first
            var rect = Rect(x: end.x + ux * r, y: end.y + uy * r, width: width, height: height)
            while grid.overlaps(rect) {
                r += PortfolioYears.step
                if r > 2 * length / 3 {
                    r = first
                    rect = Rect(x: end.x + ux * r, y: end.y + uy * r, width: width, height: height)
                    break
                }
                rect = Rect(x: end.x + ux * r, y: end.y + uy * r, width: width, height: height)
            }
            grid.insert(rect)
            placed.append(Label(link: l, text: text, x: rect.x, y: rect.y, width: width, height: height))
        }
        labels = placed.sorted { $0.link < $1.link }
    }

    /// The line's end that carries the label and its other end: the marks' inner edges.
    private static func endpoints(_ link: PortfolioSides.Link, _ side: PortfolioSides.Side,
                                  _ boxes: [Int: PortfolioLayout.Actor]) -> (end: (x: Double, y: Double), other: (x: Double, y: Double)) {
        let (a, b) = (boxes[link.a]!, boxes[link.b]!)
        let pa = (x: a.innerX, y: a.y), pb = (x: b.innerX, y: b.y)
        return side == .a ? (pa, pb) : (pb, pa)
    }

    struct Rect: Hashable {
        let x: Double, y: Double, width: Double, height: Double

        func overlaps(_ other: Rect) -> Bool {
            abs(x - other.x) * 2 < width + other.width && abs(y - other.y) * 2 < height + other.height
        }
    }

    /// Rectangles bucketed by the 48-point cells they touch.
    private struct Grid {
        static let cell = 48.0
        var buckets: [Cell: [Rect]] = [:]

        struct Cell: Hashable { let i: Int, j: Int }

        private func cells(_ r: Rect) -> [Cell] {
            let (i0, i1) = (Int(((r.x - r.width / 2) / Grid.cell).rounded(.down)), Int(((r.x + r.width / 2) / Grid.cell).rounded(.down)))
            let (j0, j1) = (Int(((r.y - r.height / 2) / Grid.cell).rounded(.down)), Int(((r.y + r.height / 2) / Grid.cell).rounded(.down)))
            return (i0...i1).flatMap { i in (j0...j1).map { Cell(i: i, j: $0) } }
        }

        mutating func insert(_ r: Rect) {
            for c in cells(r) { buckets[c, default: []].append(r) }
        }

        func overlaps(_ r: Rect) -> Bool {
            cells(r).contains { c in buckets[c]?.contains(where: r.overlaps) ?? false }
        }
    }
}
