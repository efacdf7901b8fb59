import Graph
import GraphvizBridge

/// Positions stored in a dataset as the node attributes `x` and `y` (written by `twinning
/// layout`, read from GEXF `viz:position`): the names every format and the renderer share.
///
/// A coordinate is a number: an integer or double attribute, or text that reads as a finite
/// number (DOT and tabular inputs carry text). A drawing keeps the positions only when every
/// node has both; otherwise it lays the graph out again.
public enum NodePositions {
    /// The attribute names of the two coordinates.
    public static let xKey = "x", yKey = "y"

    /// What a dataset says about where its nodes go.
    public enum Found: Hashable, Sendable {
        /// Every node has both coordinates, indexed like the dataset's nodes.
        case all([NodePosition])
        /// Only `count` of the nodes have both (possibly none).
        case partial(count: Int)
    }

    public static func found(in dataset: Dataset) -> Found {
        var positions: [NodePosition] = []
        positions.reserveCapacity(dataset.nodes.count)
        for node in dataset.nodes {
            if let x = number(node.attributes[xKey]), let y = number(node.attributes[yKey]) {
                positions.append(NodePosition(x: x, y: y))
            }
        }
        return positions.count == dataset.nodes.count && !positions.isEmpty ? .all(positions) : .partial(count: positions.count)
    }

    /// `dataset` with `positions` (indexed like its nodes) written as double attributes `x`
    /// and `y`, and whether any node already had one of them.
    public static func storing(_ positions: [NodePosition], in dataset: Dataset) -> (dataset: Dataset, replaced: Bool) {
        var stored = dataset
        var replaced = false
        for i in stored.nodes.indices {
            if stored.nodes[i].attributes[xKey] != nil || stored.nodes[i].attributes[yKey] != nil { replaced = true }
            stored.nodes[i].attributes[xKey] = .double(positions[i].x)
            stored.nodes[i].attributes[yKey] = .double(positions[i].y)
        }
        return (stored, replaced)
    }

    private static func number(_ value: AttributeValue?) -> Double? {
        switch value {
        case .integer(let i)?: return Double(i)
        case .double(let d)?: return d.isFinite ? d : nil
        case .string(let s)?: return Double(s.trimmingWhitespace()).flatMap { $0.isFinite ? $0 : nil }
        default: return nil
        }
    }
}

/// Computes a diagram's layout without drawing it: where `render` with the same options
/// would place each node.
public enum DiagramLayout {
    /// The position of every node of `dataset` (indexed like its nodes) in the drawing
    /// `options` describe (their layout and seed; sizes and labels, which overlap removal
    /// keeps apart, as `render` draws them).
    public static func positions(of dataset: Dataset, options: DiagramOptions, measures: [String: [Double]] = [:],
                                 communities: [Int]? = nil) throws -> [NodePosition] {
        var unpinned = options
        unpinned.positions = nil
        let dot = try DiagramDOTWriter.dot(for: dataset, options: unpinned, measures: measures, communities: communities)
        let byName = try GraphvizRenderer.positions(dot: dot, layout: unpinned.resolvedLayout(for: dataset))
        return try dataset.nodes.indices.map { i in
            guard let position = byName["n\(i)"] else { throw RenderError.layout(unpinned.resolvedLayout(for: dataset), "node n\(i) has no position") }
            return position
        }
    }
}
