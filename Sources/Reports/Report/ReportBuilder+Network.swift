import Analytics
import Foundation
import Graph
import GraphvizBridge
import Render
import Tables

/// The report's network diagram, drawn as `twinning render` draws it, and what hovering a node shows.
extension ReportBuilder {
    func networkSection(centrality: ResultTable, communities: Communities) throws -> Report.Section {
        let options = DiagramOptions(colorBy: .type, sizeBy: "degree", labels: .auto, seed: seed)
        let svg = try draw(dataset, options: options, format: .svg)
        let png = rasterFigures ? try draw(dataset, options: options, format: .png) : nil
        let figure = Report.Figure(svg: String(decoding: svg, as: UTF8.self),
                                   caption: "The network: shape and colour by actor type, edge colour and dash by agreement kind, size by degree.",
                                   name: "network", png: png.map(Array.init))
        return Report.Section(id: "network", title: "Network diagram", blocks: [.diagram(figure, diagramIndex(centrality, communities))])
    }

    /// What hovering and clicking a node shows: its fields and measures, partners and edges.

    /// What hovering and clicking a node shows: its fields and measures, partners and edges.
    func diagramIndex(_ centrality: ResultTable, _ communities: Communities) -> Report.DiagramIndex {
        let (nodeElements, edgeElements) = DiagramDOTWriter.elementIDs(of: dataset)
        let index = dataset.nodeIndex()
        var neighbours = [Set<Int>](repeating: [], count: dataset.nodes.count)
        var edges = [[String]](repeating: [], count: dataset.nodes.count)
        for (e, a) in dataset.agreements.enumerated() {
            guard let u = index[a.from], let v = index[a.to] else { continue }
            neighbours[u].insert(v); neighbours[v].insert(u)
            // Parallel agreements share one drawn edge: list its id once per node.
            if !edges[u].contains(edgeElements[e]) { edges[u].append(edgeElements[e]) }
            if u != v && !edges[v].contains(edgeElements[e]) { edges[v].append(edgeElements[e]) }
        }
        let entries = dataset.nodes.indices.map { i -> (elementID: String, entry: Report.DiagramIndex.Entry) in
            let node = dataset.nodes[i]
            var details: [(String, String)] = [("id", node.id)]
            if let type = node.type { details.append(("type", type.rawValue)) }
            if let country = node.country { details.append(("country", country)) }
            if let within = node.within { details.append(("within", within)) }
            for (column, value) in zip(centrality.columns, centrality.rows[i]).dropFirst(2) {
                details.append((column, ResultTable.readable(value)))
            }
            details.append(("community", "\(communities.membership[i])"))
            return (nodeElements[i], .init(label: node.label, details: details,
                                           neighbours: neighbours[i].sorted().map { nodeElements[$0] }, edges: edges[i]))
        }
        return Report.DiagramIndex(entries: entries)
    }

    func draw(_ dataset: Dataset, options: DiagramOptions, format: OutputFormat) throws -> [UInt8] {
        try DiagramMaker.draw(dataset, options: options, sizeBy: options.sizeBy.flatMap(CentralityMeasure.init(rawValue:)),
                              needsCommunities: false, format: format, seed: communitySeed)
    }
}
