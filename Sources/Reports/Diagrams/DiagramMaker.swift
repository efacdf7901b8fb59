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
    /// `communities`, when given, numbers each node's community (found by the caller) and
    /// replaces the search `needsCommunities` asks for.
    public static func draw(_ dataset: Dataset, options: DiagramOptions, sizeBy: CentralityMeasure?, needsCommunities: Bool,
                            format: OutputFormat, seed: UInt64, communities given: [Int]? = nil) throws -> [UInt8] {
        let (measures, found) = inputs(dataset, sizeBy: sizeBy, needsCommunities: needsCommunities && given == nil, seed: seed)
        let communities = given ?? found
        let options = try prepared(options, dataset, measures: measures, communities: communities)
        let dot = try DiagramDOTWriter.dot(for: dataset, options: options, measures: measures, communities: communities)
        return try GraphvizRenderer.render(dot: dot, placement: options.placement(for: dataset),
                                           graphAttributes: DiagramDOTWriter.graphAttributes(options: options), formats: [format])[0]
    }

    /// Where `draw` with these options would place each node.
    public static func positions(_ dataset: Dataset, options: DiagramOptions, needsCommunities: Bool = false,
                                 seed: UInt64) throws -> [NodePosition] {
        let (measures, communities) = inputs(dataset, sizeBy: nil, needsCommunities: needsCommunities, seed: seed)
        var unpinned = options
        unpinned.positions = nil
        let chosen = try prepared(unpinned, dataset, measures: measures, communities: communities)
        return try chosen.positions ?? DiagramLayout.positions(of: dataset, options: chosen, measures: measures, communities: communities)
    }

    /// `options` as they are drawn: when boxes are asked and no engine is, dot or the positions
    /// and boxes `ClusterLayout` packs; and for large drawings laid out by a force-directed engine, with the
    /// positions of a first pass that lays out the points alone (no overlap removal, spread to
    /// the expected extent), at which the drawing then places the names (`LabelPlacement`).
    public static func prepared(_ options: DiagramOptions, _ dataset: Dataset, measures: [String: [Double]],
                                communities: [Int]?) throws -> DiagramOptions {
        if let map = options.map {
            // A map: every actor at its place (`MapView` leaves out those without one).
            let places = Places(dataset)
            let points = places.points.compactMap { $0 }
            guard points.count == dataset.nodes.count else {
                throw MapError.unplaced(dataset.nodes.count - places.placedCount)
            }
            var chosen = options
            let frame = GeoMapFrame(places: points, options: map)
            chosen.mapFrame = frame
            chosen.positions = frame.positions
            return chosen
        }
        guard !options.placement(for: dataset).isPinned else { return options }
        var chosen = options
        if options.layout == nil, options.clusterBy != nil {
            let dot = try ClusterLayout.prefersDot(nodeCount: dataset.nodes.count) {
                var tried = options
                tried.layout = .dot
                return try DiagramDOTWriter.dot(for: dataset, options: tried, measures: measures, communities: communities)
            }
            if dot {
                chosen.layout = .dot
            } else {
                (chosen.positions, chosen.clusterBounds) = ClusterLayout.packed(dataset, options: options, measures: measures,
                                                                                communities: communities)
                return chosen
            }
        }
        if DiagramScale.isLarge(nodeCount: dataset.nodes.count), [.sfdp, .fdp, .neato].contains(chosen.resolvedLayout(for: dataset)) {
            let laidOut = try DiagramLayout.positions(of: dataset, options: chosen, measures: measures, communities: communities)
            chosen.positions = DiagramScale.spread(laidOut, toExtent: DiagramScale.expectedExtent(nodeCount: dataset.nodes.count))
        }
        return chosen
    }
}
