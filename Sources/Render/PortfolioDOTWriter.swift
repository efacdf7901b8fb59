import Graph
import GraphvizBridge

/// Writes the DOT text of a portfolio drawing (`render --sides KEY=VALUE`): the standard
/// picture of who twins with whom. Side A's actors stand in a column on the left, their
/// partners in a column on the right, grouped and placed by `PortfolioLayout`; every node is
/// pinned (`Placement.pinned`: Graphviz routes the lines only).
///
/// An actor is a small mark in the theme's shape and colour of its type (the node, with the
/// `node-<id>` element id every diagram gives it), its name beside it on the outer side. A
/// straight line joins each pair of partners, from mark to mark; it is coloured and dashed
/// by the kinds of the agreements it carries, thicker for more of them (as in
/// `DiagramEdges`), and carries their years near one end (`PortfolioYears`). Names, country
/// headings and region subheadings are text nodes (`class="portfolio-name"`,
/// `"portfolio-country"`, `"portfolio-region"`). A caption at the bottom says what is drawn
/// and what is not, beside the legend of node types and agreement kinds.
public enum PortfolioDOTWriter {
    /// The DOT text, and the caption it carries (for the command to repeat on standard error).
    public struct Drawing: Sendable {
        public let dot: String
        public let caption: String
    }

    /// The portfolio of `dataset` split by `predicate`, with the theme, seed-free and legend
    /// choices of `options` (colours follow node types; sizes, clusters and label choices do
    /// not apply: every actor is named).
    /// - Throws: `SidePredicateError` when the predicate cannot split the dataset (see
    ///   `SidePredicate.membership(in:)`), `ThemeError` for a theme that fails its checks.
    public static func drawing(for dataset: Dataset, sides predicate: SidePredicate,
                               options: DiagramOptions = DiagramOptions()) throws -> Drawing {
        try options.theme.check()
        let sides = try PortfolioSides(dataset: dataset, predicate: predicate)
        let layout = PortfolioLayout(dataset: dataset, sides: sides, metrics: .init(fontSize: options.theme.fontSize))
        let caption = PortfolioCaption(dataset: dataset, layout: layout)
        let theme = options.theme

        var out = "graph portfolio {\n"
        out += "  graph" + DiagramDOTWriter.attributeList([
            ("layout", Placement.pinned.engineName), ("bgcolor", theme.background), ("fontname", theme.fontName),
            ("outputorder", "edgesfirst"), ("pad", "0.3"), ("splines", "line"), ("overlap", "true"),
            ("labelloc", "b"), ("labeljust", "l"),
        ]) + ";\n"
        out += "  graph [label=\(caption.htmlLabel(legend: options.legend ? legend(dataset: dataset, sides: sides, theme: theme) : nil, theme: theme))];\n"
        out += "  node" + DiagramDOTWriter.attributeList([
            ("fontname", theme.fontName), ("fontsize", theme.fontSize.formatted), ("style", "filled"),
            ("penwidth", "0.6"), ("color", "#333333"), ("fixedsize", "true"), ("margin", "0"),
        ]) + ";\n"
        out += "  edge" + DiagramDOTWriter.attributeList([("arrowsize", "0.7")]) + ";\n"
        out += actors(dataset: dataset, layout: layout, theme: theme)
        out += labels(layout: layout, theme: theme)
        out += years(dataset: dataset, layout: layout, theme: theme)
        out += edges(dataset: dataset, layout: layout, theme: theme)
        return Drawing(dot: out + "}\n", caption: caption.text)
    }

    /// Each actor's mark (the node: `node-<id>`, its type as class, the theme's shape and
    /// colour) and its name beside it (a text node, `name-<id>`), both with the tooltip.
    private static func actors(dataset: Dataset, layout: PortfolioLayout, theme: Theme) -> String {
        let ids = DOMName.uniqueIDs(dataset.nodes.map(\.id), prefix: "node")
        let nameIDs = DOMName.uniqueIDs(dataset.nodes.map(\.id), prefix: "name")
        var partners: [Int: Int] = [:]
        for link in layout.sides.links { partners[link.a, default: 0] += 1; partners[link.b, default: 0] += 1 }
        var out = ""
        for actor in layout.actors {
            let node = dataset.nodes[actor.node]
            let look = theme.look(of: node.type)
            let tip = tooltip(node, partners: partners[actor.node] ?? 0)
            let mark: [(String, String)] = [
                ("id", ids[actor.node]), ("class", DOMName.className(node.type?.rawValue ?? "untyped")),
                ("shape", look.shape), ("fillcolor", look.color), ("label", ""),
                ("width", (actor.width / 72).formatted), ("height", (actor.height / 72).formatted),
                ("pos", "\(actor.x.formatted),\(actor.y.formatted)!"), ("tooltip", tip),
            ]
            out += "  n\(actor.node)" + DiagramDOTWriter.attributeList(mark) + ";\n"
            let align = actor.side == .a ? "RIGHT" : "LEFT"
            let text = actor.lines.map(XMLText.htmlLabel).joined(separator: "<BR ALIGN=\"\(align)\"/>")
            let html = cell(text, width: actor.nameWidth, height: actor.nameHeight, align: align, background: theme.background)
            out += "  t\(actor.node)" + textNode(id: nameIDs[actor.node], classes: "portfolio-name side-\(sideName(actor.side))",
                                                  x: actor.nameX, y: actor.y, tooltip: tip, html: html)
        }
        return out
    }

    private static func sideName(_ side: PortfolioSides.Side) -> String { side == .a ? "a" : "b" }

    /// An HTML-like label: one borderless cell of the given size (points) holding `text`
    /// aligned as asked, lines included (`BALIGN`), on the background's colour (where a
    /// wrapped side's lines pass beneath a column, the names stay legible).
    private static func cell(_ text: String, width: Double, height: Double, align: String, background: String) -> String {
        "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" BGCOLOR=\"\(XMLText.htmlLabel(background))\"><TR>"
            + "<TD WIDTH=\"\(Int(width.rounded(.up)))\" HEIGHT=\"\(Int(height.rounded(.up)))\" ALIGN=\"\(align)\" BALIGN=\"\(align)\">"
            + text + "</TD></TR></TABLE>>"
    }

    /// A pinned node that is only text (an HTML-like label, written unquoted).
    private static func textNode(id: String, classes: String, x: Double, y: Double, tooltip: String, html: String) -> String {
        let attributes: [(String, String)] = [
            ("id", id), ("class", classes), ("shape", "plaintext"), ("style", ""), ("fixedsize", "false"),
            ("width", "0"), ("height", "0"), ("pos", "\(x.formatted),\(y.formatted)!"), ("tooltip", tooltip),
        ]
        return String(DiagramDOTWriter.attributeList(attributes).dropLast()) + ", label=\(html)];\n"
    }

    private static func tooltip(_ node: Node, partners: Int) -> String {
        var lines = [node.label, "id: \(node.id)"]
        if let type = node.type { lines.append("type: \(type.rawValue)") }
        if let country = node.country { lines.append("country: \(country)") }
        lines.append("partners drawn: \(partners)")
        return lines.joined(separator: "\n")
    }

    /// Country headings and region subheadings: text without a shape, aligned towards the
    /// gap in a cell of the label's width.
    private static func labels(layout: PortfolioLayout, theme: Theme) -> String {
        var out = ""
        for (k, label) in layout.labels.enumerated() {
            let isCountry = label.kind == .country
            let kind = isCountry ? "country" : "region"
            let align = label.side == .a ? "RIGHT" : "LEFT"
            let size = isCountry ? layout.metrics.headingFontSize : theme.fontSize
            let color = isCountry ? "#000000" : "#555555"
            let text = "<FONT POINT-SIZE=\"\(size.formatted)\" COLOR=\"\(color)\"><B>\(XMLText.htmlLabel(label.text))</B></FONT>"
            out += "  h\(k)" + textNode(id: "portfolio-\(kind)-\(k)", classes: "portfolio-\(kind) side-\(sideName(label.side))",
                                       x: label.x, y: label.y, tooltip: label.text,
                                       html: cell(text, width: label.width, height: label.height, align: align, background: theme.background))
        }
        return out
    }

    private static func edges(dataset: Dataset, layout: PortfolioLayout, theme: Theme) -> String {
        let ids = DOMName.uniqueIDs(dataset.agreements.map(\.id), prefix: "edge")
        let index = dataset.nodeIndex()
        var out = ""
        for link in layout.sides.links {
            let agreements = link.agreements.map { dataset.agreements[$0] }
            var kinds: [String] = []
            var looks: [Theme.EdgeLook] = []
            for agreement in agreements {
                let name = DOMName.className(agreement.kind?.rawValue ?? "unspecified")
                if !kinds.contains(name) { kinds.append(name) }
                let look = theme.look(of: agreement.kind)
                if !looks.contains(where: { $0.color == look.color }) { looks.append(look) }
            }
            let style = Set(looks.map(\.style)).count == 1 ? looks[0].style : "solid"
            let width = theme.edgeWidth.lowerBound * DiagramEdges.widthFactor(count: agreements.count) / Double(looks.count)
            var attributes: [(String, String)] = [
                ("id", ids[link.agreements[0]]), ("class", kinds.joined(separator: " ")),
                ("color", looks.map(\.color).joined(separator: ":")), ("style", style), ("penwidth", width.formatted),
                ("tailport", "e"), ("headport", "w"),
            ]
            let group = DiagramEdges.Group(members: link.agreements, tail: link.a, head: link.b)
            if let direction = layout.sides.edges.direction(of: group, in: dataset, index: index) { attributes.append(("dir", direction)) }
            attributes.append(("tooltip", tooltip(agreements, a: dataset.nodes[link.a].label, b: dataset.nodes[link.b].label)))
            out += "  n\(link.a) -- n\(link.b)" + DiagramDOTWriter.attributeList(attributes) + ";\n"
        }
        return out
    }

    /// The years on the lines: text on a white ground that interrupts the line beneath, in the
    /// colour of the line's first kind, darkened (light blues and yellows are too faint for
    /// small digits).
    private static func years(dataset: Dataset, layout: PortfolioLayout, theme: Theme) -> String {
        let ids = DOMName.uniqueIDs(dataset.agreements.map(\.id), prefix: "years")
        var out = ""
        for label in layout.years.labels {
            let link = layout.sides.links[label.link]
            let color = theme.look(of: dataset.agreements[link.agreements[0]].kind).color
            let attributes: [(String, String)] = [
                ("id", ids[link.agreements[0]]), ("class", "portfolio-years"), ("shape", "box"), ("style", "filled"),
                ("fillcolor", theme.background), ("penwidth", "0"), ("fontsize", layout.metrics.yearFontSize.formatted),
                ("fontcolor", ColorMath.interpolate([color, "#000000"], at: 0.4)), ("label", label.text),
                ("width", (label.width / 72).formatted), ("height", (label.height / 72).formatted),
                ("pos", "\(label.x.formatted),\(label.y.formatted)!"),
                ("tooltip", "\(dataset.nodes[link.a].label) – \(dataset.nodes[link.b].label): \(label.text)"),
            ]
            out += "  y\(label.link)" + DiagramDOTWriter.attributeList(attributes) + ";\n"
        }
        return out
    }

    private static func tooltip(_ agreements: [Agreement], a: String, b: String) -> String {
        (["\(a) – \(b)"] + DiagramStyle.agreementLines(agreements)).joined(separator: "\n")
    }

    /// The legend every diagram has (`DiagramLegend`), for the node types and agreement kinds
    /// drawn here. It is asked of a stand-in dataset holding one node per type and one
    /// agreement per kind: the legend lists what is present, and a stand-in that small is
    /// styled at natural size, whereas the drawn actors, above `DiagramScale.denseThreshold`,
    /// would be styled as points.
    private static func legend(dataset: Dataset, sides: PortfolioSides, theme: Theme) -> String? {
        var types: [NodeType?] = []
        for i in sides.sideOf.indices where sides.sideOf[i] != nil && !types.contains(dataset.nodes[i].type) {
            types.append(dataset.nodes[i].type)
        }
        var stand = Dataset(nodes: types.enumerated().map { Node(id: "t\($0.offset)", type: $0.element) })
        var kinds: [AgreementKind?] = []
        for link in sides.links {
            for e in link.agreements where !kinds.contains(dataset.agreements[e].kind) { kinds.append(dataset.agreements[e].kind) }
        }
        stand.agreements = kinds.enumerated().map { Agreement(id: "k\($0.offset)", from: "t0", to: "t0", kind: $0.element) }
        let style = DiagramStyle(dataset: stand, options: DiagramOptions(theme: theme), measures: [:], communities: nil)
        return DiagramLegend(style: style, dataset: stand).htmlLabel(sizeMeasure: nil)
    }
}
