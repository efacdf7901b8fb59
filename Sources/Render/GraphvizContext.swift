import CGraphviz

/// The Graphviz library linked into Twinning (no `dot` program is run).
public enum GraphvizLibrary {
    /// The library's version string, e.g. "2.42.2".
    public static var version: String {
        guard let context = gvContext() else { return "unknown" }
        defer { gvFreeContext(context) }
        guard let text = gvcVersion(context) else { return "unknown" }
        return String(cString: text)
    }
}
