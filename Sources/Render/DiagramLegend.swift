import Graph

/// The legend: an HTML-like table set as the root graph's label at the bottom-right corner.
///
/// A graph label is placed by every layout engine outside the nodes' bounding box, so the
/// legend never covers a node, and it needs no pinned position (which sfdp cannot honour).
/// Its text is multiplied by the drawing's shrink factor so that it prints at the theme's
/// legend size on the page, whatever the graph's size.
struct DiagramLegend {
    let style: DiagramStyle
    let dataset: Dataset

    /// Above this many rows the legend's sections stand side by side, so that a long legend
    /// does not stretch a small drawing's height.
    static let rowsPerColumn = 14

    /// The root graph's label: the caption on its own line (left) above the legend (right), or
    /// either alone; nil when there is neither. Written unquoted (`<...>`).
    static func graphLabel(legend: String?, caption: String?, style: DiagramStyle) -> String? {
        guard let caption, !caption.isEmpty else { return legend.map { "<" + $0 + ">" } }
        let points = (style.theme.legendFontSize * style.scale.pageFontFactor).formatted
        let lines = WordWrap.lines(caption, limit: captionWidth).map(XMLText.htmlLabel).joined(separator: "<BR ALIGN=\"LEFT\"/>")
        let text = "<FONT POINT-SIZE=\"\(points)\" COLOR=\"#333333\">\(lines)<BR ALIGN=\"LEFT\"/></FONT>"
        var rows = "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(text)</TD></TR>"
        if let legend { rows = "<TR><TD ALIGN=\"RIGHT\">\(legend)</TD></TR>" + rows }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">\(rows)</TABLE>>"
    }

    /// Caption lines hold at most this many characters, so a long caption does not widen a
    /// small drawing.
    static let captionWidth = 72

    /// The legend's HTML-like text (without the outer `<>`), or nil when there is nothing to explain.
    func htmlLabel(sizeMeasure: (name: String, low: Double, high: Double)?) -> String? {
        var nodeRows = nodeTypeRows() + colorRows()
        if let size = sizeMeasure {
            nodeRows.append(heading("node size"))
            nodeRows.append(textRow("area ∝ \(size.name): \(size.low.formatted) – \(size.high.formatted)"))
        }
        let edgeRows = edgeKindRows()
        guard !nodeRows.isEmpty || !edgeRows.isEmpty else { return nil }
        let points = (style.theme.legendFontSize * style.scale.pageFontFactor).formatted
        let spacing = Int((1.5 * style.scale.factor).rounded())
        let table = "<TABLE BORDER=\"1\" COLOR=\"#999999\" BGCOLOR=\"#FFFFFF\" CELLBORDER=\"0\" CELLSPACING=\"\(spacing)\" CELLPADDING=\"\(spacing)\">"
        let body: String
        if nodeRows.count + edgeRows.count > DiagramLegend.rowsPerColumn && !nodeRows.isEmpty && !edgeRows.isEmpty {
            // Two columns side by side, row by row (a nested table would be stretched to the
            // taller column's height, spreading the shorter one's rows apart).
            let height = max(nodeRows.count, edgeRows.count)
            let pad = { (rows: [String]) in rows + Array(repeating: "<TD></TD>", count: height - rows.count) }
            body = table + zip(pad(nodeRows), pad(edgeRows)).map { "<TR>" + $0 + $1 + "</TR>" }.joined() + "</TABLE>"
        } else {
            body = table + (nodeRows + edgeRows).map { "<TR>" + $0 + "</TR>" }.joined() + "</TABLE>"
        }
        return "<FONT POINT-SIZE=\"\(points)\">" + body + "</FONT>"
    }

    /// Node types present, in the vocabulary's order (unknown ones after, by name).
    private func nodeTypeRows() -> [String] {
        // In dense drawings coloured by something else, type has no visible mark at all.
        if style.scale.isDense && style.options.colorBy != .type { return [] }
        let present = Set(dataset.nodes.map(\.type))
        guard present != [nil] || !style.scale.isDense else { return [] }
        var rows = [heading("node type")]
        for type in ordered(present, known: NodeType.known) {
            let look = style.theme.look(of: type)
            let name = type.map { readable($0.rawValue) } ?? "untyped"
            // Coloured by something else, types differ by shape only: an outline, not a grey
            // square that would read as "unknown".
            let color = style.options.colorBy == .type ? look.color : nil
            rows.append(swatchRow(color: color, text: style.scale.isDense ? name : "\(name) (\(look.shape))"))
        }
        return rows
    }

    private func colorRows() -> [String] {
        guard let heading = style.coloring.heading else { return [] }
        return [self.heading(readable(heading))] + style.coloring.legend.map { swatchRow(color: $0.color, text: $0.name) }
    }

    /// Agreement kinds present; dense drawings draw every line alike, so they show none.
    private func edgeKindRows() -> [String] {
        guard !style.scale.isDense, !dataset.agreements.isEmpty else { return [] }
        var rows = [heading("agreement kind")]
        for kind in ordered(Set(dataset.agreements.map(\.kind)), known: AgreementKind.known) {
            let look = style.theme.look(of: kind)
            let stroke: String
            switch look.style {
            case "dashed": stroke = "╍╍╍╍"
            case "dotted": stroke = "┈┈┈┈"
            case "bold": stroke = "<B>━━━━</B>"
            default: stroke = "━━━━"
            }
            rows.append("<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(XMLText.htmlLabel(look.color))\">\(stroke)</FONT> "
                        + "\(XMLText.htmlLabel(kind.map { readable($0.rawValue) } ?? "unspecified"))</TD>")
        }
        return rows
    }

    private func ordered<V: Vocabulary>(_ present: Set<V?>, known: [V]) -> [V?] {
        let knownPresent: [V?] = known.filter { present.contains($0) }
        let others: [V?] = present.compactMap { $0 }.filter { !$0.isKnown }.sorted()
        return knownPresent + others + (present.contains(nil) ? [nil] : [])
    }

    private func heading(_ text: String) -> String {
        "<TD ALIGN=\"LEFT\"><B>\(XMLText.htmlLabel(text))</B></TD>"
    }

    private func textRow(_ text: String) -> String {
        "<TD ALIGN=\"LEFT\">\(XMLText.htmlLabel(text))</TD>"
    }

    /// A square of the colour (an outline when there is none) then the name, in one cell, so
    /// every entry stays left-aligned whatever the headings' widths.
    private func swatchRow(color: String?, text: String) -> String {
        let mark = color.map { "<FONT COLOR=\"\(XMLText.htmlLabel($0))\">■</FONT>" } ?? "<FONT COLOR=\"#555555\">□</FONT>"
        return "<TD ALIGN=\"LEFT\">\(mark) \(XMLText.htmlLabel(text))</TD>"
    }

    private func readable(_ raw: String) -> String { raw.replacingOccurrences(of: "_", with: " ") }
}
