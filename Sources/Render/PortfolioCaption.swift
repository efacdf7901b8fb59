import Graph

/// The caption of a portfolio drawing: what is drawn and what is left out, in words.
///
/// "Belarus (30 actors, 8 regions) ↔ partners (62 actors, 6 countries): 73 agreements on 66
/// lines", then where the years stand, then what is not drawn: agreements within side A,
/// agreements with no end on side A, and matching actors whose agreements all stay within
/// side A ("nothing left out" when there is none), one line each when they do not fit on one.
/// Side A is named by the values of a `country` or `label` predicate ("Belarus"), else by the
/// predicate ("type=region") and then as "side A".
struct PortfolioCaption {
    /// Above this many characters the left-out items go one per line.
    static let lineLimit = 100

    /// The caption's lines.
    let lines: [String]
    /// What is not drawn, item by item.
    let leftOut: [String]

    /// The caption on one line.
    var text: String {
        let drawn = lines.prefix(2).joined(separator: "; ")
        return drawn + "; " + (leftOut.isEmpty ? "nothing left out" : "not drawn: " + leftOut.joined(separator: ", "))
    }

    init(dataset: Dataset, layout: PortfolioLayout) {
        let sides = layout.sides
        let predicate = sides.predicate
        let named = ["country", "label"].contains(predicate.key)
        let name = named ? predicate.values.joined(separator: " or ") : predicate.description
        let short = named ? name : "side A"
        let regions = Set(layout.order.a.blocks.flatMap { block in
            block.groups.filter { $0.title != PortfolioGroups.noRegion }.map { block.country + "\u{0}" + $0.title }
        }).count
        let countries = layout.order.b.blocks.filter { $0.country != PortfolioGroups.noCountry }.count
        let (nA, nB) = (layout.order.a.order.count, layout.order.b.order.count)
        let count = PortfolioCaption.count
        // Groups are counted only when there are any: the sister-city network has no regions or countries.
        let aGroups = regions > 0 ? ", " + count(regions, "region", nil) : ""
        let bGroups = countries > 0 ? ", " + count(countries, "country", "countries") : ""
        let dated = layout.years.labels.count
        let years = dated == sides.links.count ? "the year each was signed is written on its line, near the end with fewer lines"
            : dated == 0 ? "no agreement drawn has a date"
            : "the year each was signed is written on its line, near the end with fewer lines (\(count(sides.links.count - dated, "line", nil)) without a date)"
        var lines = ["\(name) (\(count(nA, "actor", nil))\(aGroups)) ↔ partners (\(count(nB, "actor", nil))\(bGroups)): "
                     + "\(count(sides.drawnAgreements, "agreement", nil)) on \(count(sides.links.count, "line", nil))", years]
        var left: [String] = []
        if sides.withinA > 0 { left.append("\(count(sides.withinA, "agreement", nil)) within \(short)") }
        if sides.elsewhere > 0 { left.append("\(count(sides.elsewhere, "agreement", nil)) with no end in \(short)") }
        if sides.unpartnered > 0 {
            left.append("\(count(sides.unpartnered, "actor", nil)) of \(short) whose agreements all stay within it")
        }
        if left.isEmpty {
            lines.append("nothing left out")
        } else if ("not drawn: " + left.joined(separator: ", ")).count <= PortfolioCaption.lineLimit {
            lines.append("not drawn: " + left.joined(separator: ", "))
        } else {
            lines.append("not drawn:")
            lines += left.map { "  " + $0 }
        }
        self.lines = lines
        leftOut = left
    }

    static func count(_ n: Int, _ noun: String, _ plural: String?) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// The root graph's label: the caption's lines at the bottom left, and the legend (an HTML
    /// label's text as `DiagramLegend.htmlLabel` writes it, without the outer `<>`) beside them when there is one.
    func htmlLabel(legend: String?, theme: Theme) -> String {
        let text = lines.map(XMLText.htmlLabel).joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
        var cells = "<TD ALIGN=\"LEFT\" VALIGN=\"BOTTOM\"><FONT POINT-SIZE=\"\(theme.legendFontSize.formatted)\">\(text)</FONT></TD>"
        var columns = 1
        if let legend {
            cells += "<TD WIDTH=\"24\"></TD><TD VALIGN=\"BOTTOM\">" + legend + "</TD>"
            columns = 3
        }
        // An empty first row keeps the legend off the last row of names.
        return "<<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD HEIGHT=\"18\" COLSPAN=\"\(columns)\"></TD></TR><TR>"
            + cells + "</TR></TABLE>>"
    }
}
