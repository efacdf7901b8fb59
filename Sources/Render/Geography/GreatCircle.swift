import Foundation
import Graph

/// Points along the shortest great circle between two places, cut where the map's seam is.
///
/// Definition: with a and b the unit vectors of the two places and ω = atan2(|a × b|, a · b)
/// the angle between them, the arc is p(t) = cos(tω) a + sin(tω) u for t in 0…1, where u is
/// the unit vector perpendicular to a in the plane of a and b (u = (b − (a·b) a) / |…|).
/// This is spherical linear interpolation (Shoemake 1985, "Animating rotation with quaternion
/// curves", SIGGRAPH) written so that it stays exact near ω = 0 and ω = π. ω is the central
/// angle (`GeoPoint.centralAngle(to:)`, the one home of the distance), taken here in its
/// vector form from the very vectors the interpolation turns.
///
/// Conventions:
/// - Samples: n = max(1, ⌈ω / `maxStepDegrees`⌉) equal steps, n + 1 points, both ends
///   included exactly (default: one step per 2°, so Minsk–Beijing, 58°, takes 30 steps).
/// - Identical places (ω < 1e-12): the two places, unchanged.
/// - Antipodal places (no shortest great circle): the one through the north pole (for a
///   start on the equator or in the north; the south pole for a start in the south), or, for
///   a start at a pole, the one along the central meridian.
/// - Seam: the meridian opposite `centralMeridian`. Where a step crosses it (relative
///   longitudes of opposite signs more than 180° apart), the arc is cut at the exact point
///   where the great circle meets the seam's plane; the piece before ends and the piece after
///   starts there, with longitudes `centralMeridian + 180` and `centralMeridian − 180` (not
///   wrapped into −180…180) so that `MapProjection` puts each on its own edge.
///
/// Complexity: O(n) for n samples: two trigonometric calls per sample.
public enum GreatCircle {
    /// Samples along the shortest great circle from `start` to `end`, both included, at most
    /// `maxStepDegrees` apart. Longitudes are in −180…180.
    public static func samples(from start: GeoPoint, to end: GeoPoint, maxStepDegrees: Double = 2,
                               centralMeridian: Double = 0) -> [GeoPoint] {
        let a = Vector(start), b = Vector(end)
        let omega = atan2(a.cross(b).length, a.dot(b))
        guard omega > 1e-12 else { return [start, end] }
        let u = perpendicular(from: a, towards: b, omega: omega, centralMeridian: centralMeridian)
        let steps = max(1, Int((omega * 180 / Double.pi / maxStepDegrees).rounded(.up)))
        var points: [GeoPoint] = []
        points.reserveCapacity(steps + 1)
        points.append(start)
        // p(k+1) = 2 cos δ p(k) − p(k−1) (Chebyshev's recurrence for cos and sin of kδ): two
        // trigonometric calls per arc instead of two per sample; the error after 90 steps is
        // a few ulps.
        let delta = omega / Double(steps), twoCos = 2 * cos(delta)
        var previous = a, current = a * cos(delta) + u * sin(delta)
        for _ in 1..<steps {
            points.append(current.geoPoint)
            (previous, current) = (current, current * twoCos - previous)
        }
        points.append(end)
        return points
    }

    /// The arc from `start` to `end` as `samples` gives it, cut into pieces at the seam
    /// opposite `centralMeridian`: one piece, or more when the arc crosses the seam (each
    /// piece ends or starts on the seam; see the type's conventions).
    public static func pieces(from start: GeoPoint, to end: GeoPoint, maxStepDegrees: Double = 2,
                              centralMeridian: Double = 0) -> [[GeoPoint]] {
        split(samples(from: start, to: end, maxStepDegrees: maxStepDegrees, centralMeridian: centralMeridian),
              centralMeridian: centralMeridian)
    }

    /// `points` (consecutive points of one great circle, less than 180° apart) cut where a
    /// step crosses the seam opposite `centralMeridian`. A point exactly on the seam is put on
    /// the side of the point before it (of the one after, for the first point); where the
    /// points before and after lie on opposite sides, the pieces meet at it.
    public static func split(_ points: [GeoPoint], centralMeridian: Double = 0) -> [[GeoPoint]] {
        guard points.count > 1 else { return [points] }
        let seam = Seam(centralMeridian: centralMeridian)
        // Most arcs cross nothing: keep them whole, uncopied.
        if !points.contains(where: { abs(relativeLongitude($0.longitude, centralMeridian)) > 90 }) { return [points] }
        var pieces: [[GeoPoint]] = []
        var piece: [GeoPoint] = []
        var previousSide = 0.0
        for i in points.indices {
            let point = points[i]
            let side = seam.side(of: point)
            if side == 0 {
                // On the seam: the side it is drawn on is its neighbour's.
                let neighbour = i > 0 ? previousSide : (points.dropFirst().lazy.map(seam.side(of:)).first { $0 != 0 } ?? 1)
                piece.append(GeoPoint(latitude: point.latitude, longitude: centralMeridian + 180 * neighbour))
                previousSide = neighbour
                continue
            }
            if i > 0 && side != previousSide {
                let onSeam = piece.last.map { seam.side(of: $0) == 0 } ?? false
                if onSeam, let last = piece.last {
                    // The previous point is on the seam: the new piece starts from it, on this side.
                    pieces.append(piece)
                    piece = [GeoPoint(latitude: last.latitude, longitude: centralMeridian + 180 * side)]
                } else if let latitude = seam.crossingLatitude(points[i - 1], point) {
                    piece.append(GeoPoint(latitude: latitude, longitude: centralMeridian + 180 * previousSide))
                    pieces.append(piece)
                    piece = [GeoPoint(latitude: latitude, longitude: centralMeridian + 180 * side)]
                }
            }
            piece.append(point)
            previousSide = side
        }
        pieces.append(piece)
        return pieces.filter { $0.count > 1 }
    }

    /// Longitude relative to `centralMeridian`, in −180…180.
    static func relativeLongitude(_ longitude: Double, _ centralMeridian: Double) -> Double {
        var lambda = longitude - centralMeridian
        if lambda > 180 || lambda < -180 { lambda -= 360 * (lambda / 360).rounded() }
        return lambda
    }

    /// The meridian opposite a central meridian, as the half-plane it spans.
    struct Seam {
        let centralMeridian: Double
        /// Normal of the plane of the central meridian and the seam.
        let normal: Vector
        /// Unit vector on the equator at the seam.
        let direction: Vector

        init(centralMeridian: Double) {
            self.centralMeridian = centralMeridian
            let seam = (centralMeridian + 180) * Double.pi / 180
            normal = Vector(x: -sin(seam), y: cos(seam), z: 0)
            direction = Vector(x: cos(seam), y: sin(seam), z: 0)
        }

        /// +1 east of the central meridian, −1 west, 0 on the seam itself (relative
        /// longitude ±180 or a pole is on neither side: the poles count as east).
        func side(of point: GeoPoint) -> Double {
            let lambda = relativeLongitude(point.longitude, centralMeridian)
            if abs(point.latitude) >= 90 { return 1 }
            if abs(lambda) == 180 { return 0 }
            return lambda >= 0 ? 1 : -1
        }

        /// The latitude where the minor arc from `p` to `q` crosses the seam, nil when it
        /// crosses the central meridian instead (or neither).
        func crossingLatitude(_ p: GeoPoint, _ q: GeoPoint) -> Double? {
            let a = Vector(p), b = Vector(q)
            let sa = a.dot(normal), sb = b.dot(normal)
            guard sa * sb < 0 else { return nil }
            // The chord meets the plane at a + t (b − a); its direction is the arc's point.
            let t = sa / (sa - sb)
            let c = a + (b - a) * t
            guard c.dot(direction) > 0 else { return nil }
            return asin(min(max(c.z / c.length, -1), 1)) * 180 / Double.pi
        }
    }

    /// The unit vector perpendicular to `a` towards `b` in their plane; for antipodes, the
    /// type's convention.
    private static func perpendicular(from a: Vector, towards b: Vector, omega: Double, centralMeridian: Double) -> Vector {
        var u = b - a * a.dot(b)
        if u.length > 1e-9 { return u * (1 / u.length) }
        // Antipodes: towards the nearer pole, or along the central meridian from a pole.
        let pole = Vector(x: 0, y: 0, z: a.z >= 0 ? 1 : -1)
        u = pole - a * a.dot(pole)
        if u.length < 1e-9 {
            let lambda = centralMeridian * Double.pi / 180
            u = Vector(x: cos(lambda), y: sin(lambda), z: 0)
        }
        return u * (1 / u.length)
    }
}

/// A point of 3-space: the unit vector of a place on the sphere (x towards 0°E on the equator,
/// z towards the north pole).
struct Vector {
    var x, y, z: Double

    init(x: Double, y: Double, z: Double) {
        (self.x, self.y, self.z) = (x, y, z)
    }

    init(_ point: GeoPoint) {
        let phi = point.latitude * Double.pi / 180, lambda = point.longitude * Double.pi / 180
        let c = cos(phi)
        self.init(x: c * cos(lambda), y: c * sin(lambda), z: sin(phi))
    }

    var geoPoint: GeoPoint {
        GeoPoint(latitude: asin(min(max(z / length, -1), 1)) * 180 / Double.pi,
                 longitude: atan2(y, x) * 180 / Double.pi)
    }

    var length: Double { (x * x + y * y + z * z).squareRoot() }
    func dot(_ o: Vector) -> Double { x * o.x + y * o.y + z * o.z }
    func cross(_ o: Vector) -> Vector { Vector(x: y * o.z - z * o.y, y: z * o.x - x * o.z, z: x * o.y - y * o.x) }
    static func * (v: Vector, s: Double) -> Vector { Vector(x: v.x * s, y: v.y * s, z: v.z * s) }
    static func + (v: Vector, w: Vector) -> Vector { Vector(x: v.x + w.x, y: v.y + w.y, z: v.z + w.z) }
    static func - (v: Vector, w: Vector) -> Vector { Vector(x: v.x - w.x, y: v.y - w.y, z: v.z - w.z) }
}
