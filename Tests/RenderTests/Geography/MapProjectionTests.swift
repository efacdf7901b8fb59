import Foundation
import Graph
@testable import Render
import XCTest

/// Projections against PROJ: the published test values of PROJ's `test/gie/more_builtins.gie`
/// (Equal Earth, `+R=6378137`) and `test/gie/builtins.gie` (Robinson, `+a=6400000`), cited from
/// OSGeo/PROJ at commit 52da98bd995c7e52b194215d3bfa584abf0f3f20; and a grid computed by pyproj
/// (Fixtures/projection_reference.py, versions in its JSON) on the sphere R = 6371008.8 m.
final class MapProjectionTests: XCTestCase {
    private func metres(_ kind: MapProjection.Kind, _ lon: Double, _ lat: Double, radius: Double,
                        centralMeridian: Double = 0) -> MapPoint {
        let p = MapProjection(kind, centralMeridian: centralMeridian).project(longitude: lon, latitude: lat)
        return MapPoint(x: p.x * radius, y: p.y * radius)
    }

    /// PROJ's gie cases for `+proj=eqearth +R=6378137` (tolerance 1 cm there; the values are
    /// given to the centimetre).
    func testEqualEarthMatchesPROJTestSuite() {
        let cases: [(Double, Double, Double, Double)] = [
            (0, 0, 0, 0), (-180, 90, -10227908.09, 8402320.16), (0, 90, 0, 8402320.16),
            (180, 90, 10227908.09, 8402320.16), (180, 45, 14795421.79, 5486671.72),
            (180, 0, 17263256.84, 0), (-70, -31.2, -6244707.88, -3924893.29),
        ]
        for (lon, lat, x, y) in cases {
            let p = metres(.equalEarth, lon, lat, radius: 6378137)
            XCTAssertEqual(p.x, x, accuracy: 0.01, "x at \(lon), \(lat)")
            XCTAssertEqual(p.y, y, accuracy: 0.01, "y at \(lon), \(lat)")
        }
    }

    /// PROJ's gie cases for `+proj=robin +a=6400000` (tolerance 0.1 mm there).
    func testRobinsonMatchesPROJTestSuite() {
        let cases: [(Double, Double, Double, Double)] = [
            (2, 1, 189588.423282508, 107318.530350703), (2, -1, 189588.423282508, -107318.530350703),
            (-2, 1, -189588.423282508, 107318.530350703), (-2, -1, -189588.423282508, -107318.530350703),
            (0, 89.5, 0, 8639799.718722090125), (0, 90, 0, 8654720), (0, -89.5, 0, -8639799.718722090125),
            (0, -90, 0, -8654720),
        ]
        for (lon, lat, x, y) in cases {
            let p = metres(.robinson, lon, lat, radius: 6_400_000)
            XCTAssertEqual(p.x, x, accuracy: 1e-4, "x at \(lon), \(lat)")
            XCTAssertEqual(p.y, y, accuracy: 1e-4, "y at \(lon), \(lat)")
        }
    }

    /// Every grid point of the pyproj fixture, both projections, central meridians 0 and 30:
    /// within 1e-6 m (PROJ computes the same formulas in the same order, so only the last bits
    /// of the degree-to-radian conversion differ).
    func testProjectionsMatchPyproj() throws {
        let reference = try ProjectionReference.load()
        let cases: [(String, MapProjection.Kind, Double)] = [
            ("equal-earth", .equalEarth, 0), ("robinson", .robinson, 0),
            ("equal-earth lon_0=30", .equalEarth, 30), ("robinson lon_0=30", .robinson, 30),
        ]
        var compared = 0
        for (key, kind, centralMeridian) in cases {
            let rows = try XCTUnwrap(reference.projections[key])
            XCTAssertGreaterThan(rows.count, 250)
            for row in rows {
                let p = metres(kind, row.lon, row.lat, radius: reference.radius_m, centralMeridian: centralMeridian)
                XCTAssertEqual(p.x, row.x, accuracy: 1e-6, "\(key) x at \(row.lon), \(row.lat)")
                XCTAssertEqual(p.y, row.y, accuracy: 1e-6, "\(key) y at \(row.lon), \(row.lat)")
                compared += 1
            }
        }
        XCTAssertEqual(compared, 4 * reference.projections["robinson"]!.count)
    }

    func testNamesAndExtent() throws {
        XCTAssertEqual(MapProjection(name: "equal-earth")?.kind, .equalEarth)
        XCTAssertEqual(MapProjection(name: "robinson")?.kind, .robinson)
        XCTAssertNil(MapProjection(name: "mercator"))
        let equalEarth = MapProjection(.equalEarth).halfExtent
        XCTAssertEqual(equalEarth.height, 1.3173627591574, accuracy: 1e-12)  // PROJ's MAX_Y
        XCTAssertEqual(equalEarth.width, 17243963.44447155 / MapProjection.earthRadius, accuracy: 1e-12)
        XCTAssertEqual(MapProjection(.robinson).halfExtent.height, 1.3523, accuracy: 1e-12)
    }

    /// The seam: −180 and 180 are the left and right edges; relative to a central meridian,
    /// `centralMeridian ± 180` are.
    func testSeamEdges() {
        let p = MapProjection(.robinson, centralMeridian: 30)
        XCTAssertEqual(p.project(longitude: 210, latitude: 10).x, -p.project(longitude: -150, latitude: 10).x, accuracy: 1e-12)
        XCTAssertGreaterThan(p.project(longitude: 210, latitude: 10).x, 2.6)
        XCTAssertLessThan(p.project(longitude: -150, latitude: 10).x, -2.6)
    }
}

/// Fixtures/projection_reference.json.
struct ProjectionReference: Decodable {
    struct Row: Decodable { let lon, lat, x, y: Double }
    struct Midpoint: Decodable {
        let from, to: String
        let lon1, lat1, lon2, lat2, distance_m, mid_lon, mid_lat: Double
    }
    let pyproj, proj: String
    let radius_m: Double
    let projections: [String: [Row]]
    let midpoints: [Midpoint]

    static func load() throws -> ProjectionReference {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "projection_reference", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(ProjectionReference.self, from: Data(contentsOf: url))
    }
}
