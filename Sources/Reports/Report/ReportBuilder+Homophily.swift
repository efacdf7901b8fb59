import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's homophily section: the tables of `twinning homophily` by type and by country.
extension ReportBuilder {
    func homophilySection(_ structure: StructuralSummary) -> Report.Section {
        var blocks: [Report.Block] = [.paragraph("As `twinning homophily`: Krackhardt and Stern's E–I index (−1 all ties inside groups, +1 all across), the value random ties would give, networkx's attribute assortativity, and the mixing matrix. Degree assortativity: \(ResultTable.readable(.number(structure.degreeAssortativity))).")]
        for property in [NodeProperty.type, .country] {
            let h = HomophilyTables(dataset, groupsBy: property, weighted: false)
            blocks.append(.paragraph("By \(property): E–I index \(ResultTable.readable(.number(h.ei.network.index))) (random ties: \(ResultTable.readable(.number(h.ei.possible.index)))), attribute assortativity \(ResultTable.readable(.number(h.assortativity)))."))
            blocks.append(.table(.init(h.groupTable, caption: "E–I index by \(property)", name: "ei-by-\(property)")))
            if property == .type {
                blocks.append(.table(.init(h.mixingTable, caption: "Mixing matrix between actor types (actor pairs)", name: "mixing-by-type")))
            }
        }
        return Report.Section(id: "homophily", title: "Homophily", blocks: blocks)
    }
}
