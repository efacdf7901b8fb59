import Graph

/// Where a projected map sits on the page: the projection scaled so the whole world is
/// `width` points wide, with `margin` points around it, the origin at the lower left (Graphviz's
/// coordinates, y up). Its `point(_:)` is the place function `MapBackground` and the edge
/// splines take.
///
/// Example: an Equal Earth frame 1000 pt wide has scale 1000 / (2 · 2.70663) = 184.73 pt per
/// Earth radius, height 2 · 1.31736 · 184.73 = 486.7 pt; (0°, 0°) is at (500, 243.4).
public struct MapFrame: Sendable {
    public let projection: MapProjection
    /// Points per Earth radius.
    public let scale: Double
    public let margin: Double
    /// The page: the map and its margins, in points.
    public let width: Double
    public let height: Double
    /// Half the map's width and height in Earth radii (`MapProjection.halfExtent`).
    @usableFromInline let halfWidth: Double
    @usableFromInline let halfHeight: Double

    public init(projection: MapProjection, width: Double, margin: Double = 0) {
        self.projection = projection
        self.margin = margin
        (halfWidth, halfHeight) = projection.halfExtent
        scale = (width - 2 * margin) / (2 * halfWidth)
        self.width = width
        height = 2 * halfHeight * scale + 2 * margin
    }

    /// `place` on the page, in points (y up).
    @inlinable
    public func point(_ place: GeoPoint) -> MapPoint {
        page(projection.project(place))
    }

    /// A projected point (Earth radii) on the page, in points.
    @inlinable
    public func page(_ p: MapPoint) -> MapPoint {
        MapPoint(x: margin + (p.x + halfWidth) * scale, y: margin + (p.y + halfHeight) * scale)
    }

}
