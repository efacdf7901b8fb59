import Foundation
import Graph
import GraphvizBridge

/// A map's geometry in Graphviz points (y up): where each actor is drawn, the frame's bounds,
/// the great-circle arc of each agreement line and the country outlines beneath.
///
/// Places are projected (`MapProjection`) and scaled so that the frame's longer side is
/// `longSide` points. The frame is the projection's whole outline (`Extent.world`) or the
/// projected places and their arcs with a margin (`Extent.data`), widened to at most
/// `maximumAspect` so that a map of an east–west network is no strip. Actors drawn at one
/// place are kept apart (`PlaceSpreading`); arcs start and end at the points as drawn.
///
/// Complexity: O(n log n + m · s) for n places and m lines of s samples each.
public struct GeoMapFrame: Sendable {
    /// The longer side of the frame in points: 20 inches, which the dense drawings' 24-inch
    /// page holds at full size.
    static let longSide = 1_440.0
    /// The frame's longer side is at most this many times its shorter side (data extent).
    static let maximumAspect = 2.0
    /// The margin around the data, as a fraction of the data's longer side.
    static let margin = 0.08
    /// Actors at one place (closer than `sharedPlace` points: a region at its centre, bodies
    /// within one city) are spread `spreadDistance` apart. Distinct places, however near at
    /// the map's scale, stay where they are: chaining them would draw a country's cities as
    /// one ring far from their places.
    static let spreadDistance = 11.0
    static let sharedPlace = 1.0

    public let options: GeoMapOptions
    /// Where each node is drawn, indexed like the places given.
    public let positions: [NodePosition]
    /// The frame in points.
    public let bounds: ClusterBounds
    /// The projected place of each node before spreading, in points.
    let projected: [NodePosition]
    let places: [GeoPoint]
    /// Projected units to points: p ↦ ((x − x0) · scale, (y − y0) · scale).
    let x0: Double, y0: Double, scale: Double

    /// The frame of `places` (one per drawn node).
    public init(places: [GeoPoint], options: GeoMapOptions) {
        self.options = options
        self.places = places
        let projection = options.projection
        let raw = places.map { projection.project($0) }
        var box: (x0: Double, y0: Double, x1: Double, y1: Double)
        switch options.extent {
        case .world:
            box = GeoMapFrame.world(projection)
        case .data:
            box = (.infinity, .infinity, -.infinity, -.infinity)
            func include(_ p: MapPoint) {
                box = (min(box.x0, p.x), min(box.y0, p.y), max(box.x1, p.x), max(box.y1, p.y))
            }
            raw.forEach(include)
            if box.x0 > box.x1 { box = GeoMapFrame.world(projection) }
            let side = max(box.x1 - box.x0, box.y1 - box.y0, 0.05)
            let pad = GeoMapFrame.margin * side
            box = (box.x0 - pad, box.y0 - pad, box.x1 + pad, box.y1 + pad)
            let (w, h) = (box.x1 - box.x0, box.y1 - box.y0)
            if w > GeoMapFrame.maximumAspect * h {
                let grow = (w / GeoMapFrame.maximumAspect - h) / 2
                box = (box.x0, box.y0 - grow, box.x1, box.y1 + grow)
            } else if h > GeoMapFrame.maximumAspect * w {
                let grow = (h / GeoMapFrame.maximumAspect - w) / 2
                box = (box.x0 - grow, box.y0, box.x1 + grow, box.y1)
            }
            // Never beyond the world's own outline.
            let world = GeoMapFrame.world(projection)
            box = (max(box.x0, world.x0), max(box.y0, world.y0), min(box.x1, world.x1), min(box.y1, world.y1))
        }
        scale = GeoMapFrame.longSide / max(box.x1 - box.x0, box.y1 - box.y0)
        (x0, y0) = (box.x0, box.y0)
        bounds = ClusterBounds(x0: 0, y0: 0, x1: (box.x1 - box.x0) * scale, y1: (box.y1 - box.y0) * scale)
        let (sx, sy, s) = (box.x0, box.y0, scale)
        projected = raw.map { NodePosition(x: ($0.x - sx) * s, y: ($0.y - sy) * s) }
        positions = PlaceSpreading.spread(projected, distance: GeoMapFrame.spreadDistance, link: GeoMapFrame.sharedPlace)
    }

    /// The projection's whole outline in its units: the equator's ends and the poles.
    static func world(_ projection: MapProjection) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        let half = projection.halfExtent
        return (-half.width, -half.height, half.width, half.height)
    }

    /// The country outlines beneath the map as Graphviz `_background` drawing operations
    /// (`MapBackground`): ocean, graticule and the world's edge on a world map; on a map of
    /// the data, the land and sea cut to the frame.
    public var background: String {
        var style = MapBackground()
        if options.extent == .data {
            style.clip = bounds
            style.graticule = nil
            style.edge = nil
        }
        return style.xdot(centralMeridian: options.projection.centralMeridian) { p in
            let q = position(of: p)
            return MapPoint(x: q.x, y: q.y)
        }
    }

    /// `point` projected into the frame, in points.
    public func position(of point: GeoPoint) -> NodePosition {
        let p = options.projection.project(point)
        return NodePosition(x: (p.x - x0) * scale, y: (p.y - y0) * scale)
    }

    /// The line from node `u` to node `v` along the great circle, as polylines in points (more
    /// than one where the arc crosses the map's edge), starting and ending at the nodes as
    /// drawn.
    public func arc(from u: Int, to v: Int) -> [[NodePosition]] {
        let pieces = GreatCircle.pieces(from: places[u], to: places[v], centralMeridian: options.projection.centralMeridian)
            .map { $0.map(position(of:)) }
        guard !pieces.isEmpty else { return [[positions[u], positions[v]]] }
        // Each end moves with its node (spread apart from others at its place), fading along the line.
        let start = (x: positions[u].x - projected[u].x, y: positions[u].y - projected[u].y)
        let end = (x: positions[v].x - projected[v].x, y: positions[v].y - projected[v].y)
        var shifted = pieces
        let last = pieces.count - 1
        for (k, piece) in pieces.enumerated() {
            let n = Double(max(1, piece.count - 1))
            for (j, p) in piece.enumerated() {
                let t = Double(j) / n
                var dx = 0.0, dy = 0.0
                if k == 0 { dx += start.x * (1 - t); dy += start.y * (1 - t) }
                if k == last { dx += end.x * t; dy += end.y * t }
                shifted[k][j] = NodePosition(x: p.x + dx, y: p.y + dy)
            }
        }
        return shifted
    }
}

extension GeoMapFrame {
    /// Room left for an arrowhead at a directed line's end, in points (Graphviz draws a
    /// 10-point arrow at `arrowsize` 1; lines here use 0.7).
    static let arrowLength = 7.0

    /// The Graphviz `pos` of the line from node `u` to node `v` (`arc(from:to:)`), with
    /// arrowheads where `direction` (`forward`, `back`, `both`, as `dir`) asks: the line stops
    /// short by `arrowLength` and the `e,x,y` (`s,x,y`) point names the arrow's tip, as in a
    /// laid-out DOT file.
    func splinePosition(from u: Int, to v: Int, direction: String?) -> String {
        var pieces = arc(from: u, to: v)
        var startTip: MapPoint?, endTip: MapPoint?
        let head = direction == "forward" || direction == "both", tail = direction == "back" || direction == "both"
        if tail, var first = pieces.first, first.count > 1 {
            let tip = first[0]
            first[0] = GeoMapFrame.stepBack(from: tip, toward: first[1], by: GeoMapFrame.arrowLength)
            pieces[0] = first
            startTip = MapPoint(x: tip.x, y: tip.y)
        }
        if head, var last = pieces.last, last.count > 1 {
            let tip = last[last.count - 1]
            last[last.count - 1] = GeoMapFrame.stepBack(from: tip, toward: last[last.count - 2], by: GeoMapFrame.arrowLength)
            pieces[pieces.count - 1] = last
            endTip = MapPoint(x: tip.x, y: tip.y)
        }
        let controls = pieces.map { piece in ArcSpline.catmullRom(piece.map { MapPoint(x: $0.x, y: $0.y) }) }
        return ArcSpline.pos(controls, startTip: startTip, endTip: endTip)
    }

    /// The point `length` points from `tip` toward `other` (at most halfway).
    static func stepBack(from tip: NodePosition, toward other: NodePosition, by length: Double) -> NodePosition {
        let (dx, dy) = (other.x - tip.x, other.y - tip.y)
        let d = (dx * dx + dy * dy).squareRoot()
        guard d > 0 else { return tip }
        let t = min(0.5, length / d)
        return NodePosition(x: tip.x + dx * t, y: tip.y + dy * t)
    }
}
