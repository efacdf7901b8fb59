@testable import Render
import XCTest

final class ArcSplineTests: XCTestCase {
    func testCatmullRomHasThreeNPlusOnePointsThroughTheSamples() {
        let points = (0...4).map { MapPoint(x: Double($0), y: Double($0 * $0)) }
        let controls = ArcSpline.catmullRom(points)
        XCTAssertEqual(controls.count, 13)
        for (i, p) in points.enumerated() { XCTAssertEqual(controls[3 * i], p) }
        // Inner control: P1 + (P2 − P0) / 6 = (1, 1) + (2, 4) / 6.
        XCTAssertEqual(controls[4].x, 1 + 2.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(controls[4].y, 1 + 4.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(ArcSpline.straight(points).count, 13)
        XCTAssertEqual(ArcSpline.catmullRom([points[0]]).count, 4)
        XCTAssertTrue(ArcSpline.catmullRom([]).isEmpty)
    }

    func testPosText() {
        let a = ArcSpline.straight([MapPoint(x: 0, y: 0), MapPoint(x: 3, y: 1.5)])
        let b = ArcSpline.straight([MapPoint(x: 10, y: -0.001), MapPoint(x: 13, y: 2)])
        XCTAssertEqual(ArcSpline.pos([a, b], decimals: 2), "0,0 1,0.5 2,1 3,1.5;10,0 11,0.67 12,1.33 13,2")
        XCTAssertEqual(ArcSpline.pos([a, b]), "0,0 1,0.5 2,1 3,1.5;10,-0.001 11,0.666 12,1.333 13,2")
        XCTAssertEqual(ArcSpline.pos([a], endTip: MapPoint(x: 3.5, y: 2)), "e,3.5,2 0,0 1,0.5 2,1 3,1.5")
        // Tips of a line cut at the seam: the start's on the first piece, the end's on the last.
        XCTAssertEqual(ArcSpline.pos([a, b], startTip: MapPoint(x: -1, y: 0), endTip: MapPoint(x: 14, y: 2.25), decimals: 2),
                       "s,-1,0 0,0 1,0.5 2,1 3,1.5;e,14,2.25 10,0 11,0.67 12,1.33 13,2")
        XCTAssertEqual(ArcSpline.pos([a], startTip: MapPoint(x: -1, y: 0), endTip: MapPoint(x: 3.5, y: 2)),
                       "s,-1,0 e,3.5,2 0,0 1,0.5 2,1 3,1.5")
        XCTAssertEqual(CoordinateText.number(-0.004, decimals: 2), "0")
        XCTAssertEqual(CoordinateText.number(-12.05, decimals: 1), "-12.1")
        XCTAssertEqual(CoordinateText.number(1e-7, decimals: 2), "0")
        XCTAssertEqual(CoordinateText.number(7.0625, decimals: 3), "7.063")
        XCTAssertEqual(CoordinateText.number(100.5, decimals: 0), "101")
    }
}
