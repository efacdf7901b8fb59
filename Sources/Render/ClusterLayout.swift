import Graph
import GraphvizBridge
import Tables

/// How a clustered diagram (`--cluster-by`) is laid out when no engine is asked: by dot, whose
/// ranks keep agreements readable, when its drawing has a printable shape; otherwise packed
/// here (`ClusterPacking`) and drawn at those positions.
///
/// Rule: dot is tried first up to `dotLimit` nodes; its drawing is kept when its width/height
/// ratio lies within `dotRange` (2:5 to 5:2, a page turned either way, near enough: Gomel
/// Region's ego network came out 1:3.8 in dot, a column no journal prints). dot puts every
/// actor of one rank in one column, so groups of many actors that share a rank (a country's
/// partners, a type's unconnected actors) make a strip (60 × 1,728 pixels for the bundled
/// dataset's twinnings by country). Otherwise, and always above `dotLimit` nodes (dot's
/// ranking takes minutes there), each box lays its actors out in rows (by name; in dense
/// drawings the named actors first, then the points) and the boxes
/// are packed into a near-square picture (`ClusterPacking`); the lines are then routed
/// between the pinned nodes. Graphviz's own packing engine, osage, was tried first: it packs
/// as well, but orders its boxes by the memory addresses of their names, so the same command
/// drew different pictures from run to run. Cost: one extra dot layout below the limit.
public enum ClusterLayout {
    public static let dotRange = 0.4...2.5
    public static let dotLimit = 300

    /// Whether dot draws `dataset` as `options` say, `dot` writing its DOT text for dot.
    public static func prefersDot(nodeCount: Int, dot: () throws -> String) throws -> Bool {
        guard nodeCount <= dotLimit else { return false }
        let extent = try GraphvizRenderer.extent(dot: dot(), layout: .dot)
        guard extent.width > 0, extent.height > 0 else { return true }
        return dotRange.contains(extent.width / extent.height)
    }

    /// The packed positions of every node (indexed like the dataset's) and the bounds of every
    /// box, for `options.clusterBy`.
    public static func packed(_ dataset: Dataset, options: DiagramOptions, measures: [String: [Double]],
                              communities: [Int]?) -> (positions: [NodePosition], bounds: [String: ClusterBounds]) {
        guard let clusterBy = options.clusterBy else { return ([], [:]) }
        let style = DiagramStyle(dataset: dataset, options: options, measures: measures, communities: communities)
        let clusters = DiagramClusters(dataset: dataset, by: clusterBy, communities: communities, scale: style.scale)
        let titleFont = 11 * style.scale.pageFontFactor
        let gap = (style.scale.isDense ? 8 : 18) * style.scale.factor
        // Small drawings: every actor named, in alphabetical order. Dense ones: the named
        // actors first, by rank, then the points, packed closer.
        let order: (Int, Int) -> Bool = style.scale.isDense
            ? { a, b in (style.labelled.contains(a) ? 1 : 0, style.rank[a], -a) > (style.labelled.contains(b) ? 1 : 0, style.rank[b], -b) }
            : { a, b in (dataset.nodes[a].label, a) < (dataset.nodes[b].label, b) }
        let items = clusters.items(size: { style.estimatedSize(of: dataset.nodes[$0], index: $0) }, title: 2.2 * titleFont,
                                   titleWidth: { TextExtent.width($0, fontSize: titleFont) + 0.6 * gap + 16 * style.scale.factor }, order: order,
                                   isPoint: { style.scale.isDense && !style.labelled.contains($0) })
        let placement = ClusterPacking(gap: gap, padding: 0.6 * gap).place(items)
        let positions = dataset.nodes.indices.map { i in
            placement.nodes[i].map { NodePosition(x: $0.x, y: $0.y) } ?? NodePosition(x: 0, y: 0)
        }
        let bounds = placement.boxes.mapValues { ClusterBounds(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }
        return (positions, bounds)
    }
}
