import Analytics
import Foundation
import Graph
import GraphvizBridge
import Render

/// Assembles a report from the tables the commands print and the diagrams `render` draws:
/// the report computes nothing of its own.
struct ReportBuilder {
    let dataset: Dataset
    let name: String
    let seed: Int
    let groups: NodeProperty
    let quiet: Bool
    let progress: Progress
    /// Also draw diagrams as PNG (for Markdown).
    let rasterFigures: Bool

    func build() throws -> Report {
        progress.stage("summarising")
        let summary = NetworkSummary(dataset)
        let structure = StructuralSummary(dataset)
        progress.stage("computing centrality")
        let measures = CentralityMeasure.standard + [.strength]
        let centrality = CentralityTable.table(dataset, measures: measures, weight: nil, quiet: quiet)
        progress.stage("finding communities")
        let communities = Louvain.communities(on: IndexedNetwork(dataset).graph, seed: UInt64(max(0, seed)))
        progress.stage("drawing the network")
        let diagram = try networkSection(centrality: centrality, communities: communities)
        var sections = [diagram, overview(summary, structure), actors(centrality, communities), communitySection(communities)]
        progress.stage("rolling up to regions and countries")
        sections.append(try rollupSection())
        progress.stage("computing the timeline")
        sections.append(timelineSection())
        progress.stage("computing brokerage and homophily")
        sections.append(brokerageSection())
        sections.append(homophilySection(structure))
        sections.append(agreementSection())
        return Report(title: name, subtitle: subtitle(summary), summary: keyFigures(summary, structure), sections: sections)
    }

    private func subtitle(_ s: NetworkSummary) -> String {
        let span = s.firstDate.map { " from \($0.year) to \(s.lastDate!.year)" } ?? ""
        return "\(s.nodes) actors and \(s.agreements) agreements\(span); \(dataset.sources.count) sources."
    }

    private func keyFigures(_ s: NetworkSummary, _ t: StructuralSummary) -> [(label: String, value: String)] {
        [("actors", "\(s.nodes)"), ("agreements", "\(s.agreements)"), ("actor pairs", "\(s.edges)"),
         ("density", ResultTable.readable(.number(s.density))), ("components", "\(s.components)"),
         ("largest component", "\(s.largestComponent)"), ("transitivity", ResultTable.readable(.number(t.transitivity))),
         ("degree assortativity", ResultTable.readable(.number(t.degreeAssortativity))),
         ("dates", s.firstDate.map { "\($0) – \(s.lastDate!)" } ?? "none")]
    }

    // MARK: Sections

    private func overview(_ s: NetworkSummary, _ t: StructuralSummary) -> Report.Section {
        let stats = StatsPrinter.scalars(s, t)
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

    private func networkSection(centrality: ResultTable, communities: Analytics.Communities) throws -> Report.Section {
        let options = DiagramOptions(colorBy: .type, sizeBy: "degree", labels: .auto, seed: seed)
        let svg = try draw(dataset, options: options, format: .svg)
        let png = rasterFigures ? try draw(dataset, options: options, format: .png) : nil
        let figure = Report.Figure(svg: String(decoding: svg, as: UTF8.self),
                                   caption: "The network: shape and colour by actor type, edge colour and dash by agreement kind, size by degree.",
                                   name: "network", png: png.map(Array.init))
        return Report.Section(id: "network", title: "Network diagram", blocks: [.diagram(figure, diagramIndex(centrality, communities))])
    }

    /// What hovering and clicking a node shows: its fields and measures, partners and edges.
    private func diagramIndex(_ centrality: ResultTable, _ communities: Analytics.Communities) -> Report.DiagramIndex {
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

    private func actors(_ centrality: ResultTable, _ communities: Analytics.Communities) -> Report.Section {
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

    private func communitySection(_ found: Analytics.Communities) -> Report.Section {
        var members = [[Int]](repeating: [], count: found.count)
        for (v, c) in found.membership.enumerated() { members[c].append(v) }
        let rows: [[JSONValue]] = members.enumerated().map { c, list in
            [.integer(c), .integer(list.count), .string(list.map { dataset.nodes[$0].label }.joined(separator: "; "))]
        }
        let table = ResultTable(columns: ["community", "size", "members"], rows: rows).sortedDescending(byColumn: 1)
        let q = found.modularity.map { String(format: "%.4f", $0) } ?? "undefined"
        return Report.Section(id: "communities", title: "Communities", blocks: [
            .paragraph("Louvain communities (seed \(seed)) on the graph of partner pairs weighted by agreements, as `twinning communities --seed \(seed)`: \(found.count) communities, modularity \(q)."),
            .table(.init(table, caption: "Communities and their members", name: "communities")),
        ])
    }

    private func rollupSection() throws -> Report.Section {
        var blocks: [Report.Block] = [.paragraph("The network aggregated along `within` (`twinning rollup --level region|country`): one node per region or country, edges weighted by the agreements between their members. Actors that reach no region stay as their own group.")]
        for level in [RollupLevel.country, .region] {
            let rollup: Graph.Rollup
            do { rollup = try dataset.rollup(to: level) } catch let error as RollupError {
                throw CommandFailure.input("twinning: \(error.description)")
            }
            let rolled = rollup.dataset
            let label = Dictionary(rolled.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            let rows: [[JSONValue]] = rolled.agreements.map { a in
                [.string(label[a.from] ?? a.from), .string(label[a.to] ?? a.to), .number(a.weight),
                 .string(a.attributes["kinds"]?.description ?? "")]
            }
            let table = ResultTable(columns: ["from", "to", "agreements", "kinds"], rows: rows).sortedDescending(byColumn: 2)
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

    private func timelineSection() -> Report.Section {
        let timeline = Analytics.Timeline(dataset, topActors: 3)
        let years = timeline.years.map { String($0.year) }
        let byKind = SVGChart.foldedSeries(timeline.kinds.map { kind in
            (kind, timeline.years.map { Double($0.newByKind[kind] ?? 0) })
        })
        let growth = [
            SVGChart.Series(name: "active actors", values: timeline.years.map { Double($0.activeActors) }, color: "#0072B2"),
            SVGChart.Series(name: "actor pairs", values: timeline.years.map { Double($0.edges) }, color: "#E69F00"),
            SVGChart.Series(name: "largest component", values: timeline.years.map { Double($0.largestComponent) }, color: "#009E73"),
            SVGChart.Series(name: "components", values: timeline.years.map { Double($0.components) }, color: "#CC79A7"),
        ]
        let density = [SVGChart.Series(name: "density", values: timeline.years.map { $0.density ?? .nan }, color: "#D55E00")]
        return Report.Section(id: "timeline", title: "Timeline", blocks: [
            .paragraph("As `twinning timeline`: new agreements per year by kind, and the network as of the end of each year. \(timeline.undatedAgreements) agreements have no date and are left out here."),
            .figure(.init(svg: SVGChart.stackedBars(title: "New agreements per year, by kind", categories: years, series: byKind, yLabel: "agreements"),
                          caption: "New agreements per year, by kind.", name: "agreements-per-year")),
            .figure(.init(svg: SVGChart.lines(title: "The network as of each year", categories: years, series: growth, yLabel: "count"),
                          caption: "Active actors, actor pairs, components and the largest component as of each year.", name: "growth")),
            .figure(.init(svg: SVGChart.lines(title: "Density as of each year", categories: years, series: density, yLabel: "density"),
                          caption: "Density of the network of active actors as of each year.", name: "density")),
            .table(.init(TimelineTable.table(timeline), caption: "Year by year", name: "timeline")),
        ])
    }

    private func brokerageSection() -> Report.Section {
        let table = BrokerageTable.table(dataset, groupsBy: groups, weighted: true)
        return Report.Section(id: "brokerage", title: "Brokerage", blocks: [
            .paragraph("As `twinning brokerage --groups \(groups)`: Burt's constraint (low: many non-redundant partners) and effective size, and Gould–Fernandez roles counting the two-paths an actor brokers between partners that have no tie of their own, by the groups of the three actors."),
            .table(.init(table, caption: "Brokers", name: "brokerage")),
        ])
    }

    private func homophilySection(_ structure: StructuralSummary) -> Report.Section {
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

    private func agreementSection() -> Report.Section {
        let label = Dictionary(dataset.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let title = Dictionary(dataset.sources.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        let rows: [[JSONValue]] = dataset.agreements.map { a in
            let p = a.provenance
            let source = p.source.map { id in (title[id].map { $0.isEmpty ? id : $0 } ?? id) + (p.locator.map { ", line \($0)" } ?? "") } ?? ""
            return [.string(a.id), .string(label[a.from] ?? a.from), .string(label[a.to] ?? a.to), .string(a.kind?.rawValue ?? ""),
                    .string(a.date?.description ?? ""), .string(a.status?.rawValue ?? ""), .string(p.quote ?? ""),
                    .string(source), .string(p.url ?? "")]
        }
        let table = ResultTable(columns: ["id", "from", "to", "kind", "date", "status", "quote", "source", "url"], rows: rows)
        return Report.Section(id: "agreements", title: "Agreements", blocks: [
            .paragraph("Every agreement with the words of its source, where the source quotes one, and a link to the original news item where the source cites it."),
            .table(.init(table, caption: "Agreements", name: "agreements", linkColumns: ["url"])),
        ])
    }

    private func draw(_ dataset: Dataset, options: DiagramOptions, format: OutputFormat) throws -> [UInt8] {
        try DiagramMaker.draw(dataset, options: options, sizeBy: options.sizeBy.flatMap(CentralityMeasure.init(rawValue:)),
                              needsCommunities: false, format: format, seed: UInt64(max(0, seed)))
    }
}
