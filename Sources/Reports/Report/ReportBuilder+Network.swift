import Analytics
import Foundation
import Graph
import GraphvizBridge
import Render
import Tables

/// The report's network diagrams, drawn as `twinning render` draws them: the territorial
/// twinning network a twinning researcher looks at first, then the whole network, and what
/// hovering a node shows; and the map the geography section opens with.
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

    /// The territorial twinning network, or nil when the dataset has none: drawn as a portfolio
    /// (`render --sides country=C`) of its focus country C, the country whose actors take part
    /// in the most of its agreements (ties by name), which for graphs/belarus-asia is Belarus,
    /// at one end of every one; as a network drawing when no actor has a country or the
    /// portfolio cannot split the network (every actor in the focus country).
    func territorialFigure() throws -> Report.Figure? {
        let filtered = DatasetFilter(types: ReportBuilder.territorialTypes, kinds: ReportBuilder.twinningKinds).apply(to: dataset)
        let cut = DiagramView().cut(filtered)
        guard !cut.dataset.agreements.isEmpty else { return nil }
        let leftActors = dataset.nodes.count - cut.dataset.nodes.count
        let leftAgreements = dataset.agreements.count - cut.dataset.agreements.count
        let what = "the regions, cities and districts joined by twinning or friendship agreements (\(cut.dataset.nodes.count) actors, \(cut.dataset.agreements.count) agreements)"
        let leftOut = "Left out: \(leftActors) other actors (other types, or no twinning or friendship agreement) and \(leftAgreements) agreements of other kinds or with other actors."
        if let focus = ReportBuilder.focusCountry(of: cut.dataset),
           let drawn = try? portfolio(cut.dataset, sides: SidePredicate(key: "country", values: [focus])) {
            let said = drawn.caption.replacingOccurrences(of: "; nothing left out", with: "")
            let portfolioCaption = said.prefix(1).uppercased() + said.dropFirst()
            let caption = "Territorial twinning network: \(what), as a portfolio: \(focus)'s actors on the left grouped by region, their partners on the right grouped by country and region, each line coloured by kind with the year it was signed. \(portfolioCaption). \(leftOut)"
            return Report.Figure(svg: drawn.svg, caption: caption, name: "territorial-network", png: drawn.png)
        }
        let options = DiagramOptions(colorBy: .country, labels: .all, seed: seed,
                                     caption: "\(cut.dataset.nodes.count) regions, cities and districts; \(cut.dataset.agreements.count) twinning and friendship agreements")
        let svg = try draw(cut.dataset, options: options, format: .svg)
        let png = rasterFigures ? try draw(cut.dataset, options: options, format: .png) : nil
        return Report.Figure(svg: String(decoding: svg, as: UTF8.self), caption: "Territorial twinning network: \(what), shape by type, colour by country, edges by kind. \(leftOut)",
                             name: "territorial-network", png: png.map(Array.init))
    }

    /// The map of the twinning and friendship agreements (`render --layout geo --kind
    /// twinning,friendship`), or nil when no two actors joined by one have a place: every actor
    /// at its place, arcs along great circles, Equal Earth, framed to the data.
    func mapFigure() throws -> Report.Figure? {
        let twinned = DatasetFilter(kinds: ReportBuilder.twinningKinds).apply(to: dataset)
        let placed = MapView(twinned)
        let cut = DiagramView().cut(placed.dataset)
        guard !cut.dataset.agreements.isEmpty else { return nil }
        var options = DiagramOptions(colorBy: .type, labels: .auto, seed: seed,
                                     caption: cut.caption(scope: [placed.scope], filters: "--kind twinning,friendship"))
        options.map = GeoMapOptions(projection: MapProjection(.equalEarth), extent: .data)
        let svg = try draw(cut.dataset, options: options, format: .svg)
        let png = rasterFigures ? try draw(cut.dataset, options: options, format: .png) : nil
        let caption = "Map of the twinning and friendship agreements: each actor at its place (its own coordinates, or those of the place it sits within), each agreement along its great circle, over Natural Earth's country outlines (Equal Earth projection). \(cut.caption(scope: [placed.scope], filters: nil).prefix(1).uppercased() + cut.caption(scope: [placed.scope], filters: nil).dropFirst())."
        return Report.Figure(svg: String(decoding: svg, as: UTF8.self), caption: caption, name: "map", png: png.map(Array.init))
    }

    /// The country whose actors are at an end of the most agreements of `dataset` (ties by
    /// name); nil when no agreement has an actor with a country.
    static func focusCountry(of dataset: Dataset) -> String? {
        let country = Dictionary(dataset.nodes.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })
        var count: [String: Int] = [:]
        for agreement in dataset.agreements {
            let ends = Set([country[agreement.from] ?? nil, country[agreement.to] ?? nil].compactMap { $0 })
            for c in ends { count[c, default: 0] += 1 }
        }
        return count.min { ($0.value, $1.key) > ($1.value, $0.key) }?.key
    }

    /// The portfolio drawing of `part` as SVG (and PNG for Markdown), with its caption.
    private func portfolio(_ part: Dataset, sides: SidePredicate) throws -> (svg: String, png: [UInt8]?, caption: String) {
        let options = DiagramOptions(seed: seed)
        let svg = try DiagramMaker.portfolio(part, sides: sides, options: options, format: .svg)
        let png = rasterFigures ? try DiagramMaker.portfolio(part, sides: sides, options: options, format: .png).bytes : nil
        return (String(decoding: svg.bytes, as: UTF8.self), png, svg.caption)
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
