import Graph
import GraphvizBridge
import Tables

/// Writes the styled DOT text of a diagram. The data format (`DOTFormat`) writes a dataset's
/// facts; this writes a picture: shapes, colours, sizes, clusters and a legend.
///
/// Nodes are named `n0`, `n1`... in the DOT text (any id, even one ending in a backslash, stays
/// safe) and carry their dataset id in the SVG `id` attribute (`node-<id>`) and in the tooltip.
/// Agreements whose endpoints name no node are not drawn (validation reports them).
public enum DiagramDOTWriter {
    /// The DOT text of `dataset` drawn as `options` say. `measures` are per-node values keyed
    /// by measure name and indexed like `dataset.nodes` (for `sizeBy`, labels and tooltips);
    /// `communities` numbers each node's community (for `.community` colours and clusters).
    /// Throws a `ThemeError` when a value of `options.theme` fails the theme checks
    /// (`Theme.check(as:)`), however the theme was made.
    public static func dot(for dataset: Dataset, options: DiagramOptions = DiagramOptions(),
                           measures: [String: [Double]] = [:], communities: [Int]? = nil) throws -> String {
        try options.theme.check()
        let style = DiagramStyle(dataset: dataset, options: options, measures: measures, communities: communities)
        let layout = options.resolvedLayout(for: dataset)
        let placement = options.placement(for: dataset)
        let nodeIDs = DOMName.uniqueIDs(dataset.nodes.map(\.id), prefix: "node")

        var out = "graph diagram {\n"
        out += "  graph" + attributeList(style.graphAttributes(layout: layout, placement: placement)) + ";\n"
        let legend = options.legend ? legendLabel(style: style, dataset: dataset, measures: measures) : nil
        if let label = DiagramLegend.graphLabel(legend: legend, caption: options.caption, style: style) {
            out += "  graph [labelloc=\"b\", labeljust=\"\(options.caption == nil ? "r" : "l")\", label=\(label)];\n"
        }
        out += "  node" + attributeList(style.nodeDefaults) + ";\n"
        out += "  edge" + attributeList(style.edgeDefaults) + ";\n"

        var nodeText = dataset.nodes.indices.map { i in
            var attributes = style.nodeAttributes(dataset.nodes[i], index: i, domID: nodeIDs[i])
            if placement.isPinned, let p = options.positions?[i] { attributes.append(("pos", "\(p.x),\(p.y)!")) }
            return "n\(i)" + attributeList(attributes) + ";\n"
        }
        var body = ""
        if let clusterBy = options.clusterBy, layout.drawsClusters && !placement.isPinned || options.clusterBounds != nil {
            body += DiagramClusters(dataset: dataset, by: clusterBy, communities: communities, scale: style.scale,
                                    bounds: options.clusterBounds).write(nodeText: &nodeText)
        }
        // Graphviz draws nodes in the order written: labelled nodes last, so no point covers a name.
        let order = nodeText.indices.filter { !style.labelled.contains($0) } + nodeText.indices.filter { style.labelled.contains($0) }
        for i in order where !nodeText[i].isEmpty { body += "  " + nodeText[i] }
        if style.separateLabels, let positions = options.positions {
            body += separateLabels(of: dataset, style: style, positions: positions, nodeIDs: nodeIDs)
        }
        out += body
        out += edges(of: dataset, style: style)
        return out + "}\n"
    }

    /// The graph attributes a drawing sets through the library rather than in its DOT text: a
    /// map's country outlines (`_background`, 80–120 KB of drawing operations, past the DOT
    /// reader's string limit).
    public static func graphAttributes(options: DiagramOptions) -> [(name: String, value: String)] {
        guard let frame = options.mapFrame else { return [] }
        return [("_background", frame.background)]
    }

    /// The names of a large drawing at known positions: boxes of their own (`l0`, `l1`...)
    /// placed by `LabelPlacement` in order of rank, each tied to its point by a thin leader line
    /// when it had to move away. Box sizes are estimated from the text (`TextExtent`) for
    /// placement; Graphviz sizes the drawn box.
    private static func separateLabels(of dataset: Dataset, style: DiagramStyle, positions: [NodePosition], nodeIDs: [String]) -> String {
        let order = style.labelled.sorted { style.rank[$0] != style.rank[$1] ? style.rank[$0] > style.rank[$1] : $0 < $1 }
        let font = style.separateLabelFontSize
        let requests = order.map { i in
            LabelPlacement.Request(x: positions[i].x, y: positions[i].y,
                                   width: TextExtent.width(dataset.nodes[i].label, fontSize: font) + 2 * 0.05 * 72 + 4 * style.scale.factor,
                                   height: 1.2 * font + 2 * 0.02 * 72 + 4 * style.scale.factor)
        }
        let radius = order.map(style.pointRadius).max() ?? 0
        let placed = LabelPlacement.place(requests, radius: radius, gap: 0.3 * font)
        var out = ""
        for (k, i) in order.enumerated() {
            let p = placed[k]
            out += "  l\(k)" + attributeList(style.separateLabelAttributes(dataset.nodes[i], index: i, x: p.x, y: p.y,
                                                                          domID: "name" + nodeIDs[i].dropFirst("node".count))) + ";\n"
            if p.needsLeader {
                out += "  n\(i) -- l\(k)" + attributeList([("class", "leader"), ("color", "#333333"),
                                                          ("penwidth", (0.8 * style.scale.factor).formatted)]) + ";\n"
            }
        }
        return out
    }

    private static func edges(of dataset: Dataset, style: DiagramStyle) -> String {
        let index = dataset.nodeIndex()
        let drawn = DiagramEdges(dataset: dataset)
        let edgeIDs = DOMName.uniqueIDs(dataset.agreements.map(\.id), prefix: "edge")
        var out = ""
        for group in drawn.groups {
            let (u, v) = (group.tail, group.head)
            let names = (dataset.nodes[u].label, dataset.nodes[v].label)
            let direction = drawn.direction(of: group, in: dataset, index: index)
            var attributes = style.edgeAttributes(group.members, in: dataset, domID: edgeIDs[group.members[0]],
                                                  direction: direction, endpoints: names)
            if let frame = style.options.mapFrame { attributes.append(("pos", frame.splinePosition(from: u, to: v, direction: direction))) }
            out += "  n\(u) -- n\(v)" + attributeList(attributes) + ";\n"
        }
        return out
    }

    private static func legendLabel(style: DiagramStyle, dataset: Dataset, measures: [String: [Double]]) -> String? {
        var size: (String, Double, Double)?
        if style.diameters != nil, let name = style.options.sizeBy, let values = measures[name] {
            let finite = values.filter(\.isFinite)
            size = (name, finite.min() ?? 0, finite.max() ?? 0)
        }
        return DiagramLegend(style: style, dataset: dataset).htmlLabel(sizeMeasure: size)
    }

    /// Attributes Graphviz reads as escape strings (`\n`, `\N`... interpreted, entities decoded):
    /// their values are quoted with `DOTText.quotedLabel`, so that backslashes, ampersands and
    /// line breaks show as they are in the data.
    static let escapeStringAttributes: Set<String> = ["label", "xlabel", "tooltip", "id", "class",
                                                      "headlabel", "taillabel", "URL", "href"]

    /// Attributes that Graphviz 2.42 unescapes twice (see `DOTText.quotedLabel`).
    static let twiceUnescapedAttributes: Set<String> = ["tooltip"]

    /// ` [a="x", b="y"]` with the right quoting for each attribute. Every value first loses the
    /// characters XML cannot hold (`XMLText.xmlCharacters`: C0 controls become U+FFFD), since
    /// Graphviz copies them raw into the SVG, which would then be ill-formed.
    static func attributeList(_ attributes: [(String, String)]) -> String {
        guard !attributes.isEmpty else { return "" }
        return " [" + attributes.map { key, raw in
            let value = XMLText.xmlCharacters(raw)
            return DOTText.id(key) + "=" + (escapeStringAttributes.contains(key)
                ? DOTText.quotedLabel(value, unescapedTwice: twiceUnescapedAttributes.contains(key)) : DOTText.quoted(value))
        }.joined(separator: ", ") + "]"
    }
}
