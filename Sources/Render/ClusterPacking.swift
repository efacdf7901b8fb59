/// Boxes of actors packed into a near-square picture, at positions computed here: the drawing
/// `--cluster-by` falls back to when dot's ranks would make a strip.
///
/// Each box lays its members out in rows, in the order given (the drawing gives names in
/// alphabetical order, then nested boxes), and the boxes and the actors outside every box are
/// packed the same way at the top level, largest box first: shelf packing ("next fit
/// decreasing height", Coffman, Garey, Johnson & Tarjan 1980) into rows no wider than
/// `aspect` times the side of a square of the items' total area, so the picture comes out
/// near square whatever the groups. Every position follows from the input order and sizes
/// alone: the same drawing every run, which Graphviz's own packing engine (osage) did not
/// give, since it orders boxes by the addresses of their names. O(n log n) for n items.
struct ClusterPacking {
    /// A thing to place: an actor's cell or a box of other items.
    indirect enum Item {
        case node(index: Int, width: Double, height: Double)
        /// `label` is the height its title takes above the content, `minWidth` the title's width.
        case box(key: String, label: Double, minWidth: Double, children: [Item])
        /// Items kept together as one block, packed near square, with no box drawn: the
        /// unnamed points of a dense drawing's box.
        case group([Item])
    }

    /// Where everything went, in points with y up (Graphviz's convention), the picture's
    /// lower-left corner at the origin.
    struct Placement {
        /// Node centres by node index.
        var nodes: [Int: (x: Double, y: Double)] = [:]
        /// Box bounds by key: (x0, y0, x1, y1).
        var boxes: [String: (x0: Double, y0: Double, x1: Double, y1: Double)] = [:]
    }

    /// Space between items, and between a box's edge and its content, in points.
    let gap: Double
    let padding: Double
    /// Rows are at most this many times the side of the square of the items' area.
    static let aspect = 1.25

    /// `items` packed.
    func place(_ items: [Item]) -> Placement {
        var placement = Placement()
        let root = layout(items)
        let height = root.height
        // Laid out with y down from the top; Graphviz wants y up.
        for (index, p) in root.nodes { placement.nodes[index] = (p.x, height - p.y) }
        for (key, b) in root.boxes { placement.boxes[key] = (b.x0, height - b.y1, b.x1, height - b.y0) }
        return placement
    }

    /// A packed group: its size and, relative to its top-left corner (y down), where its
    /// nodes' centres and its boxes' bounds are.
    private struct Packed {
        var width = 0.0, height = 0.0
        var nodes: [(Int, (x: Double, y: Double))] = []
        var boxes: [(String, (x0: Double, y0: Double, x1: Double, y1: Double))] = []
    }

    private func layout(_ items: [Item]) -> Packed {
        // Each item's own size (a box packs its children first).
        let sized: [(item: Item, packed: Packed?, width: Double, height: Double)] = items.map { item in
            switch item {
            case .node(_, let w, let h): return (item, nil, w, h)
            case .box(_, let label, let minWidth, let children):
                let inner = layout(children)
                return (item, inner, max(minWidth, inner.width + 2 * padding), inner.height + 2 * padding + label)
            case .group(let children):
                let inner = layout(children)
                return (item, inner, inner.width, inner.height)
            }
        }
        let area = sized.reduce(0) { $0 + ($1.width + gap) * ($1.height + gap) }
        let widest = sized.map(\.width).max() ?? 0
        let limit = max(widest, ClusterPacking.aspect * area.squareRoot())
        var out = Packed()
        var x = 0.0, y = 0.0, rowHeight = 0.0
        for s in sized {
            if x > 0 && x + s.width > limit {
                y += rowHeight + gap
                x = 0
                rowHeight = 0
            }
            switch s.item {
            case .node(let index, _, _):
                out.nodes.append((index, (x + s.width / 2, y + s.height / 2)))
            case .box(let key, let label, _, _):
                out.boxes.append((key, (x, y, x + s.width, y + s.height)))
                let dx = x + padding, dy = y + padding + label
                for (n, p) in s.packed!.nodes { out.nodes.append((n, (p.x + dx, p.y + dy))) }
                for (k, b) in s.packed!.boxes { out.boxes.append((k, (b.x0 + dx, b.y0 + dy, b.x1 + dx, b.y1 + dy))) }
            case .group:
                for (n, p) in s.packed!.nodes { out.nodes.append((n, (p.x + x, p.y + y))) }
                for (k, b) in s.packed!.boxes { out.boxes.append((k, (b.x0 + x, b.y0 + y, b.x1 + x, b.y1 + y))) }
            }
            x += s.width + gap
            rowHeight = max(rowHeight, s.height)
            out.width = max(out.width, x - gap)
        }
        out.height = y + rowHeight
        return out
    }
}
