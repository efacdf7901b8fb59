import Graph

/// Writes a report as one self-contained HTML page: styles, script and figures inline, so it
/// opens without a network. Tables sort when a heading is clicked and filter as one types;
/// hovering a node of the diagram shows its attributes and measures, clicking it highlights
/// its neighbours (click the background to clear).
///
/// Escaping, by where a value lands: text and attribute values through `XMLText.escaped`
/// (`& < > "` as entities, characters XML cannot hold as U+FFFD); the diagram's index as JSON
/// in a `<script type="application/json">` data island through `scriptSafe` (no `<`, `>`, `&`,
/// U+2028, U+2029 in it), read by the page script with `JSON.parse` and shown with
/// `textContent`, never as markup; source addresses become links only when `WebLink` says
/// they are http(s) addresses, and are text otherwise. The figures' SVG comes from `SVGChart`
/// and Graphviz, fed escaped text (`DOTText.quotedLabel`, `XMLText`).
public enum HTMLReportWriter {
    public static func html(_ report: Report) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(XMLText.escaped(report.title))</title>\n<style>\n\(ReportAssets.css)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(XMLText.escaped(report.title))</h1>\n<p class=\"subtitle\">\(XMLText.escaped(report.subtitle))</p>\n"
        out += "<dl class=\"summary\">\n"
        for (label, value) in report.summary {
            out += "<div><dt>\(XMLText.escaped(label))</dt><dd>\(XMLText.escaped(value))</dd></div>\n"
        }
        out += "</dl>\n<nav>" + report.sections.map { "<a href=\"#\(XMLText.escaped($0.id))\">\(XMLText.escaped($0.title))</a>" }.joined(separator: " ") + "</nav>\n</header>\n<main>\n"
        var tableNumber = 0
        for section in report.sections {
            out += "<section id=\"\(XMLText.escaped(section.id))\">\n<h2>\(XMLText.escaped(section.title))</h2>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let text):
                    out += "<p>\(inlineCode(XMLText.escaped(text)))</p>\n"
                case .figure(let figure):
                    out += figureHTML(figure, diagram: false)
                case .diagram(let figure, let index):
                    out += "<div class=\"diagram-wrap\">\n" + figureHTML(figure, diagram: true)
                    out += "<aside id=\"node-info\" aria-live=\"polite\"><p class=\"hint\">Hover over a node to see its attributes and measures; click it to highlight its partners.</p></aside>\n</div>\n"
                    out += "<script type=\"application/json\" id=\"diagram-index\">\(scriptSafe(index.json.serialized()))</script>\n"
                case .table(let block):
                    tableNumber += 1
                    out += tableHTML(block, number: tableNumber)
                }
            }
            out += "</section>\n"
        }
        out += "</main>\n<footer>Made by Twinning. Every figure above comes from the same code as the <code>twinning</code> commands.</footer>\n"
        out += "<script>\n\(ReportAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    private static func figureHTML(_ figure: Report.Figure, diagram: Bool) -> String {
        "<figure class=\"\(diagram ? "diagram" : "chart")\">\n\(inlineSVG(figure.svg))\n<figcaption>\(XMLText.escaped(figure.caption))</figcaption>\n</figure>\n"
    }

    private static func tableHTML(_ block: Report.TableBlock, number: Int) -> String {
        let table = block.table
        let numeric = table.columns.indices.map { i in
            table.rows.contains { if case .integer = $0[i] { return true }; if case .double = $0[i] { return true }; return false }
        }
        var out = "<div class=\"table-block\">\n<div class=\"table-head\"><h3>\(XMLText.escaped(block.caption))</h3>"
        out += "<input type=\"search\" class=\"filter\" placeholder=\"Search…\" aria-label=\"Search \(XMLText.escaped(block.caption))\" data-table=\"t\(number)\">"
        out += "<span class=\"count\" id=\"t\(number)-count\">\(table.rows.count) rows</span></div>\n"
        out += "<div class=\"scroll\"><table class=\"sortable\" id=\"t\(number)\">\n<thead><tr>"
        for (i, column) in table.columns.enumerated() {
            out += "<th scope=\"col\"\(numeric[i] ? " class=\"num\"" : "") title=\"Click to sort\">\(XMLText.escaped(column))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let text = cell == .null ? "–" : ResultTable.readable(cell)
                let sortKey = numeric[i] ? " data-value=\"\(XMLText.escaped(ResultTable.plain(cell)))\"" : ""
                if block.linkColumns.contains(table.columns[i]), WebLink.isWebAddress(text) {
                    out += "<td><a href=\"\(XMLText.escaped(text))\" rel=\"noreferrer\">link</a></td>"
                } else {
                    // Long text wraps in a wide cell; short text stays on one line.
                    let style = numeric[i] ? " class=\"num\"" : text.count > 90 ? " class=\"long\"" : ""
                    out += "<td\(style)\(sortKey)>\(XMLText.escaped(text))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n</div>\n"
    }

    /// An SVG document made fit for inlining: the XML declaration and DOCTYPE removed.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }

    /// JSON inside a `<script>` data island. The HTML parser ends a script element at `</script`
    /// and, after `<!--<script`, switches to a state in which `</script>` no longer ends it (the
    /// rest of the page would become script text), so no `<` may reach the page: `<`, `>` and
    /// `&` are written as `\u003c`, `\u003e`, `\u0026`, and the line and paragraph separators
    /// U+2028, U+2029 (line ends to older JavaScript parsers) as `\u2028`, `\u2029`. Each of these
    /// can only stand inside a JSON string, so the result is the same JSON value.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` between backquotes shown as code, as in Markdown; an unpaired backquote stays.
    static func inlineCode(_ html: String) -> String {
        let parts = html.components(separatedBy: "`")
        guard parts.count >= 3 else { return html }
        let pairedQuotes = (parts.count - 1) / 2 * 2
        var out = parts[0]
        for i in 1..<parts.count {
            let quote = i - 1
            out += quote < pairedQuotes ? (quote % 2 == 0 ? "<code>" : "</code>") : "`"
            out += parts[i]
        }
        return out
    }
}
