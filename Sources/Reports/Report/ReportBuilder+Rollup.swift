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
            // Draw the groups joined by agreements to another group; unplaced single actors
            // would only crowd the picture, and a group's agreements among its own members
            // (a self-loop here) join it to no other.
            let placed = rolled.keepingNodes { rolled.nodes[$0].attributes["unplaced"] == nil }
            var linked = placed
            linked.agreements.removeAll { $0.from == $0.to }
            // A pair's edge has the kind its agreements share; "several kinds" says so in the
            // legend where a missing kind would read as "unspecified".
            for e in linked.agreements.indices where linked.agreements[e].kind == nil {
                if linked.agreements[e].attributes["kinds"]?.description.contains(";") == true {
                    linked.agreements[e].kind = AgreementKind(rawValue: "several_kinds")
                }
            }
            let drawn = DiagramView().cut(linked).dataset
            let groups = level == .country ? "countries" : "regions"
            let unplaced = rolled.nodes.count - placed.nodes.count
            let unlinked = placed.nodes.count - drawn.nodes.count
            let leftAgreements = rolled.agreements.count - drawn.agreements.count
            var byType: [String: Int] = [:]
            for node in drawn.nodes { byType[node.type?.rawValue ?? "untyped", default: 0] += 1 }
            let types = byType.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key == "country" ? "countries" : $0.key == "city" ? "cities" : $0.key + "s")" }
            let counted = types.count == 1 ? types[0] : "\(drawn.nodes.count) groups (\(types.joined(separator: ", ")))"
            // Names inside the nodes (no size by a measure, which would push them beside the node,
            // where a name can read as its neighbour's); edge width by the agreements between them.
            let options = DiagramOptions(colorBy: .type, labels: .all, seed: seed,
                                         caption: "\(counted); \(drawn.agreements.count) pairs joined by agreements, width by their number, colour by their kind")
            let svg = try draw(drawn, options: options, format: .svg)
            let png = rasterFigures ? try draw(drawn, options: options, format: .png) : nil
            var caption = "\(level.rawValue.capitalized)-level network: the \(counted) joined by agreements between their members, each pair one edge whose width grows with its agreements"
            caption += level == .region ? " (an actor within a country but no region stays with its country, a city of regional rank is its own region). " : ". "
            caption += "Left out: \(unplaced) actors that reach no \(level.rawValue) along `within`"
            caption += unlinked > 0 ? ", \(unlinked) \(groups) with agreements only among their own members or with those actors" : ""
            caption += leftAgreements > 0 ? ", and \(leftAgreements) pairs within one group or involving those actors." : "."
            blocks.append(.figure(.init(svg: String(decoding: svg, as: UTF8.self), caption: caption,
                                        name: "\(level.rawValue)-network", png: png.map(Array.init))))
            blocks.append(.table(.init(table, caption: "Agreements between \(level.rawValue == "country" ? "countries" : "regions")", name: "\(level.rawValue)-pairs")))
        }
        return Report.Section(id: "rollup", title: "Regions and countries", blocks: blocks)
    }
}
