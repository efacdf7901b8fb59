import Foundation
import Graph
@testable import Render
import XCTest

final class GreatCircleTests: XCTestCase {
    let minsk = GeoPoint(latitude: 53.9, longitude: 27.5667)
    let beijing = GeoPoint(latitude: 39.9075, longitude: 116.3972)

    /// The middle sample of each arc (an even number of steps puts one at t = 1/2) against
    /// pyproj.Geod on the same sphere (Fixtures/projection_reference.py): within 1e-9°.
    func testMidpointsMatchPyprojGeod() throws {
        let reference = try ProjectionReference.load()
        XCTAssertEqual(reference.midpoints.count, 7)
        for arc in reference.midpoints {
            let a = GeoPoint(latitude: arc.lat1, longitude: arc.lon1), b = GeoPoint(latitude: arc.lat2, longitude: arc.lon2)
            // 1° steps over an angle rounded up to an even count: pick a step dividing it evenly.
            let degrees = a.centralAngle(to: b) * 180 / .pi
            let steps = 2 * Int((degrees / 2).rounded(.up))
            let samples = GreatCircle.samples(from: a, to: b, maxStepDegrees: degrees / Double(steps) * 1.000001)
            XCTAssertEqual(samples.count, steps + 1)
            let middle = samples[steps / 2]
            XCTAssertEqual(middle.latitude, arc.mid_lat, accuracy: 1e-9, "\(arc.from)–\(arc.to)")
            XCTAssertEqual(middle.longitude, arc.mid_lon, accuracy: 1e-9, "\(arc.from)–\(arc.to)")
            XCTAssertEqual(a.centralAngle(to: b) * reference.radius_m, arc.distance_m, accuracy: 1e-3)
        }
    }

    /// Minsk–Beijing is 58.1°: 30 steps of at most 2°, 31 samples, ends kept exactly.
    func testSampleCount() {
        let samples = GreatCircle.samples(from: minsk, to: beijing)
        XCTAssertEqual(samples.count, 31)
        XCTAssertEqual(samples.first, minsk)
        XCTAssertEqual(samples.last, beijing)
        XCTAssertEqual(GreatCircle.samples(from: minsk, to: beijing, maxStepDegrees: 10).count, 7)
        // Short arcs still have both ends.
        let near = GeoPoint(latitude: 53.91, longitude: 27.57)
        XCTAssertEqual(GreatCircle.samples(from: minsk, to: near).count, 2)
    }

    func testIdenticalAndAntipodalPlaces() {
        XCTAssertEqual(GreatCircle.samples(from: minsk, to: minsk), [minsk, minsk])
        let antipode = GeoPoint(latitude: -53.9, longitude: 27.5667 - 180)
        let samples = GreatCircle.samples(from: minsk, to: antipode)
        XCTAssertEqual(samples.count, 91)
        // Through the north pole (reached 36.1° in; the 2° samples pass within 0.1° of it).
        XCTAssertEqual(samples.map(\.latitude).max()!, 90, accuracy: 0.11)
        XCTAssertEqual(samples.map(\.latitude).min()!, -53.9, accuracy: 1e-9)
        // Pole to pole runs along the central meridian.
        let south = GeoPoint(latitude: -90, longitude: 0), north = GeoPoint(latitude: 90, longitude: 0)
        let meridian = GreatCircle.samples(from: south, to: north, centralMeridian: 0)
        XCTAssertEqual(meridian[45].latitude, 0, accuracy: 1e-9)
        XCTAssertEqual(meridian[45].longitude, 0, accuracy: 1e-9)
    }

    /// Tokyo–San Francisco crosses the antimeridian: two pieces meeting on it at the latitude
    /// where the great circle meets the meridian plane, each ending on its own edge.
    func testSplitAtSeam() throws {
        let tokyo = GeoPoint(latitude: 35.6895, longitude: 139.6917)
        let sanFrancisco = GeoPoint(latitude: 37.7749, longitude: -122.4194)
        let pieces = GreatCircle.pieces(from: tokyo, to: sanFrancisco)
        XCTAssertEqual(pieces.count, 2)
        let end = try XCTUnwrap(pieces[0].last), start = try XCTUnwrap(pieces[1].first)
        XCTAssertEqual(end.longitude, 180)
        XCTAssertEqual(start.longitude, -180)
        XCTAssertEqual(end.latitude, start.latitude)
        // The crossing latitude, independently: the great circle's normal n = a × b, and on the
        // meridian λ = 180° a point (−cos φ, 0, sin φ) with n · p = 0, so tan φ = n_x / n_z.
        let a = Vector(tokyo), b = Vector(sanFrancisco), n = a.cross(b)
        XCTAssertEqual(end.latitude, atan(n.x / n.z) * 180 / .pi, accuracy: 1e-9)
        XCTAssertEqual(end.latitude, 47.9, accuracy: 1)
        XCTAssertEqual(pieces[0].first, tokyo)
        XCTAssertEqual(pieces[1].last, sanFrancisco)
        // On the map: the first piece ends on the right edge, the second starts on the left.
        let projection = MapProjection(.equalEarth)
        let half = projection.halfExtent.width
        XCTAssertGreaterThan(projection.project(end).x, 0.5 * half)
        XCTAssertLessThan(projection.project(start).x, -0.5 * half)
        // With the central meridian at 150°E the same arc crosses no seam.
        XCTAssertEqual(GreatCircle.pieces(from: tokyo, to: sanFrancisco, centralMeridian: 150).count, 1)
        // Minsk–Beijing (27.6°E–116.4°E) stays whole at 0°; with the central meridian at 100°W
        // the seam is 80°E, which it crosses.
        XCTAssertEqual(GreatCircle.pieces(from: minsk, to: beijing).count, 1)
        XCTAssertEqual(GreatCircle.pieces(from: minsk, to: beijing, centralMeridian: -100).count, 2)
    }

    /// A place exactly on the seam goes on its neighbour's side.
    func testPlaceOnTheSeam() {
        let fiji = GeoPoint(latitude: -17, longitude: 180)
        let pieces = GreatCircle.pieces(from: GeoPoint(latitude: -20, longitude: -170), to: fiji)
        XCTAssertEqual(pieces.count, 1)
        XCTAssertEqual(pieces[0].last?.longitude, -180)
        let other = GreatCircle.pieces(from: fiji, to: GeoPoint(latitude: -20, longitude: 170))
        XCTAssertEqual(other.count, 1)
        XCTAssertEqual(other[0].first?.longitude, 180)
    }
}
