import GraphvizBridge
import XCTest
@testable import Render

final class PlaceSpreadingTests: XCTestCase {
    func distance(_ a: NodePosition, _ b: NodePosition) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }

    func testPointsAtOnePlaceAreSpreadAroundIt() {
        let place = NodePosition(x: 100, y: 50)
        for count in [2, 3, 12] {
            let spread = PlaceSpreading.spread(Array(repeating: place, count: count) + [NodePosition(x: 400, y: 400)], distance: 10)
            XCTAssertEqual(spread.last, NodePosition(x: 400, y: 400), "a point alone stays")
            let group = spread.dropLast()
            let cx = group.map(\.x).reduce(0, +) / Double(count), cy = group.map(\.y).reduce(0, +) / Double(count)
            XCTAssertEqual(cx, 100, accuracy: 1e-9); XCTAssertEqual(cy, 50, accuracy: 1e-9)
            for (i, a) in group.enumerated() {
                for b in group.dropFirst(i + 1) { XCTAssertGreaterThanOrEqual(distance(a, b), 10 * 0.99, "\(count) points") }
                XCTAssertLessThanOrEqual(distance(a, place), 10 * Double(count) / 4, "\(count) points stay near their place")
            }
        }
    }

    func testChainsOfNearPointsFormOneGroupAndFarPointsStay() {
        let points = [NodePosition(x: 0, y: 0), NodePosition(x: 6, y: 0), NodePosition(x: 12, y: 0), NodePosition(x: 50, y: 0)]
        let spread = PlaceSpreading.spread(points, distance: 8)
        XCTAssertEqual(spread[3], points[3])
        XCTAssertNotEqual(spread[0], points[0])
        XCTAssertEqual(spread.prefix(3).map(\.x).reduce(0, +) / 3, 6, accuracy: 1e-9)
        XCTAssertEqual(PlaceSpreading.spread([NodePosition(x: 0, y: 0), NodePosition(x: 20, y: 0)], distance: 8),
                       [NodePosition(x: 0, y: 0), NodePosition(x: 20, y: 0)])
    }
}
