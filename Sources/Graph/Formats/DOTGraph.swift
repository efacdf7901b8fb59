/// A DOT graph as a parser hands it over: names and attribute text only, no Twinning meaning.
///
/// Graph does not parse DOT itself (the parser is Graphviz's cgraph, which this target does not
/// link): a parser registered in `DOTFormat.parser` (by `Graphviz.register()`) turns the
/// text into a `DOTGraph`, and `DOTFormat.read` makes the dataset from it. Attributes are those
/// set on the object (a non-empty value), in the order the graph declares them.
public struct DOTGraph: Sendable {
    /// A node: its name (the DOT ID) and its attributes.
    public struct Node: Sendable {
        public var name: String
        public var attributes: [(name: String, value: String)]

        public init(name: String, attributes: [(name: String, value: String)]) {
            self.name = name
            self.attributes = attributes
        }
    }

    /// An edge: its endpoints, its name (cgraph keeps an edge's `key` attribute as its name;
    /// empty when it has none) and its other attributes.
    public struct Edge: Sendable {
        public var tail: String
        public var head: String
        public var name: String
        public var attributes: [(name: String, value: String)]

        public init(tail: String, head: String, name: String, attributes: [(name: String, value: String)]) {
            self.tail = tail
            self.head = head
            self.name = name
            self.attributes = attributes
        }
    }

    /// A warning the parser gave, with the line it names (nil when it names none).
    public struct Warning: Sendable, Equatable {
        public var line: Int?
        public var message: String

        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// `digraph` rather than `graph`.
    public var directed: Bool
    /// The root graph's attributes.
    public var attributes: [(name: String, value: String)]
    /// Every node, subgraphs included, in the parser's order.
    public var nodes: [Node]
    /// Every edge, listed by tail node.
    public var edges: [Edge]
    /// The parser's warnings about the text (the graph was read all the same).
    public var warnings: [Warning] = []

    public init(directed: Bool, attributes: [(name: String, value: String)] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.directed = directed
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
    }
}
