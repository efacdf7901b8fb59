import Foundation
import Graph
import XCTest

/// The central angle against an independent form written here from its definition: the
/// angle between the places' unit vectors, atan2(|a × b|, a · b), on seeded random pairs away
/// from antipodes (where the haversine's asin is ill-conditioned, as its documentation says);
/// identical places give 0 and antipodes π, never NaN. (Haversine's kilometres are checked
/// against Python in AnalyticsTests.)
final class CentralAngleTests: XCTestCase {
    private func vectorAngle(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        func unit(_ p: GeoPoint) -> (Double, Double, Double) {
            let φ = p.latitude * .pi / 180, λ = p.longitude * .pi / 180
            return (cos(φ) * cos(λ), cos(φ) * sin(λ), sin(φ))
        }
        let (u, v) = (unit(a), unit(b))
        let cross = (u.1 * v.2 - u.2 * v.1, u.2 * v.0 - u.0 * v.2, u.0 * v.1 - u.1 * v.0)
        let length = (cross.0 * cross.0 + cross.1 * cross.1 + cross.2 * cross.2).squareRoot()
        return atan2(length, u.0 * v.0 + u.1 * v.1 + u.2 * v.2)
    }

    func testAgreesWithTheVectorForm() {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var compared = 0
        for _ in 0..<2000 {
            let a = GeoPoint(latitude: uniform() * 180 - 90, longitude: uniform() * 360 - 180)
            let b = GeoPoint(latitude: uniform() * 180 - 90, longitude: uniform() * 360 - 180)
            let reference = vectorAngle(a, b)
            guard reference < .pi - 1e-3 else { continue }
            XCTAssertEqual(a.centralAngle(to: b), reference, accuracy: 1e-12, "\(a) – \(b)")
            XCTAssertEqual(a.centralAngle(to: b), b.centralAngle(to: a), accuracy: 1e-15)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 1900)
    }

    func testEdgeCases() {
        let minsk = GeoPoint(latitude: 53.9, longitude: 27.5667)
        XCTAssertEqual(minsk.centralAngle(to: minsk), 0)
        let antipode = GeoPoint(latitude: -53.9, longitude: 27.5667 - 180)
        XCTAssertEqual(minsk.centralAngle(to: antipode), .pi, accuracy: 1e-7)
        XCTAssertEqual(GeoPoint(latitude: 90, longitude: 0).centralAngle(to: GeoPoint(latitude: -90, longitude: 0)), .pi, accuracy: 1e-15)
        // A quarter of a great circle along the equator, and 1 m apart (no cancellation).
        XCTAssertEqual(GeoPoint(latitude: 0, longitude: 0).centralAngle(to: GeoPoint(latitude: 0, longitude: 90)), .pi / 2, accuracy: 1e-15)
        let near = GeoPoint(latitude: 53.9, longitude: 27.5667 + 1 / (6_371_008.8 * .pi / 180 * cos(53.9 * .pi / 180)))
        XCTAssertEqual(minsk.centralAngle(to: near) * 6_371_008.8, 1.0, accuracy: 1e-6)
    }
}
