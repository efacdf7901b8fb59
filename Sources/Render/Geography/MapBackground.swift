import Graph

/// A world map as Graphviz's `_background` graph attribute: xdot drawing operations that
/// Graphviz draws before (beneath) the graph's clusters, edges and nodes.
///
/// The text, in the xdot format (Graphviz's `xdot` documentation: each operation a letter and
/// its operands; a string is its byte count, a space, `-`, then the bytes):
///
///     C n -colour      fill colour          c n -colour     pen colour
///     S n -style       style, here setlinewidth(w)
///     P k x1 y1 …      filled polygon       p k x1 y1 …     unfilled polygon
///     L k x1 y1 …      polyline
///
/// Drawn in this order, each part optional but the land: the ocean (the projection's outer
/// boundary, filled), the graticule (meridians and parallels every `graticuleStep` degrees,
/// sampled every 2°), the land (every ring of every country, filled with `land` and outlined
/// with `border`), and the map's edge (the boundary again, unfilled). Rings whose area on the
/// page is under `minimumRingArea` square points are left out (islands too small to see).
///
/// Coordinates are the caller's: `place` turns a place into page points (y up), normally
/// `MapFrame.point(_:)`. The outer boundary is the meridians `centralMeridian ± 180`, which the
/// place function must put on the map's right and left edges (as `MapProjection` does).
/// Outlines are drawn correctly for central meridian 0 only: the shipped rings are cut at the
/// antimeridian, and with another central meridian rings that straddle the new seam would not
/// be cut. Decision: the commands draw every map at central meridian 0 (README, Maps and places).
///
/// Complexity: O(p) for p outline points; about 8 000 points make roughly 100 KB of text.
public struct MapBackground: Sendable {
    public var land = "#e9e5dc"
    public var border = "#ffffff"
    public var borderWidth = 0.5
    /// Fill of the map's outer boundary (the sea), nil for none.
    public var ocean: String? = "#f3f7fa"
    /// Pen colour of the map's edge, nil for none.
    public var edge: String? = "#b8c2cc"
    /// Pen colour of the graticule, nil for none.
    public var graticule: String? = "#dde4ea"
    public var graticuleStep = 30.0
    public var lineWidth = 0.5
    /// Rings smaller than this on the page (square points) are not drawn.
    public var minimumRingArea = 0.5
    /// Digits after the point in coordinates.
    public var decimals = 1
    /// Polygons are cut to this rectangle (points) when set: a map of part of the world, since
    /// Graphviz sizes the page to everything drawn, background included.
    public var clip: ClusterBounds?

    public init() {}

    /// The `_background` text for `outlines` placed by `place`.
    public func xdot(outlines: WorldOutlines = .shared, centralMeridian: Double = 0,
                     place: (GeoPoint) -> MapPoint) -> String {
        var text = ""
        let clipped: ([MapPoint]) -> [MapPoint] = { points in clip.map { PolygonClip.clip(points, to: $0) } ?? points }
        let boundary = clipped(Self.boundary(centralMeridian: centralMeridian).map(place))
        if let ocean {
            Self.colour("C", ocean, to: &text)
            Self.colour("c", ocean, to: &text)
            append("P", boundary, to: &text)
        }
        if let graticule {
            Self.colour("c", graticule, to: &text)
            Self.style("setlinewidth(\(CoordinateText.number(lineWidth, decimals: 2)))", to: &text)
            for line in Self.graticule(step: graticuleStep, centralMeridian: centralMeridian) {
                append("L", line.map(place), to: &text)
            }
        }
        Self.colour("C", land, to: &text)
        Self.colour("c", border, to: &text)
        Self.style("setlinewidth(\(CoordinateText.number(borderWidth, decimals: 2)))", to: &text)
        for country in outlines.countries {
            for ring in country.rings {
                let points = clipped(ring.map(place))
                guard Self.area(points) >= minimumRingArea else { continue }
                append("P", points, to: &text)
            }
        }
        if let edge {
            Self.colour("c", edge, to: &text)
            Self.style("setlinewidth(\(CoordinateText.number(lineWidth, decimals: 2)))", to: &text)
            append("p", boundary, to: &text)
        }
        return text
    }

    /// The map's outer boundary: up the right edge (central meridian + 180) from the south
    /// pole to the north, down the left edge (− 180), every 2°.
    public static func boundary(centralMeridian: Double = 0) -> [GeoPoint] {
        let up = stride(from: -90.0, through: 90, by: 2).map { GeoPoint(latitude: $0, longitude: centralMeridian + 180) }
        let down = stride(from: 90.0, through: -90, by: -2).map { GeoPoint(latitude: $0, longitude: centralMeridian - 180) }
        return up + down
    }

    /// Meridians every `step` degrees from the central meridian (the seam excluded: it is the
    /// edge) and parallels every `step` degrees from the equator (poles excluded), sampled every 2°.
    public static func graticule(step: Double, centralMeridian: Double = 0) -> [[GeoPoint]] {
        guard step > 0 else { return [] }
        var lines: [[GeoPoint]] = []
        var offset = -180 + step
        while offset < 180 {
            let longitude = centralMeridian + offset
            lines.append(stride(from: -90.0, through: 90, by: 2).map { GeoPoint(latitude: $0, longitude: longitude) })
            offset += step
        }
        var latitude = -90 + step
        while latitude < 90 {
            lines.append(stride(from: -180.0, through: 180, by: 2).map { GeoPoint(latitude: latitude, longitude: centralMeridian + $0) })
            latitude += step
        }
        return lines
    }

    /// The area of a closed polygon (shoelace formula), unsigned.
    static func area(_ points: [MapPoint]) -> Double {
        guard points.count > 2 else { return 0 }
        var sum = 0.0
        var previous = points[points.count - 1]
        for point in points {
            sum += previous.x * point.y - point.x * previous.y
            previous = point
        }
        return abs(sum) / 2
    }

    /// `op k x1 y1 …`, consecutive points equal at the written precision written once.
    private func append(_ op: String, _ points: [MapPoint], to text: inout String) {
        var body = ""
        var count = 0
        var last = ""
        for point in points {
            var written = ""
            CoordinateText.append(point.x, decimals: decimals, to: &written)
            written += " "
            CoordinateText.append(point.y, decimals: decimals, to: &written)
            if written == last { continue }
            body += " "
            body += written
            last = written
            count += 1
        }
        guard count >= 2 else { return }
        text += "\(op) \(count)\(body) "
    }

    private static func colour(_ op: String, _ colour: String, to text: inout String) {
        text += "\(op) \(colour.utf8.count) -\(colour) "
    }

    private static func style(_ style: String, to text: inout String) {
        text += "S \(style.utf8.count) -\(style) "
    }
}
