/// How a drawing's nodes get their places: laid out by an engine, or kept where the DOT text
/// puts them.
public enum Placement: Hashable, Sendable {
    case layout(Layout)
    /// Every node's `pos` attribute (points, y up) is kept; only edges are routed and the
    /// drawing translated to start at the origin (Graphviz's `neato -n`: engine `nop1`).
    case pinned

    /// The engine name `gvLayout` takes.
    public var engineName: String {
        switch self {
        case .layout(let layout): return layout.rawValue
        case .pinned: return "nop1"
        }
    }

    /// The engine, for messages: neato for pinned drawings.
    var layout: Layout {
        if case .layout(let layout) = self { return layout }
        return .neato
    }
}
