import Graph

/// A drawing that Graphviz could not make.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    case noContext
    case parse(String)
    case layout(Layout, String)
    case render(OutputFormat, String)

    /// One line, with Graphviz's own message where it gave one.
    public var description: String {
        func detail(_ message: String) -> String { message.isEmpty ? "" : ": " + message }
        switch self {
        case .noContext: return "error: cannot start the Graphviz library (gvContext failed)"
        case .parse(let m): return "error: Graphviz cannot read the diagram's DOT text" + detail(m)
        case .layout(let l, let m): return "error: the \(l.rawValue) layout failed" + detail(m)
        case .render(let f, let m): return "error: Graphviz cannot write \(f.rawValue.uppercased()) output" + detail(m)
        }
    }
}
