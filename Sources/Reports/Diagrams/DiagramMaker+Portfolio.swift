import Graph
import GraphvizBridge
import Render

extension DiagramMaker {
    /// The portfolio drawing of `dataset` (`render --sides KEY=VALUE`): the actors `sides`
    /// matches in a column on the left, their partners on the right, every node pinned where
    /// `PortfolioDOTWriter` puts it, in `format`; with the caption, which says what is drawn
    /// and what is left out. Uses the theme and legend choice of `options`.
    /// - Throws: `SidePredicateError` when `sides` cannot split the dataset, `ThemeError`,
    ///   `RenderError` as Graphviz gives them.
    public static func portfolio(_ dataset: Dataset, sides: SidePredicate, options: DiagramOptions,
                                 format: OutputFormat) throws -> (bytes: [UInt8], caption: String) {
        let drawing = try PortfolioDOTWriter.drawing(for: dataset, sides: sides, options: options)
        return (try GraphvizRenderer.render(dot: drawing.dot, placement: .pinned, format: format), drawing.caption)
    }
}
