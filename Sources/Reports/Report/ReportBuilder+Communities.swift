import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's communities section: the table of `twinning communities`' communities.
extension ReportBuilder {
    func communitySection(_ found: Communities) -> Report.Section {
        let table = CommunityTable.groups(dataset, found)
        let q = found.modularity.map { String(format: "%.4f", $0) } ?? "undefined"
        return Report.Section(id: "communities", title: "Communities", blocks: [
            .paragraph("Louvain communities (seed \(seed)) on the graph of partner pairs weighted by agreements, as `twinning communities --seed \(seed)`: \(found.count) communities, modularity \(q)."),
            .table(.init(table, caption: "Communities and their members", name: "communities")),
        ])
    }
}
