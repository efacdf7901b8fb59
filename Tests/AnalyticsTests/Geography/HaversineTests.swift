import Foundation
import Graph
import XCTest
@testable import Analytics

/// `Haversine` against an independent Python haversine (Fixtures/geography/
/// make_geography_reference.py; the Python and numpy versions are in the file): named cities,
/// antipodal points, points a centimetre to a metre apart, identical points, the date line
/// and 200 random pairs, all to 1e-6 km (and to 1e-9 relative for the near points).
final class HaversineTests: XCTestCase {
    func testAgreesWithAnIndependentPythonHaversine() throws {
        let reference = try loadFixture("geography_reference", in: "geography")
        XCTAssertEqual(reference["radius_km"] as? Double, Haversine.earthRadius)
        let rows = try XCTUnwrap(reference["distances"] as? [[Double]])
        XCTAssertGreaterThan(rows.count, 200)
        for row in rows {
            let a = GeoPoint(latitude: row[0], longitude: row[1]), b = GeoPoint(latitude: row[2], longitude: row[3])
            let km = Haversine.kilometres(a, b)
            XCTAssertEqual(km, row[4], accuracy: 1e-6, "\(a) – \(b)")
            if row[4] > 0 && row[4] < 1 { XCTAssertEqual(km, row[4], accuracy: 1e-9 * row[4], "near points \(a) – \(b)") }
            XCTAssertEqual(Haversine.kilometres(b, a), km, accuracy: 1e-9, "symmetric")
        }
    }

    func testSpecialPoints() {
        let halfCircumference = Double.pi * Haversine.earthRadius
        XCTAssertEqual(Haversine.kilometres(GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 180)), halfCircumference, accuracy: 1e-9)
        XCTAssertEqual(Haversine.kilometres(GeoPoint(latitude: 90, longitude: 0), GeoPoint(latitude: -90, longitude: 45)), halfCircumference, accuracy: 1e-9)
        // Nearly antipodal: never NaN, never past half the circumference.
        let d = Haversine.kilometres(GeoPoint(latitude: 40, longitude: -74), GeoPoint(latitude: -40, longitude: 106))
        XCTAssertFalse(d.isNaN)
        XCTAssertLessThanOrEqual(d, halfCircumference)
        XCTAssertEqual(d, halfCircumference, accuracy: 1e-3)
        let p = GeoPoint(latitude: 53.9, longitude: 27.5667)
        XCTAssertEqual(Haversine.kilometres(p, p), 0)
        // One degree of longitude on the equator is 2πR / 360.
        XCTAssertEqual(Haversine.kilometres(GeoPoint(latitude: 0, longitude: 179.5), GeoPoint(latitude: 0, longitude: -179.5)),
                       2 * .pi * Haversine.earthRadius / 360, accuracy: 1e-9)
    }

    /// The doc comment's example.
    func testDocumentedExample() {
        let km = Haversine.kilometres(GeoPoint(latitude: 53.9, longitude: 27.5667), GeoPoint(latitude: 45.75, longitude: 126.65))
        XCTAssertEqual(km, 6569.2724, accuracy: 1e-4)
    }
}
