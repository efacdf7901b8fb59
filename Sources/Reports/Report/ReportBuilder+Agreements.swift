import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's agreements section: every agreement with its quote and source.
extension ReportBuilder {
    func agreementSection() -> Report.Section {
        let label = Dictionary(dataset.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let title = Dictionary(dataset.sources.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        let rows: [[JSONValue]] = dataset.agreements.map { a in
            let p = a.provenance
            let source = p.source.map { id in (title[id].map { $0.isEmpty ? id : $0 } ?? id) + (p.locator.map { ", line \($0)" } ?? "") } ?? ""
            return [.string(a.id), .string(label[a.from] ?? a.from), .string(label[a.to] ?? a.to), .string(a.kind?.rawValue ?? ""),
                    .string(a.date?.description ?? ""), .string(a.status?.rawValue ?? ""), .string(p.quote ?? ""),
                    .string(source), .string(p.url ?? "")]
        }
        let table = ResultTable(columns: ["id", "from", "to", "kind", "date", "status", "quote", "source", "url"], rows: rows)
        return Report.Section(id: "agreements", title: "Agreements", blocks: [
            .paragraph("Every agreement with the words of its source, where the source quotes one, and a link to the original news item where the source cites it."),
            .table(.init(table, caption: "Agreements", name: "agreements", linkColumns: ["url"])),
        ])
    }
}
