import ArgumentParser
import Graph
import GraphvizBridge
import Render
import Reports

extension Twinning {
    struct LayoutCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "layout",
            abstract: "Lay the network out with Graphviz and store each node's position as attributes x and y.",
            discussion: """
            The positions are those `render` draws with the same --layout and --seed and \
            --keep-isolates (every actor is placed here; render leaves those without an \
            agreement out unless told to keep them), with its default styling (node sizes and \
            labels take room in the layout): Graphviz points \
            (1/72 inch), y up, as Graphviz gives them, the drawing translated to start at the \
            origin. They are written as double node attributes `x` and `y` (GEXF: \
            viz:position), replacing any already there. `render` draws a graph whose every \
            node has x and y at those positions, without a new layout (unless --relayout), so \
            a layout made once, or moved in Gephi, is kept.

            Example:
              twinning layout graphs/belarus-asia -o belarus-asia-laid-out.graphml --layout sfdp --seed 3
              twinning render belarus-asia-laid-out.graphml -o belarus-asia.png
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var graphOutput: GraphOutput

        @Option(help: "Layout engine: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size, as render chooses).")
        var layout: Layout?

        @Option(help: "Seed of the layout (the same seed gives the same positions).")
        var seed: Int = 1

        func validate() throws {
            try input.refuseOverwriting(graphOutput.output)
        }

        func run() throws {
            let dataset = try input.load()
            // As `render --keep-isolates` draws it: every actor placed, its default colours (by
            // community above 300 actors, which names each community's leader) and its caption,
            // all of which take room in the layout.
            let coloring = ColorBy.automatic(nodeCount: dataset.nodes.count)
            let caption = DiagramView(keepIsolates: true).cut(dataset).caption(scope: [], filters: input.filterSummary)
            let options = DiagramOptions(layout: layout, colorBy: coloring, seed: seed, caption: caption)
            input.progress.stage("laying out \(dataset.nodes.count) nodes (\(options.resolvedLayout(for: dataset).rawValue))")
            let positions = try CommandFailure.catching(Error.self) {
                try DiagramMaker.positions(dataset, options: options, needsCommunities: coloring == .community, seed: UInt64(max(0, seed)))
            }
            let (laidOut, replaced) = NodePositions.storing(positions, in: dataset)
            if replaced && !input.quiet { printError("twinning: warning: the node attributes x and y are replaced by the new layout") }
            input.progress.stage("writing \(graphOutput.output)")
            try graphOutput.write(laidOut, quiet: input.quiet)
        }
    }
}
