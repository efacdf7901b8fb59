/// The output file format, chosen by the caller from the `-o` extension.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    /// DOT with the layout's positions, as `dot -Tdot` writes it.
    case dot, svg, png, pdf

    /// The format named by a file's extension (case-insensitive), nil for an unknown one.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// The name of Graphviz's renderer for this format.
    var graphvizName: String {
        switch self {
        case .dot: return "dot"
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        }
    }
}
