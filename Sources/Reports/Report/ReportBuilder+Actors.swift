import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's actors section: the centrality table of `twinning centrality` with each actor's type, country, community and agreements.
extension ReportBuilder {
    func actors(_ centrality: ResultTable, _ communities: Communities) -> Report.Section {
        var table = centrality
        let participation = Participation(dataset)
        table.columns.insert(contentsOf: ["type", "country", "community", "agreements"], at: 2)
        for i in table.rows.indices {
            let node = dataset.nodes[i]
            table.rows[i].insert(contentsOf: [.string(node.type?.rawValue ?? ""), .string(node.country ?? ""), .integer(communities.membership[i]),
                                              .integer(participation.acts[i])], at: 2)
        }
        let unnamed = participation.unnamedEnds == 0 ? "" : " An end marked as standing for an unnamed counterpart (`unnamed_party`, \(participation.unnamedEnds) agreements) is not counted as a party."
        return Report.Section(id: "actors", title: "Actors by the agreements they are party to", blocks: [
            .paragraph("Actors ranked by `agreements`: the agreements each is a named party to, a multilateral act (edges sharing an `act` id) counted once (\(participation.actCount) acts in all).\(unnamed) Then, as `twinning centrality` computes them: degree (partners), betweenness (normalised), closeness (Wasserman–Faust), harmonic, eigenvector and PageRank on the simple graph of partner pairs, and strength (agreements). Click a heading to sort."),
            .table(.init(table.sortedDescending(byColumnNamed: "agreements"), caption: "Actors", name: "actors")),
        ])
    }
}
