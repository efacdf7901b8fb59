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
    /// A line under the drawing saying what is drawn and what was left out (the view's
    /// `DiagramView.Cut.caption`, the filters); nil draws none.
    public var caption: String?
    /// Where each `--cluster-by` box goes when the nodes are pinned (`ClusterLayout.packed`),
    /// keyed as the boxes are; nil draws boxes only with engines that place them (dot, osage).
    public var clusterBounds: [String: ClusterBounds]?
    /// Draws a map (`render --layout geo`): actors at their places (`Places`), agreements as
    /// great-circle arcs, country outlines beneath. nil draws a network layout.
    public var map: GeoMapOptions?
    /// The map's geometry for the dataset drawn, made by the caller from `map` and the places
    /// (`DiagramMaker.prepared`); with it, `positions` are its positions.
    public var mapFrame: GeoMapFrame?

    public init(layout: Layout? = nil, colorBy: ColorBy = .type, sizeBy: String? = nil,
                clusterBy: ClusterBy? = nil, labels: LabelMode = .auto, yearLabels: Bool = false,
                legend: Bool = true, seed: Int = 1, theme: Theme = .standard,
                positions: [NodePosition]? = nil, caption: String? = nil) {
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
        self.caption = caption
    }

    /// How the nodes of `dataset` are placed: kept where `positions` puts them, or laid out.
    public func placement(for dataset: Dataset) -> Placement {
        guard positions?.count == dataset.nodes.count else { return .layout(resolvedLayout(for: dataset)) }
        return mapFrame != nil ? .pinnedWithSplines : .pinned
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

    /// Above this many nodes a drawing is coloured by community unless told otherwise: among
    /// hundreds of points a handful of type colours say little, while communities show the
    /// network's regions (the sister-city network's continents and language areas).
    public static let communityThreshold = 300

    /// Communities with a colour of their own: Tol's muted nine. Beyond nine, hues no longer
    /// tell communities apart, so the smaller ones share `Palette.other`.
    public static let communityColors = 9

    /// The colouring when none is asked: by type up to `communityThreshold` nodes, by community above.
    public static func automatic(nodeCount: Int) -> ColorBy { nodeCount > communityThreshold ? .community : .type }
}

/// Which nodes are boxed together: the nodes sharing a value of a node field or attribute
/// (nodes without one stay outside every box), a community, or a `within` parent.
public enum ClusterBy: Hashable, Sendable {
    case country, type, community
    /// The node's `within` parent (a city inside its region), boxes nested along the chain.
    case within
    /// A free node attribute, compared by its text form.
    case attribute(String)

    /// `country`, `type`, `community`, `within` (any case); any other name is an attribute.
    public init(parsing name: String) {
        switch name.lowercased() {
        case "country": self = .country
        case "type": self = .type
        case "community": self = .community
        case "within": self = .within
        default: self = .attribute(name)
        }
    }

    /// The name the option takes.
    public var name: String {
        switch self {
        case .country: return "country"
        case .type: return "type"
        case .community: return "community"
        case .within: return "within"
        case .attribute(let name): return name
        }
    }
}

/// A box's bounds in Graphviz points, y up.
public struct ClusterBounds: Hashable, Sendable {
    public var x0, y0, x1, y1: Double
    public init(x0: Double, y0: Double, x1: Double, y1: Double) { (self.x0, self.y0, self.x1, self.y1) = (x0, y0, x1, y1) }
}

/// Which nodes carry their name.
public enum LabelMode: Hashable, Sendable {
    case all, none
    /// Every node in small graphs, the most important ones in large graphs.
    case auto
    /// The `n` largest nodes by the size measure (or by degree).
    case top(Int)
}
