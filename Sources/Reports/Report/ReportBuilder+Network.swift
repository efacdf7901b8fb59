import Analytics
import Foundation
import Graph
import GraphvizBridge
import Render
import Tables

/// The report's network diagrams, drawn as `twinning render` draws them: the territorial
/// twinning network a twinning researcher looks at first, then the whole network, and what
/// hovering a node shows.
extension ReportBuilder {
    /// The actors and agreements of the territorial twinning network: regions, cities and
    /// districts, with the twinning and friendship agreements among them.
    static let territorialTypes: Set<NodeType> = [.region, .city, .district]
    static let twinningKinds: Set<AgreementKind> = [.twinning, .friendship]

    func networkSection(centrality: ResultTable, communities: Communities) throws -> Report.Section {
        var blocks: [Report.Block] = []
        if let territorial = try territorialFigure() { blocks.append(.figure(territorial)) }

        let cut = DiagramView().cut(dataset)
        let options = DiagramOptions(colorBy: .community, sizeBy: "degree", labels: .auto, seed: seed, caption: cut.caption)
        let kept = keptIndices(cut.dataset)
        let membership = kept.map { communities.membership[$0] }
        let svg = try draw(cut.dataset, options: options, format: .svg, communities: membership)
        let png = rasterFigures ? try draw(cut.dataset, options: options, format: .png, communities: membership) : nil
        let figure = Report.Figure(svg: String(decoding: svg, as: UTF8.self),
                                   caption: "The whole network: every actor with an agreement, coloured by its community (named after its leading actor; the communities beyond the \(ColorBy.communityColors) largest in grey), sized by degree; edges by agreement kind. \(cut.caption.prefix(1).uppercased() + cut.caption.dropFirst()).",
                                   name: "network", png: png.map(Array.init))
        blocks.append(.diagram(figure, diagramIndex(cut.dataset, original: kept, centrality, communities)))
        return Report.Section(id: "network", title: "Network diagrams", blocks: blocks)
    }

    /// The territorial twinning network, or nil when the dataset has none.
    func territorialFigure() throws -> Report.Figure? {
        let filtered = DatasetFilter(types: ReportBuilder.territorialTypes, kinds: ReportBuilder.twinningKinds).apply(to: dataset)
        let cut = DiagramView().cut(filtered)
        guard !cut.dataset.agreements.isEmpty else { return nil }
        let left = dataset.nodes.count - cut.dataset.nodes.count
        let caption = "Territorial twinning network: the regions, cities and districts joined by twinning or friendship agreements (\(cut.dataset.nodes.count) actors, \(cut.dataset.agreements.count) agreements), shape by type, colour by country, edges by kind. Left out: \(left) other actors (other types, or no twinning or friendship agreement) and \(dataset.agreements.count - cut.dataset.agreements.count) agreements of other kinds or with other actors."
        let options = DiagramOptions(colorBy: .country, labels: .all, seed: seed,
                                     caption: "\(cut.dataset.nodes.count) regions, cities and districts; \(cut.dataset.agreements.count) twinning and friendship agreements")
        let svg = try draw(cut.dataset, options: options, format: .svg)
        let png = rasterFigures ? try draw(cut.dataset, options: options, format: .png) : nil
        return Report.Figure(svg: String(decoding: svg, as: UTF8.self), caption: caption, name: "territorial-network", png: png.map(Array.init))
    }

    /// The index in `dataset` of each node of `part`, a sub-dataset of it.
    func keptIndices(_ part: Dataset) -> [Int] {
        let index = dataset.nodeIndex()
        return part.nodes.map { index[$0.id] ?? 0 }
    }

    /// What hovering and clicking a node shows: its fields and measures, partners and edges.

    /// What hovering and clicking a node shows: its fields and measures, partners and edges.
    /// `drawn` is the part of the dataset drawn; `original[i]` is the dataset index of its node `i`
    /// (the table's and the communities' row).
    func diagramIndex(_ drawn: Dataset, original: [Int], _ centrality: ResultTable, _ communities: Communities) -> Report.DiagramIndex {
        let dataset = drawn
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
            for (column, value) in zip(centrality.columns, centrality.rows[original[i]]).dropFirst(2) {
                details.append((column, ResultTable.readable(value)))
            }
            details.append(("community", "\(communities.membership[original[i]])"))
            return (nodeElements[i], .init(label: node.label, details: details,
                                           neighbours: neighbours[i].sorted().map { nodeElements[$0] }, edges: edges[i]))
        }
        return Report.DiagramIndex(entries: entries)
    }

    /// `communities` numbers the community of each node of `dataset` (the report's communities,
    /// for colouring by community).
    func draw(_ dataset: Dataset, options: DiagramOptions, format: OutputFormat, communities: [Int]? = nil) throws -> [UInt8] {
        try DiagramMaker.draw(dataset, options: options, sizeBy: options.sizeBy.flatMap(CentralityMeasure.init(rawValue:)),
                              needsCommunities: false, format: format, seed: communitySeed, communities: communities)
    }
}
