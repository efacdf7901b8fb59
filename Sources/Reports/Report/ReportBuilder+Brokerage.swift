import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's brokerage section: the table of `twinning brokerage`.
extension ReportBuilder {
    func brokerageSection() -> Report.Section {
        let table = BrokerageTable.table(dataset, groupsBy: groups, weighted: true)
        return Report.Section(id: "brokerage", title: "Brokerage", blocks: [
            .paragraph("As `twinning brokerage --groups \(groups)`: Burt's constraint (low: many non-redundant partners) and effective size, and Gould–Fernandez roles counting the two-paths an actor brokers between partners that have no tie of their own, by the groups of the three actors."),
            .table(.init(table, caption: "Brokers", name: "brokerage")),
        ])
    }
}
