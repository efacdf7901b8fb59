import Graph

/// Writes a report as one JSON document for scripts: the summary, and for each section its
/// paragraphs, its tables (arrays of objects, all rows) and its figure captions.
public enum JSONReportWriter {
    public static func json(_ report: Report) -> JSONValue {
        .object([
            ("title", .string(report.title)), ("subtitle", .string(report.subtitle)),
            ("summary", .object(report.summary.map { ($0.label, .string($0.value)) })),
            ("sections", .array(report.sections.map(section))),
        ])
    }

    private static func section(_ section: Report.Section) -> JSONValue {
        var paragraphs: [JSONValue] = [], tables: [(String, JSONValue)] = [], figures: [JSONValue] = []
        for block in section.blocks {
            switch block {
            case .paragraph(let text): paragraphs.append(.string(text))
            case .figure(let figure), .diagram(let figure, _): figures.append(.string(figure.caption))
            case .table(let block): tables.append((block.name, block.table.json))
            }
        }
        return .object([("id", .string(section.id)), ("title", .string(section.title)), ("text", .array(paragraphs)),
                        ("tables", .object(tables)), ("figures", .array(figures))])
    }
}
