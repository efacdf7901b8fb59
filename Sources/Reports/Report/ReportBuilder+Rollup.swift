import Analytics
import Foundation
import Graph
import GraphvizBridge
import Render
import Tables

/// The report's region- and country-level networks, as `twinning rollup` builds them.
extension ReportBuilder {
    func rollupSection() throws -> Report.Section {
        var blocks: [Report.Block] = [.paragraph("The network aggregated along `within` (`twinning rollup --level region|country`): one node per region or country, edges weighted by the agreements between their members. Actors that reach no region stay as their own group.")]
        for level in [RollupLevel.country, .region] {
            let rollup = try dataset.rollup(to: level)
            let rolled = rollup.dataset
            let label = Dictionary(rolled.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            let rows: [[JSONValue]] = rolled.agreements.map { a in
                [.string(label[a.from] ?? a.from), .string(label[a.to] ?? a.to), .number(a.weight),
                 .string(a.attributes["kinds"]?.description ?? "")]
            }
            let table = ResultTable(columns: ["from", "to", "agreements", "kinds"], rows: rows).sortedDescending(byColumnNamed: "agreements")
            // Draw the groups that have agreements; unplaced single actors would only crowd the picture.
            var drawn = rolled
            let linked = Set(rolled.agreements.flatMap { [$0.from, $0.to] })
            drawn.nodes = rolled.nodes.filter { linked.contains($0.id) && $0.attributes["unplaced"] == nil }
            drawn.agreements = rolled.agreements.filter { a in drawn.nodes.contains { $0.id == a.from } && drawn.nodes.contains { $0.id == a.to } }
            let svg = try draw(drawn, options: DiagramOptions(colorBy: .type, sizeBy: "degree", labels: .all, legend: false, seed: seed), format: .svg)
            blocks.append(.figure(.init(svg: String(decoding: svg, as: UTF8.self),
                                        caption: "\(level.rawValue.capitalized)-level network (\(drawn.nodes.count) \(level.rawValue == "country" ? "countries" : "regions") with agreements; edge width by agreements).",
                                        name: "\(level.rawValue)-network")))
            blocks.append(.table(.init(table, caption: "Agreements between \(level.rawValue == "country" ? "countries" : "regions")", name: "\(level.rawValue)-pairs")))
        }
        return Report.Section(id: "rollup", title: "Regions and countries", blocks: blocks)
    }
}
