import Graph
import GraphvizBridge
import Tables

/// Applies the theme and the options to every node and edge of one diagram: the attributes
/// each gets. The rules themselves (which colour, which shape) live in `Theme`; this type
/// decides how they combine with the drawing's size.
struct DiagramStyle {
    let theme: Theme
    let options: DiagramOptions
    let scale: DiagramScale
    let coloring: NodeColoring
    /// Diameters in inches when sizes follow a measure, else nil.
    let diameters: [Double]?
    let labelled: Set<Int>
    let edgeWidths: EdgeWidths
    /// What ranks nodes for labelling (`NodeSizing.rank`), indexed like the nodes.
    let rank: [Double]
    /// Names drawn as boxes of their own beside their points, placed by `LabelPlacement`: in
    /// large drawings at known positions, whose layout kept no room for names.
    let separateLabels: Bool
    /// The measures shown in tooltips, in name order.
    let tooltipMeasures: [(name: String, values: [Double])]

    init(dataset: Dataset, options: DiagramOptions, measures: [String: [Double]], communities: [Int]?) {
        let n = dataset.nodes.count
        theme = options.theme
        self.options = options
        let pinned = options.positions.flatMap { $0.count == n ? $0 : nil }
        // Large drawings are scaled to the extent of their first pass; the others to the
        // extent expected of their node count, which their positions (stored or packed) assume.
        let large = DiagramScale(nodeCount: n).isLarge
        scale = options.mapFrame != nil ? DiagramScale(map: n)
            : DiagramScale(nodeCount: n, extent: large ? pinned.flatMap(DiagramScale.extent(of:)) : nil)
        if let name = options.sizeBy, let values = measures[name], values.count == n {
            let points = options.theme.pointSize
            let boosted = points.lowerBound * scale.pointBoost...points.upperBound * scale.pointBoost
            diameters = NodeSizing.diameters(values, range: scale.isDense ? boosted : options.theme.nodeSize)
        } else {
            diameters = nil
        }
        let rank = NodeSizing.rank(measures: measures, sizeBy: options.sizeBy, dataset: dataset)
        coloring = NodeColoring(dataset, by: options.colorBy, communities: communities, theme: options.theme, rank: rank)
        self.rank = rank
        // Maps too: their points stay where the places are, and the names go beside them.
        separateLabels = (scale.isLarge || options.mapFrame != nil) && pinned != nil
        switch options.labels {
        case .all: labelled = Set(0..<n)
        case .none: labelled = []
        // Dense drawings coloured by community also name each coloured community's leading actor.
        case .auto: labelled = NodeSizing.top(scale.autoLabelCount(nodeCount: n), by: rank)
            .union(scale.isDense ? coloring.leaders : [])
        case .top(let k): labelled = NodeSizing.top(k, by: rank)
        }
        edgeWidths = EdgeWidths(dataset.agreements.map(\.weight), range: options.theme.edgeWidth)
        tooltipMeasures = measures.filter { $0.value.count == n }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    // MARK: Graph

    /// A pinned drawing (`placement == .pinned`) keeps the layout's splines and separation but
    /// runs no engine (`nop1`), starts from no seed, packs nothing and removes no overlaps:
    /// each of those would move the nodes from their stored positions.
    func graphAttributes(layout: Layout, placement: Placement) -> [(String, String)] {
        let pinned = placement.isPinned
        var a: [(String, String)] = [
            ("layout", pinned ? placement.engineName : layout.rawValue), ("bgcolor", theme.background),
            ("fontname", theme.fontName), ("outputorder", "edgesfirst"), ("pad", "0.3"),
        ]
        if layout.isSeeded && !pinned { a.append(("start", String(options.seed))) }
        if let size = scale.sizeAttribute {
            // 72 dpi: one pixel per point, so page-relative sizes are pixel sizes in a PNG.
            a += [("size", size), ("dpi", "72")]
        }
        if diameters != nil || options.yearLabels { a.append(("forcelabels", "true")) }
        switch layout {
        case .neato, .fdp, .sfdp:
            // prism removes overlaps while keeping the layout's shape (Gansner & Hu 2010): about
            // two thirds of sfdp's time on 10,000 nodes, but fewer passes (prism100) leave
            // names overlapping. Dense drawings use straight lines: spline routing around
            // 10,000 points takes minutes.
            // Large drawings keep overlaps: prism took 35–60 s of the sister-city network's
            // 40–60 s; their few names are placed afterwards (LabelPlacement).
            if !pinned { a.append(("overlap", scale.isLarge ? "true" : "prism")) }
            a.append(("splines", scale.isDense ? "false" : "true"))
            if !scale.isDense { a.append(("sep", "+6")) }
            if layout == .sfdp && scale.isDense { a.append(("smoothing", "none")) }
            // Large drawings: the faster Barnes–Hut quadtree (about 40% off sfdp's time on the
            // sister-city network, 8.9 s to 5.3 s with the sfdp program); its coarser forces
            // do not show among thousands of points.
            if layout == .sfdp && scale.isLarge && !pinned { a.append(("quadtree", "fast")) }
            if layout != .neato, let k = scale.springLength { a.append(("K", k.formatted)) }
            // The small components fill the gaps around the main one (packing by node, sfdp's
            // default) with a 2-point margin instead of 8, which left them as a sparse grid.
            if scale.isMedium && !pinned { a += [("pack", "2"), ("packmode", "node")] }
        case .dot:
            a.append(("rankdir", "LR"))
            a.append(("nodesep", "0.3"))
        case .osage:
            // Boxes packed as a graph (Freivalds et al.'s polyomino packing): the default array
            // packing put the bundled dataset's country boxes in one row, 6,505 × 816 points.
            a += [("splines", "false"), ("packmode", "graph")]
        case .circo, .twopi:
            if !pinned { a.append(("overlap", "false")) }
            a.append(("splines", scale.isDense ? "false" : "true"))
        }
        if pinned { a.append(("overlap", "true")) }
        // Packed boxes (ClusterLayout): the lines are routed around the pinned nodes in small
        // drawings, straight in dense ones.
        if pinned && options.clusterBounds != nil { a.append(("splines", "false")) }
        // A map's outlines go beneath everything as `_background`, set through the library
        // (`DiagramDOTWriter.graphAttributes`: too long for DOT text); nothing is translated.
        if options.mapFrame != nil { a.append(("notranslate", "true")) }
        return a
    }

    /// Defaults for every node and edge, so that each statement carries only what differs.
    var nodeDefaults: [(String, String)] {
        let font = (theme.fontSize * scale.pageFontFactor).formatted
        var a: [(String, String)] = [("fontname", theme.fontName), ("fontsize", font), ("style", "filled"),
                                     ("penwidth", (0.6 * scale.factor).formatted)]
        if scale.isDense {
            a += [("shape", "point"), ("width", (theme.pointSize.lowerBound * scale.pointBoost * scale.factor).formatted),
                  ("color", "#00000060")]
        } else {
            a += [("color", "#333333"), ("margin", "0.08,0.04")]
        }
        return a
    }

    /// The pen width of one agreement's line in a dense drawing.
    var denseEdgeWidth: Double { (scale.isMedium ? 0.5 : 0.35) * scale.factor }

    /// Line opacity in dense drawings: where thousands of lines cross, density shows as
    /// darkness; a medium drawing's few hundred lines can be darker.
    var denseEdgeOpacity: Double { scale.isMedium ? 0.4 : 0.28 }

    var edgeDefaults: [(String, String)] {
        let font = (theme.fontSize * 0.85 * scale.pageFontFactor).formatted
        var a: [(String, String)] = [("fontname", theme.fontName), ("fontsize", font), ("arrowsize", "0.7")]
        if scale.isDense {
            // Thin and translucent: where thousands of lines cross, density shows as darkness.
            a += [("color", ColorMath.withAlpha(theme.denseEdgeColor, denseEdgeOpacity)), ("penwidth", denseEdgeWidth.formatted)]
        }
        return a
    }

    // MARK: Nodes

    func nodeAttributes(_ node: Node, index i: Int, domID: String) -> [(String, String)] {
        var a: [(String, String)] = [("id", domID), ("class", DOMName.className(node.type?.rawValue ?? "untyped"))]
        if scale.isDense && labelled.contains(i) && !separateLabels {
            a += denseLabelAttributes(node, index: i, color: coloring.colors[i])
        } else {
            a += plainAttributes(node, index: i)
        }
        a.append(("tooltip", nodeTooltip(node, index: i)))
        return a
    }

    private func plainAttributes(_ node: Node, index i: Int) -> [(String, String)] {
        let fill = coloring.colors[i]
        var a: [(String, String)] = []
        if !scale.isDense { a.append(("shape", theme.look(of: node.type).shape)) }
        a.append(("fillcolor", fill))
        if let diameters {
            let d = (diameters[i] * (scale.isDense ? scale.factor : 1)).formatted
            a += [("width", d), ("height", d), ("fixedsize", "true")]
        }
        let shown = labelled.contains(i) && !separateLabels
        if diameters != nil {
            // A node sized by a measure holds no text (it would set the size): the name sits beside it.
            a.append(("label", ""))
            if shown { a.append(("xlabel", node.label)) }
        } else {
            a.append(("label", shown ? node.label : ""))
            if shown && ColorMath.isDark(fill) { a.append(("fontcolor", "white")) }
        }
        return a
    }

    /// In dense drawings a labelled node is its name in a white box edged in the node's colour:
    /// as a node, the name takes part in overlap removal, so no point or other name hides it,
    /// where a free-floating `xlabel` would sit on top of the crowd around a hub.
    ///
    /// In medium drawings the box is filled with a light tint of the node's colour, so its type
    /// shows at a glance, and its name grows with the size measure (up to 1.6 times), so hubs
    /// stand out as their points would.
    private func denseLabelAttributes(_ node: Node, index i: Int, color: String) -> [(String, String)] {
        var a: [(String, String)] = [
            ("shape", "box"), ("style", "rounded,filled"), ("color", color),
            ("penwidth", ((scale.isMedium ? 2 : 1.5) * scale.factor).formatted), ("label", node.label),
            ("width", "0"), ("height", "0"), ("margin", "0.05,0.02"),
        ]
        guard scale.isMedium else { return a + [("fillcolor", "#FFFFFFE6")] }
        a.append(("fillcolor", ColorMath.interpolate(["#FFFFFF", color], at: 0.2)))
        if let t = sizeFraction(i) {
            // Whole points: with fractional sizes (a font per node) the PNG of belarus-asia came
            // out in two variants from run to run, a few glyph pixels apart (cairo/pango font
            // caches), while the SVG stayed the same; with whole sizes it repeats (20 of 20).
            a.append(("fontsize", (theme.fontSize * scale.pageFontFactor * (1 + 0.6 * t)).rounded().formatted))
        }
        return a
    }

    /// The room node `i` takes in points, estimated before Graphviz sizes it (for positions
    /// computed here, `ClusterPacking`): a point, a name box, a shape sized by a measure, or a
    /// shape around its name (`TextExtent` plus the margins, times √2 for the round and
    /// many-sided shapes Graphviz fits around a label's box, at least Graphviz's 0.75 × 0.5
    /// inch).
    func estimatedSize(of node: Node, index i: Int) -> (width: Double, height: Double) {
        let font = theme.fontSize * scale.pageFontFactor
        if scale.isDense {
            guard labelled.contains(i) && !separateLabels else { let d = 2 * pointRadius(i); return (d, d) }
            let big = font * (scale.isMedium ? 1.6 : 1)
            return (TextExtent.width(node.label, fontSize: big) + 2 * 0.05 * 72 + 6 * scale.factor, 1.3 * big + 2 * 0.02 * 72)
        }
        if let diameters { return (diameters[i] * 72, diameters[i] * 72) }
        let shape = theme.look(of: node.type).shape
        let fit = ["box", "rect", "rectangle", "square", "plaintext", "plain", "none", "note", "tab", "folder", "component"].contains(shape) ? 1.0 : 2.0.squareRoot()
        let text = labelled.contains(i) ? TextExtent.width(node.label, fontSize: font) : 0
        return (max(54, (text + 2 * 0.08 * 72) * fit), max(36, (1.2 * font + 2 * 0.04 * 72) * fit))
    }

    /// The drawn radius of node `i` in points, in a dense drawing (a point).
    func pointRadius(_ i: Int) -> Double {
        let inches = diameters.map { $0[i] * scale.factor } ?? theme.pointSize.lowerBound * scale.pointBoost * scale.factor
        return inches * 72 / 2
    }

    /// The font size in points of a separate name box (`separateLabels`).
    var separateLabelFontSize: Double { theme.fontSize * scale.pageFontFactor }

    /// The attributes of node `i`'s separate name box, centred at (x, y) points.
    func separateLabelAttributes(_ node: Node, index i: Int, x: Double, y: Double, domID: String) -> [(String, String)] {
        [("id", domID), ("class", "name"), ("shape", "box"), ("style", "rounded,filled"), ("color", coloring.colors[i]),
         ("fillcolor", "#FFFFFFE6"), ("penwidth", (1.5 * scale.factor).formatted), ("label", node.label),
         ("fontsize", separateLabelFontSize.formatted), ("width", "0"), ("height", "0"), ("margin", "0.05,0.02"),
         ("pos", "\(x.formatted),\(y.formatted)!"), ("tooltip", node.label)]
    }

    /// Where node `i`'s area lies between the smallest and largest, in 0...1; nil without sizes.
    private func sizeFraction(_ i: Int) -> Double? {
        guard let diameters, let low = diameters.min(), let high = diameters.max(), high > low else { return nil }
        return (diameters[i] * diameters[i] - low * low) / (high * high - low * low)
    }

    private func nodeTooltip(_ node: Node, index i: Int) -> String {
        var lines = [node.label, "id: \(node.id)"]
        if let type = node.type { lines.append("type: \(type.rawValue)") }
        if let country = node.country { lines.append("country: \(country)") }
        for (name, values) in tooltipMeasures { lines.append("\(name): \(AttributeValue.format(values[i]))") }
        return lines.joined(separator: "\n")
    }

    // MARK: Edges

    /// The attributes of one drawn edge carrying the agreements `members` (indices into
    /// `dataset.agreements`): the first one's id, every kind as a class, a width that grows
    /// with their number (shared among the strokes of several kinds' colours), and a tooltip
    /// listing them.
    func edgeAttributes(_ members: [Int], in dataset: Dataset, domID: String, direction: String?,
                        endpoints: (String, String)) -> [(String, String)] {
        let agreements = members.map { dataset.agreements[$0] }
        var kinds: [String] = []
        for a in agreements {
            let name = DOMName.className(a.kind?.rawValue ?? "unspecified")
            if !kinds.contains(name) { kinds.append(name) }
        }
        var a: [(String, String)] = [("id", domID), ("class", kinds.joined(separator: " "))]
        let factor = DiagramEdges.widthFactor(count: members.count)
        if !scale.isDense {
            // Several kinds: parallel strokes, one per kind's colour; one dash style if they share it.
            var looks: [(color: String, style: String)] = []
            for agreement in agreements {
                let look = theme.look(of: agreement.kind)
                if !looks.contains(where: { $0.color == look.color }) { looks.append((look.color, look.style)) }
            }
            let style = Set(looks.map(\.style)).count == 1 ? looks[0].style : "solid"
            let base = members.map(edgeWidths.width).max() ?? edgeWidths.range.lowerBound
            let cap = max(edgeWidths.range.upperBound, 5 * edgeWidths.range.lowerBound)
            a += [("color", looks.map(\.color).joined(separator: ":")), ("style", style),
                  ("penwidth", min(cap, base * factor / Double(looks.count)).formatted)]
        } else if members.count > 1 {
            a.append(("penwidth", (denseEdgeWidth * factor).formatted))
        }
        if let direction { a.append(("dir", direction)) }
        // An external label: dot's edge labels on edges within one rank hit a double free in
        // Graphviz 2.42 (flat_edges), and external labels never push nodes apart.
        if options.yearLabels {
            let years = Set(agreements.compactMap { $0.date?.year }).sorted()
            if !years.isEmpty { a.append(("xlabel", years.map(String.init).joined(separator: ", "))) }
        }
        a.append(("tooltip", edgeTooltip(agreements, endpoints: endpoints)))
        return a
    }

    /// A tooltip lists at most this many agreements of a merged edge, then how many more.
    static let tooltipAgreements = 12

    private func edgeTooltip(_ agreements: [Agreement], endpoints: (String, String)) -> String {
        var lines = ["\(endpoints.0) – \(endpoints.1)"]
        if agreements.count == 1 {
            let agreement = agreements[0]
            if let kind = agreement.kind { lines.append("kind: \(kind.rawValue)") }
            if let date = agreement.date { lines.append("date: \(date)") }
            if let status = agreement.status { lines.append("status: \(status.rawValue)") }
            return lines.joined(separator: "\n")
        }
        lines.append("\(agreements.count) agreements:")
        return (lines + DiagramStyle.agreementLines(agreements)).joined(separator: "\n")
    }

    /// One tooltip line per agreement ("• twinning, 2004, signed (a0123)"), the first
    /// `tooltipAgreements` of them, then how many more: for every drawing's merged lines.
    static func agreementLines(_ agreements: [Agreement]) -> [String] {
        var lines = agreements.prefix(tooltipAgreements).map { agreement in
            let facts = [agreement.kind?.rawValue ?? "unspecified", agreement.date.map { "\($0)" },
                         agreement.status?.rawValue].compactMap { $0 }
            return "• " + facts.joined(separator: ", ") + " (\(agreement.id))"
        }
        if agreements.count > tooltipAgreements { lines.append("… and \(agreements.count - tooltipAgreements) more") }
        return lines
    }
}

/// Pen widths proportional to agreement weight, between the theme's bounds; the narrowest
/// width when no agreement has a weight.
struct EdgeWidths {
    let weights: [Double?]
    let low: Double, high: Double
    let range: ClosedRange<Double>

    init(_ weights: [Double?], range: ClosedRange<Double>) {
        let finite = weights.compactMap { $0 }.filter(\.isFinite)
        self.weights = weights
        self.low = finite.min() ?? 0
        self.high = finite.max() ?? 0
        self.range = range
    }

    func width(_ e: Int) -> Double {
        guard let w = weights[e], w.isFinite, high > low else { return range.lowerBound }
        return range.lowerBound + (w - low) / (high - low) * (range.upperBound - range.lowerBound)
    }
}
