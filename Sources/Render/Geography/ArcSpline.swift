import Foundation

/// Cubic Bézier control points through a polyline, and Graphviz's edge `pos` text for them.
///
/// Definition: for points P0 … Pn (n ≥ 1) the uniform Catmull–Rom spline
/// (Catmull & Rom 1974, "A class of local interpolating splines") passes through every point;
/// its piece from Pi to Pi+1 is the cubic Bézier with control points
///
///     Pi,  Pi + (Pi+1 − Pi−1) / 6,  Pi+1 − (Pi+2 − Pi) / 6,  Pi+1
///
/// with the end points repeated (P−1 = P0, Pn+1 = Pn), so the curve ends with the polyline's
/// end tangents. The result has 3n + 1 points, the form Graphviz's `pos` and xdot `B`
/// operations take. A polyline of samples every 2° of a great circle gives a curve within a
/// fraction of a point of the circle at any page size; use `straight(_:)` for plain segments.
///
/// Graphviz's edge `pos` (attribute type `splineType`) is `spline ( ';' spline )*`, each
/// spline `[e,x,y] [s,x,y] x,y x,y …` with 3n + 1 points in points, y up. Several splines
/// draw one edge in several pieces: an arc cut at the map's seam is one edge.
///
/// Complexity: O(n).
public enum ArcSpline {
    /// The Catmull–Rom curve through `points` as 3n + 1 Bézier control points (n = count − 1).
    /// One point gives that point four times; none gives none.
    public static func catmullRom(_ points: [MapPoint]) -> [MapPoint] {
        guard let first = points.first else { return [] }
        guard points.count > 1 else { return [first, first, first, first] }
        var out: [MapPoint] = []
        out.reserveCapacity(3 * (points.count - 1) + 1)
        out.append(first)
        let last = points.count - 1
        for i in 0..<last {
            let p0 = points[max(i - 1, 0)], p1 = points[i], p2 = points[i + 1], p3 = points[min(i + 2, last)]
            out.append(MapPoint(x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6))
            out.append(MapPoint(x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6))
            out.append(p2)
        }
        return out
    }

    /// Straight segments through `points` as Bézier control points (each segment's controls at
    /// its thirds): 3n + 1 points.
    public static func straight(_ points: [MapPoint]) -> [MapPoint] {
        guard let first = points.first else { return [] }
        guard points.count > 1 else { return [first, first, first, first] }
        var out: [MapPoint] = [first]
        out.reserveCapacity(3 * (points.count - 1) + 1)
        for i in 1..<points.count {
            let a = points[i - 1], b = points[i]
            out.append(MapPoint(x: a.x + (b.x - a.x) / 3, y: a.y + (b.y - a.y) / 3))
            out.append(MapPoint(x: a.x + 2 * (b.x - a.x) / 3, y: a.y + 2 * (b.y - a.y) / 3))
            out.append(b)
        }
        return out
    }

    /// Graphviz's edge `pos` for `pieces`, each a list of 3n + 1 control points in points
    /// (y up): `x,y x,y …;x,y …`, coordinates with `decimals` digits after the point (3, the
    /// precision of the drawings' node positions). An arrowhead's tip at the line's start goes
    /// in `startTip` (written `s,x,y` at the start of the first piece), at its end in `endTip`
    /// (`e,x,y` at the start of the last piece, whose end it belongs to). Pieces with fewer
    /// than 4 points are left out. The one writer of map lines' `pos` text.
    public static func pos(_ pieces: [[MapPoint]], startTip: MapPoint? = nil, endTip: MapPoint? = nil, decimals: Int = 3) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.count } * 16)
        let drawn = pieces.indices.filter { pieces[$0].count >= 4 }
        for index in drawn {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: ";")) }
            if index == drawn.first, let tip = startTip {
                bytes += [UInt8(ascii: "s"), UInt8(ascii: ",")]
                CoordinateText.append(tip, decimals: decimals, to: &bytes)
                bytes.append(UInt8(ascii: " "))
            }
            if index == drawn.last, let tip = endTip {
                bytes += [UInt8(ascii: "e"), UInt8(ascii: ",")]
                CoordinateText.append(tip, decimals: decimals, to: &bytes)
                bytes.append(UInt8(ascii: " "))
            }
            for (i, point) in pieces[index].enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: " ")) }
                CoordinateText.append(point, decimals: decimals, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
