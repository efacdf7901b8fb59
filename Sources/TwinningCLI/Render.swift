import Analytics
import ArgumentParser
import Foundation
import Graph
import GraphvizBridge
import Render
import Reports

extension Twinning {
    struct RenderCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Draw the network with the Graphviz library to SVG, PNG, PDF or DOT.",
            discussion: """
            The format comes from the -o extension (.svg, .png, .pdf, .dot). What is drawn: \
            the actors and agreements left by the filters (and --ego), less those with fewer \
            than --min-degree partners, less every actor left without an agreement unless \
            --keep-isolates; a caption under the drawing and a note on standard error say what \
            was drawn and what was left out. Nodes are shaped by type and coloured by type up to \
            300 actors, by community above (each coloured community named after its leading \
            actor), or by --color-by; sized by a measure (--size-by degree, betweenness, \
            pagerank, ...); edges are coloured and dashed by agreement kind, thicker for more \
            agreements. The layout is chosen by size (neato; sfdp above 300 nodes; above 2,000 \
            the points are laid out first and the names placed beside them) unless --layout \
            names one; --seed fixes it, so the same input gives the same picture. --cluster-by \
            boxes actors by any field (dot, or the boxes packed near square when dot would draw a strip). --sides \
            KEY=VALUE draws a portfolio instead: the matching actors in a column, their partners \
            in another, grouped by region and country. When every node has numeric x and y \
            attributes (written by `twinning layout`, or GEXF viz:position), the nodes are drawn \
            there, in Graphviz points with y up, and only the edges are routed (--relayout lays \
            the graph out anew; with only some nodes placed, it is laid out anew with a \
            warning). SVG elements keep node ids (id="node-<id>") and carry tooltips with type, \
            country and measures. docs/gallery.md shows every view with its command.

            Example:
              twinning render graphs/belarus-asia -o belarus-asia.svg --size-by degree
              twinning render graphs/belarus-asia --ego gomel-region --radius 2 --cluster-by country -o gomel.png
              twinning render graphs/belarus-asia --kind twinning,friendship --sides country=Belarus -o portfolio.png
              twinning render graphs/belarus-asia --min-degree 5 --keep-isolates -o hubs.svg
            """
        )

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "Output file: .svg, .png, .pdf or .dot.")
        var output: String

        @Option(help: "Draw only this actor (id, label or alias) and the actors within --radius steps of it.")
        var ego: String?

        @Option(help: "Steps around --ego.")
        var radius: Int = 1

        @Option(help: ArgumentHelp("Layout engine: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size), or geo: a map, each actor at its lat/lon (or at the place it sits within), agreements as great-circle arcs over the countries' outlines.", valueName: "engine"))
        var layout: String?

        @Option(help: ArgumentHelp("With --layout geo: the map projection, \(MapProjection.Kind.allCases.map(\.rawValue).joined(separator: " or ")).", valueName: "name"))
        var projection: String = MapProjection.Kind.equalEarth.rawValue

        @Option(help: ArgumentHelp("With --layout geo: how much of the world the map shows, data (the places drawn, with a margin) or world.", valueName: "extent"))
        var extent: String = GeoMapOptions.Extent.data.rawValue

        @Option(name: .customLong("color-by"), help: "Node colour: type, country, community, or a node attribute (default: type up to \(ColorBy.communityThreshold) actors, community above, each coloured community named after its leading actor).")
        var colorBy: String?

        @Option(name: .customLong("size-by"), help: ArgumentHelp("Node size by a measure: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "measure"))
        var sizeBy: String?

        @Option(name: .customLong("cluster-by"), help: ArgumentHelp("Box nodes together by country, type, community, within (nested parents) or any node attribute (drawn with dot, or packed near square when dot's drawing would be a strip).", valueName: "field"))
        var clusterBy: String?

        @Flag(name: .customLong("keep-isolates"), help: "Draw the actors left without agreements after the filters (left out by default, and counted in the caption).")
        var keepIsolates = false

        @Option(name: .customLong("min-degree"), help: ArgumentHelp("Draw only actors with at least K distinct partners (one pass, after the filters).", valueName: "K"))
        var minDegree: Int = 0

        @Flag(name: .customLong("no-caption"), help: "Leave out the caption line saying what is drawn and what was left out.")
        var noCaption = false

        @Option(help: "Which nodes are labelled: all, none, auto, or a number N (the N largest).")
        var labels: String = "auto"

        @Flag(name: .customLong("year-labels"), help: "Write each agreement's year beside its edge.")
        var yearLabels = false

        @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
        var noLegend = false

        @Option(help: "A theme file (JSON) overriding shapes, colours, fonts and sizes.")
        var theme: String?

        @Option(help: "Seed of the layout and of community detection.")
        var seed: Int = 1

        @Flag(help: "Lay the graph out even when every node has x and y attributes (from `twinning layout` or GEXF viz:position).")
        var relayout = false

        @Option(help: ArgumentHelp("Draw a portfolio: the actors whose KEY is VALUE (id, label, type, country, within, or a node attribute; several values comma-separated) in a column on the left, grouped by region, their partners on the right, grouped by country and region, lines labelled with years (of the drawing options, only --theme and --no-legend apply).", valueName: "KEY=VALUE"))
        var sides: String?

        var outputFormat: GraphvizBridge.OutputFormat? { GraphvizBridge.OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) }

        var sizeMeasure: CentralityMeasure? { sizeBy.flatMap(CentralityMeasure.init(named:)) }

        /// The map asked for (`--layout geo`), nil for a network layout.
        var map: GeoMapOptions? {
            guard layout == "geo", let projection = MapProjection(name: projection),
                  let extent = GeoMapOptions.Extent(rawValue: extent) else { return nil }
            return GeoMapOptions(projection: projection, extent: extent)
        }

        /// The Graphviz engine asked for (`--layout`), nil for the default or a map.
        var engine: Layout? { layout.flatMap(Layout.init(rawValue:)) }

        func validate() throws {
            try input.refuseOverwriting(output, alsoReading: [theme])
            if outputFormat == nil { throw ValidationError("-o must end in .svg, .png, .pdf or .dot, found '\(output)'") }
            if let layout, layout != "geo", Layout(rawValue: layout) == nil {
                throw ValidationError("--layout expects \(Layout.allCases.map(\.rawValue).joined(separator: ", ")) or geo, found '\(layout)'")
            }
            if MapProjection(name: projection) == nil {
                throw ValidationError("--projection expects \(MapProjection.Kind.allCases.map(\.rawValue).joined(separator: " or ")), found '\(projection)'")
            }
            if GeoMapOptions.Extent(rawValue: extent) == nil { throw ValidationError("--extent expects data or world, found '\(extent)'") }
            if layout == "geo" {
                if sides != nil { throw ValidationError("--layout geo draws a map; --sides draws a portfolio: choose one") }
                if clusterBy != nil { throw ValidationError("--layout geo places actors where they are; --cluster-by cannot box them") }
            }
            if sizeBy != nil && sizeMeasure == nil {
                throw ValidationError("--size-by expects one of \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")), found '\(sizeBy!)'")
            }
            if DiagramChoices.labelMode(labels) == nil { throw ValidationError("--labels expects all, none, auto or a number, found '\(labels)'") }
            if radius < 1 { throw ValidationError("--radius expects 1 or more") }
            if minDegree < 0 { throw ValidationError("--min-degree expects 0 or more, found \(minDegree)") }
            if clusterBy?.trimmingWhitespace().isEmpty == true { throw ValidationError("--cluster-by expects a field name: country, type, community, within or a node attribute") }
            if let sides { do { _ = try SidePredicate(parsing: sides) } catch { throw ValidationError("\(error)") } }
        }

        func run() throws {
            var dataset = try input.load()
            var drawn: [String] = []
            if let ego {
                do {
                    let center = dataset.nodes[try dataset.resolveNode(ego)]
                    dataset = try dataset.egoNetwork(of: center.id, radius: radius)
                    drawn.append("ego network of \(center.label), radius \(radius)")
                } catch {
                    throw CommandFailure.input("twinning: \(error)")
                }
            }
            if map != nil {
                let placed = MapView(dataset)
                if placed.dataset.nodes.isEmpty {
                    throw CommandFailure.input("twinning: nothing to draw on a map: no actor has a place; \(GeographyAdvice.howToPlace)")
                }
                drawn.append(placed.scope)
                if !input.quiet && placed.unplaced > 0 { printError("twinning: note: \(placed.scope)") }
                dataset = placed.dataset
            }
            let cut = DiagramView(keepIsolates: keepIsolates, minimumDegree: minDegree).cut(dataset)
            if !input.quiet && (cut.isolates > 0 || cut.belowMinimumDegree > 0) { printError("twinning: note: \(cut.caption)") }
            if cut.dataset.nodes.isEmpty { throw CommandFailure.input("twinning: nothing to draw: \(cut.caption)") }
            dataset = cut.dataset
            let clustering = clusterBy.map(ClusterBy.init(parsing:))
            let coloring = colorBy.map(DiagramChoices.colorBy) ?? .automatic(nodeCount: dataset.nodes.count)
            if let clustering, let message = DiagramChoices.clusterMisses(clustering, in: dataset), !input.quiet { printError("twinning: warning: \(message)") }
            let loadedTheme: Theme
            do { loadedTheme = try theme.map { try Theme.load(file: $0) } ?? .standard } catch {
                throw CommandFailure.input("\(error)")
            }
            input.progress.stage("drawing \(dataset.nodes.count) nodes and \(dataset.agreements.count) agreements")
            var options = DiagramOptions(layout: engine, colorBy: coloring, sizeBy: sizeMeasure?.rawValue, clusterBy: clustering,
                                         labels: DiagramChoices.labelMode(labels) ?? .auto, yearLabels: yearLabels, legend: !noLegend,
                                         seed: seed, theme: loadedTheme,
                                         caption: noCaption ? nil : cut.caption(scope: drawn, filters: input.filterSummary))
            options.map = map
            if !relayout && map == nil {
                let kept = DiagramChoices.keptPositions(dataset, layoutAsked: layout != nil)
                if let message = kept.message, !input.quiet { printError("twinning: \(message)") }
                options.positions = kept.positions
            }
            if let sides = try sides.map(SidePredicate.init(parsing:)) {
                let portfolio = try CommandFailure.catching(Error.self) { try DiagramMaker.portfolio(dataset, sides: sides, options: options, format: outputFormat!) }
                if !input.quiet { printError("twinning: portfolio: \(portfolio.caption)") }
                return try emit(portfolio.bytes, to: output)
            }
            let bytes = try CommandFailure.catching(Error.self) {
                try DiagramMaker.draw(dataset, options: options, sizeBy: sizeMeasure, needsCommunities: coloring == .community || clustering == .community,
                                      format: outputFormat!, seed: UInt64(max(0, seed)))
            }
            try emit(bytes, to: output)
        }
    }
}

extension Layout: ExpressibleByArgument {}
