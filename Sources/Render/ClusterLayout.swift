import Graph
import GraphvizBridge

/// Which engine draws a clustered diagram (`--cluster-by`) when none is asked: dot, whose
/// ranks keep agreements readable, when its drawing has a printable shape; otherwise osage,
/// which packs the boxes together.
///
/// Rule: dot is tried first up to `dotLimit` nodes; its drawing is kept when its width/height
/// ratio lies within `dotRange` (2:5 to 5:2, a page turned either way, near enough: Gomel
/// Region's ego network came out 1:3.8 in dot, a column no journal prints). dot puts every actor of one rank in one
/// column, so groups of many actors that share a rank (a country's partners, a type's
/// unconnected actors) make a strip (60 × 1,728 pixels for the bundled dataset's twinnings by
/// country); osage lays each box's members out as a near-square array and packs the boxes
/// together as polyominoes (`packmode=graph`; Freivalds, Dogrusoz & Kipfer 2002), so its shape stays near square
/// whatever the groups. Above `dotLimit` nodes osage is used directly: dot's ranking takes
/// minutes there. Cost: one extra dot layout below the limit.
public enum ClusterLayout {
    public static let dotRange = 0.4...2.5
    public static let dotLimit = 300

    /// The engine for `dataset` drawn with `options`, whose `layout` is nil and `clusterBy` set;
    /// `dot` writes the diagram's DOT text for an engine.
    public static func choose(nodeCount: Int, dot: (Layout) throws -> String) throws -> Layout {
        guard nodeCount <= dotLimit else { return .osage }
        let extent = try GraphvizRenderer.extent(dot: dot(.dot), layout: .dot)
        guard extent.width > 0, extent.height > 0 else { return .dot }
        return dotRange.contains(extent.width / extent.height) ? .dot : .osage
    }
}
