import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's title line, key figures and summary section: the figures `twinning stats` prints.
extension ReportBuilder {
    func subtitle(_ s: NetworkSummary) -> String {
        let span = s.firstDate.map { " from \($0.year) to \(s.lastDate!.year)" } ?? ""
        return "\(s.nodes) actors and \(s.agreements) agreements\(span); \(dataset.sources.count) sources."
    }

    func keyFigures(_ s: NetworkSummary, _ t: StructuralSummary) -> [(label: String, value: String)] {
        [("actors", "\(s.nodes)"), ("agreements", "\(s.agreements)"), ("actor pairs", "\(s.edges)"),
         ("density", ResultTable.readable(.number(s.density))), ("components", "\(s.components)"),
         ("largest component", "\(s.largestComponent)"), ("transitivity", ResultTable.readable(.number(t.transitivity))),
         ("degree assortativity", ResultTable.readable(.number(t.degreeAssortativity))),
         ("dates", s.firstDate.map { "\($0) – \(s.lastDate!)" } ?? "none")]
    }

    func overview(_ figures: StatsTables) -> Report.Section {
        let s = figures.summary
        let stats = StatsTables.scalars(s, figures.structure)
        let table = ResultTable(columns: ["figure", "value"], rows: stats.map { [.string($0.0), $0.1] })
        func counts(_ rows: [(String, Int)], _ what: String) -> ResultTable {
            ResultTable(columns: [what, "count"], rows: rows.map { [.string($0.0), .integer($0.1)] })
        }
        return Report.Section(id: "summary", title: "Summary", blocks: [
            .paragraph("Figures of the simple graph of actor pairs, as `twinning stats` prints them (networkx's conventions on nx.Graph(G))."),
            .table(.init(table, caption: "Network statistics", name: "statistics")),
            .table(.init(counts(s.agreementsByKind, "kind"), caption: "Agreements by kind", name: "agreements-by-kind")),
            .table(.init(counts(s.nodesByType, "type"), caption: "Actors by type", name: "actors-by-type")),
            .table(.init(counts(s.nodesByCountry, "country"), caption: "Actors by country", name: "actors-by-country")),
        ])
    }
}
