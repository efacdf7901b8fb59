/// A Graphviz layout engine.
public enum Layout: String, Hashable, Sendable, CaseIterable {
    /// Hierarchical, in ranks: for directed flows (investments, supply chains) and clusters.
    case dot
    /// Stress majorisation: the most faithful distances for small graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed: the only engine fast enough for thousands of nodes.
    case sfdp
    case circo, twopi
    /// Clusters packed into an array (Graphviz's osage): for grouped drawings of any size.
    case osage

    /// Above this many nodes the default is sfdp: neato's stress model is O(n²) in memory and
    /// takes minutes beyond a few hundred nodes, sfdp's multilevel scheme stays near O(n log n).
    public static let largeGraphThreshold = 300

    /// neato for small graphs (dot when clusters are asked, since only dot draws them), sfdp
    /// above.
    public static func `default`(nodeCount: Int, clustered: Bool = false) -> Layout {
        if clustered { return .dot }
        return nodeCount > largeGraphThreshold ? .sfdp : .neato
    }

    /// Engines that draw `cluster_` subgraphs as boxes. fdp draws them too, but in Graphviz
    /// 2.42 its cluster code crashes now and then (a segmentation fault inside `agedge`, from
    /// `fdp_layout`, depending on where memory lands), so clusters are drawn with dot only and
    /// other engines draw the graph without boxes.
    public var drawsClusters: Bool { self == .dot || self == .osage }

    /// Engines whose random start position is set by the `start` attribute.
    public var isSeeded: Bool { self == .neato || self == .fdp || self == .sfdp }
}
