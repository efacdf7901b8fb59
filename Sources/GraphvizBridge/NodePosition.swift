/// A node's place in a drawing: Graphviz points (1/72 inch), y up, as Graphviz's DOT output
/// gives `pos` (the layout translated so that the drawing starts at the origin).
public struct NodePosition: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
