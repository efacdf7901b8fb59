import Graph
@testable import Render
import XCTest

final class WorldOutlinesTests: XCTestCase {
    func testCountriesAndRanges() {
        let world = WorldOutlines.shared
        XCTAssertEqual(world.countries.count, 177)
        XCTAssertEqual(Set(world.countries.map(\.name)).count, 177)
        for country in world.countries {
            XCTAssertFalse(country.rings.isEmpty, country.name)
            for ring in country.rings {
                XCTAssertGreaterThanOrEqual(ring.count, 3, country.name)
                for p in ring { XCTAssertTrue(p.isValid, "\(country.name): \(p)") }
            }
        }
        XCTAssertEqual(world.country(iso: "CHN")?.name, "China")
        XCTAssertEqual(world.country(named: "Côte d'Ivoire")?.iso, "CIV")
        XCTAssertGreaterThan(world.countries.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } }, 5000)
    }

    /// Belarus: one ring, 23.2–32.8°E, 51.3–56.2°N (Natural Earth 1:110m).
    func testBelarusBoundingBox() throws {
        let belarus = try XCTUnwrap(WorldOutlines.shared.country(iso: "BLR"))
        XCTAssertEqual(belarus.name, "Belarus")
        let points = belarus.rings.flatMap { $0 }
        XCTAssertEqual(points.map(\.longitude).min()!, 23.2, accuracy: 0.1)
        XCTAssertEqual(points.map(\.longitude).max()!, 32.7, accuracy: 0.15)
        XCTAssertEqual(points.map(\.latitude).min()!, 51.3, accuracy: 0.1)
        XCTAssertEqual(points.map(\.latitude).max()!, 56.2, accuracy: 0.1)
    }

    /// China's rings include Hainan (around 109–111°E, 18–20°N).
    func testChinaHasHainan() throws {
        let china = try XCTUnwrap(WorldOutlines.shared.country(iso: "CHN"))
        XCTAssertGreaterThanOrEqual(china.rings.count, 2)
        XCTAssertTrue(china.rings.contains { ring in ring.allSatisfy { (108...112).contains($0.longitude) && (18...21).contains($0.latitude) } })
    }
}
