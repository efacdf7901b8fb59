import Graph
import GraphvizBridge

/// What a diagram shows and how: the choices the `render` command exposes.
public struct DiagramOptions: Sendable {
    /// The Graphviz layout engine; nil picks one by the graph's size (`Layout.default`).
    public var layout: Layout?
    public var colorBy: ColorBy
    /// The name of a measure in the `nodeMeasures` passed to the writer; nil draws equal sizes.
    public var sizeBy: String?
    /// Draws `cluster_` boxes around groups (with dot, the default when clusters are asked;
    /// the other engines draw no boxes).
    public var clusterBy: ClusterBy?
    public var labels: LabelMode
    /// Writes each agreement's year beside its edge.
    public var yearLabels: Bool
    public var legend: Bool
    /// Seeds the force-directed layouts (`start=<seed>`), so a drawing repeats byte for byte
    /// in SVG, PNG and DOT. Not quite always, in Graphviz 2.42: PDF carries cairo's time stamp
    /// and font-subset tags, prism overlap removal on thousands of nodes varies slightly, and
    /// fdp repeats only as the first layout of a process (Benchmarks/RENDER.md).
    public var seed: Int
    public var theme: Theme
    /// Where each node is drawn, indexed like the dataset's nodes (`NodePositions`): kept as
    /// they are (no layout runs; see `Placement.pinned`). nil lays the graph out.
    public var positions: [NodePosition]?

    public init(layout: Layout? = nil, colorBy: ColorBy = .type, sizeBy: String? = nil,
                clusterBy: ClusterBy? = nil, labels: LabelMode = .auto, yearLabels: Bool = false,
                legend: Bool = true, seed: Int = 1, theme: Theme = .standard,
                positions: [NodePosition]? = nil) {
        self.layout = layout
        self.colorBy = colorBy
        self.sizeBy = sizeBy
        self.clusterBy = clusterBy
        self.labels = labels
        self.yearLabels = yearLabels
        self.legend = legend
        self.seed = seed
        self.theme = theme
        self.positions = positions
    }

    /// How the nodes of `dataset` are placed: kept where `positions` puts them, or laid out.
    public func placement(for dataset: Dataset) -> Placement {
        positions?.count == dataset.nodes.count ? .pinned : .layout(resolvedLayout(for: dataset))
    }

    /// The layout actually used for `dataset`: the one asked for, or the default by size.
    public func resolvedLayout(for dataset: Dataset) -> Layout {
        layout ?? Layout.default(nodeCount: dataset.nodes.count, clustered: clusterBy != nil)
    }
}

/// What decides a node's fill colour.
public enum ColorBy: Hashable, Sendable {
    /// The theme's colour for the node type.
    case type
    case country
    /// The community numbers passed to the writer.
    case community
    /// A free node attribute: categories for text, a light-to-dark ramp for numbers.
    case attribute(String)
}

/// Which nodes are boxed together.
public enum ClusterBy: String, Hashable, Sendable, CaseIterable {
    case country, community
    /// The node's `within` parent (a city inside its region).
    case within
}

/// Which nodes carry their name.
public enum LabelMode: Hashable, Sendable {
    case all, none
    /// Every node in small graphs, the most important ones in large graphs.
    case auto
    /// The `n` largest nodes by the size measure (or by degree).
    case top(Int)
}
