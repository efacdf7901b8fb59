/// A Graphviz layout engine.
public enum Layout: String, Hashable, Sendable, CaseIterable {
    /// Hierarchical, in ranks: for directed flows (investments, supply chains) and clusters.
    case dot
    /// Stress majorisation: the most faithful distances for small graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold) with clusters.
    case fdp
    /// Multiscale force-directed: the only engine fast enough for thousands of nodes.
    case sfdp
    case circo, twopi

    /// Above this many nodes the default is sfdp: neato's stress model is O(n²) in memory and
    /// takes minutes beyond a few hundred nodes, sfdp's multilevel scheme stays near O(n log n).
    public static let largeGraphThreshold = 300

    /// neato for small graphs (fdp when clusters are asked, since neato ignores them), sfdp above.
    public static func `default`(nodeCount: Int, clustered: Bool = false) -> Layout {
        if nodeCount > largeGraphThreshold { return .sfdp }
        return clustered ? .fdp : .neato
    }

    /// Engines that draw `cluster_` subgraphs as boxes.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// Engines whose random start position is set by the `start` attribute.
    public var isSeeded: Bool { self == .neato || self == .fdp || self == .sfdp }
}
