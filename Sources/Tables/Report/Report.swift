import Graph

/// A report as content: sections of text, figures and tables, already computed. The writers
/// (HTML, Markdown, JSON) only lay it out; every figure in it comes from the Analytics code
/// that the command line uses.
public struct Report: Sendable {
    public var title: String
    public var subtitle: String
    /// Key figures shown first, as label and value.
    public var summary: [(label: String, value: String)]
    public var sections: [Section]

    public init(title: String, subtitle: String, summary: [(label: String, value: String)], sections: [Section]) {
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.sections = sections
    }

    public struct Section: Sendable {
        /// An anchor name (letters, digits, dashes).
        public var id: String
        public var title: String
        public var blocks: [Block]

        public init(id: String, title: String, blocks: [Block]) {
            self.id = id
            self.title = title
            self.blocks = blocks
        }
    }

    public enum Block: Sendable {
        case paragraph(String)
        /// A static figure: an SVG document, its caption, and a file name stem for writers
        /// that store figures beside the report.
        case figure(Figure)
        /// The network diagram, with what the page shows on hover and highlights on click.
        case diagram(Figure, DiagramIndex)
        case table(TableBlock)
    }

    public struct Figure: Sendable {
        public var svg: String
        public var caption: String
        public var name: String
        /// The same drawing as PNG, for writers that want a raster copy (optional).
        public var png: [UInt8]?

        public init(svg: String, caption: String, name: String, png: [UInt8]? = nil) {
            self.svg = svg
            self.caption = caption
            self.name = name
            self.png = png
        }
    }

    public struct TableBlock: Sendable {
        public var table: ResultTable
        public var caption: String
        /// A file name stem for writers that store tables as CSV beside the report.
        public var name: String
        /// Columns whose values are web addresses, shown as links.
        public var linkColumns: Set<String>

        public init(_ table: ResultTable, caption: String, name: String, linkColumns: Set<String> = []) {
            self.table = table
            self.caption = caption
            self.name = name
            self.linkColumns = linkColumns
        }
    }

    /// For each drawn node (by its SVG element id): its label, the attributes and measures to
    /// show on hover, its neighbours' element ids and its edges' element ids.
    public struct DiagramIndex: Sendable {
        public struct Entry: Sendable {
            public var label: String
            public var details: [(String, String)]
            public var neighbours: [String]
            public var edges: [String]

            public init(label: String, details: [(String, String)], neighbours: [String], edges: [String]) {
                self.label = label
                self.details = details
                self.neighbours = neighbours
                self.edges = edges
            }
        }

        public var entries: [(elementID: String, entry: Entry)]

        public init(entries: [(elementID: String, entry: Entry)]) {
            self.entries = entries
        }

        /// The index as JSON for the page's script.
        public var json: JSONValue {
            .object(entries.map { id, e in
                (id, .object([
                    ("label", .string(e.label)),
                    ("details", .array(e.details.map { .array([.string($0.0), .string($0.1)]) })),
                    ("neighbours", .array(e.neighbours.map { .string($0) })),
                    ("edges", .array(e.edges.map { .string($0) })),
                ]))
            })
        }
    }
}
