/// How a drawing's nodes get their places: laid out by an engine, or kept where the DOT text
/// puts them.
public enum Placement: Hashable, Sendable {
    case layout(Layout)
    /// Every node's `pos` attribute (points, y up) is kept; only edges are routed and the
    /// drawing translated to start at the origin (Graphviz's `neato -n`: engine `nop1`).
    case pinned
    /// Every node's `pos` and every edge's `pos` (its Bézier splines) are kept as written
    /// (Graphviz's `neato -n2`: engine `nop2`); edges without `pos` are routed. Maps use it:
    /// their great-circle arcs are drawn as given. With a `_background` attribute Graphviz
    /// 2.42 also keeps the graph's `bb` and translates nothing.
    case pinnedWithSplines

    /// True when the nodes keep their `pos` (no engine places them).
    public var isPinned: Bool { self == .pinned || self == .pinnedWithSplines }

    /// The engine name `gvLayout` takes.
    public var engineName: String {
        switch self {
        case .layout(let layout): return layout.rawValue
        case .pinned: return "nop1"
        case .pinnedWithSplines: return "nop2"
        }
    }

    /// The engine, for messages: neato for pinned drawings.
    var layout: Layout {
        if case .layout(let layout) = self { return layout }
        return .neato
    }
}
