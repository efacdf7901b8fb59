import Analytics
import Graph
import GraphvizBridge
import Render

/// Computes what a diagram needs (degree and the size measure, communities found as
/// `twinning communities` finds them with Louvain) and draws it: used by `render`, `layout`
/// and the report. Errors of Graphviz are thrown as Render gives them.
public enum DiagramMaker {
    /// The per-node measures and communities the styling of `dataset` reads.
    public static func inputs(_ dataset: Dataset, sizeBy: CentralityMeasure?, needsCommunities: Bool,
                              seed: UInt64) -> (measures: [String: [Double]], communities: [Int]?) {
        var measures: [String: [Double]] = [:]
        let wanted = [CentralityMeasure.degree] + (sizeBy.map { [$0] } ?? [])
        let computed = CentralityMeasures(dataset, measures: wanted)
        for (measure, values) in computed.values { measures[measure.rawValue] = values }
        let communities = needsCommunities ? CommunitySearch(algorithm: .louvain, seed: seed).communities(of: dataset).membership : nil
        return (measures, communities)
    }

    /// The drawing of `dataset` in `format`.
    public static func draw(_ dataset: Dataset, options: DiagramOptions, sizeBy: CentralityMeasure?, needsCommunities: Bool,
                            format: OutputFormat, seed: UInt64) throws -> [UInt8] {
        let (measures, communities) = inputs(dataset, sizeBy: sizeBy, needsCommunities: needsCommunities, seed: seed)
        let dot = try DiagramDOTWriter.dot(for: dataset, options: options, measures: measures, communities: communities)
        return try GraphvizRenderer.render(dot: dot, placement: options.placement(for: dataset), format: format)
    }

    /// Where `draw` with these options would place each node.
    public static func positions(_ dataset: Dataset, options: DiagramOptions, seed: UInt64) throws -> [NodePosition] {
        let (measures, communities) = inputs(dataset, sizeBy: nil, needsCommunities: false, seed: seed)
        return try DiagramLayout.positions(of: dataset, options: options, measures: measures, communities: communities)
    }
}
