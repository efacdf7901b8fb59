import Graph

/// Writes a report as Markdown with its figures (SVG, and PNG where the report has one) and
/// its full tables (CSV) as files in a folder beside it; the Markdown shows the first rows of
/// each table and links to the whole.
///
/// Every name, caption and cell goes through `MarkdownText` (no raw HTML, no link made of
/// data: the only links are the section anchors and the files written beside the report);
/// source addresses are shown as text. Section anchors keep ASCII letters, digits, `-`, `_`.
public enum MarkdownReportWriter {
    /// Rows of a table shown in the Markdown itself.
    public static let shownRows = 30

    /// The Markdown text and the files to write beside it, as (relative path, bytes). Paths
    /// start with `folder`, the name of the folder beside the report.
    public static func files(_ report: Report, folder: String) -> (markdown: String, files: [(path: String, bytes: [UInt8])]) {
        var files: [(String, [UInt8])] = []
        let text = MarkdownText.inline
        var md = "# \(text(report.title))\n\n\(text(report.subtitle))\n\n"
        md += "| | |\n|---|---|\n" + report.summary.map { "| \(cell($0.label)) | \(cell($0.value)) |" }.joined(separator: "\n") + "\n\n"
        let anchors = report.sections.map { anchor($0.id) }
        md += zip(report.sections, anchors).map { "- [\(text($0.title))](#\($1))" }.joined(separator: "\n") + "\n"
        for (section, anchor) in zip(report.sections, anchors) {
            md += "\n<a id=\"\(anchor)\"></a>\n## \(text(section.title))\n\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    md += MarkdownText.paragraph(paragraph) + "\n\n"
                case .figure(let figure), .diagram(let figure, _):
                    let svgPath = "\(folder)/\(figure.name).svg"
                    files.append((svgPath, Array(figure.svg.utf8)))
                    var image = svgPath
                    if let png = figure.png {
                        image = "\(folder)/\(figure.name).png"
                        files.append((image, png))
                    }
                    let caption = text(figure.caption)
                    md += "![\(caption)](\(MarkdownText.destination(image)))\n\n*\(caption)*"
                        + (image == svgPath ? "" : " ([SVG](\(MarkdownText.destination(svgPath))))") + "\n\n"
                case .table(let block):
                    let csvPath = "\(folder)/\(block.name).csv"
                    files.append((csvPath, Array(block.table.csv.utf8)))
                    md += "**\(text(block.caption))** (\(block.table.rows.count) rows; [CSV](\(MarkdownText.destination(csvPath))))\n\n"
                    md += table(block.table.limited(to: shownRows)) + "\n"
                    if block.table.rows.count > shownRows { md += "\n*First \(shownRows) rows shown.*\n" }
                    md += "\n"
                }
            }
        }
        return (md, files)
    }

    static func table(_ table: ResultTable) -> String {
        var md = "| " + table.columns.map(cell).joined(separator: " | ") + " |\n"
        md += "|" + table.columns.map { _ in "---" }.joined(separator: "|") + "|\n"
        for row in table.rows {
            md += "| " + row.map { cell(ResultTable.readable($0)) }.joined(separator: " | ") + " |\n"
        }
        return md
    }

    /// Text safe in a table cell: `MarkdownText.inline` (pipes, backquotes, brackets escaped;
    /// `<`, `>`, `&` as entities; line breaks as spaces).
    static func cell(_ text: String) -> String {
        MarkdownText.inline(text)
    }

    /// A section anchor: letters, digits, `-` and `_` only (the HTML `id` of a raw `<a>`).
    static func anchor(_ id: String) -> String {
        let kept = id.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        return kept.isEmpty ? "section" : String(String.UnicodeScalarView(kept))
    }
}
