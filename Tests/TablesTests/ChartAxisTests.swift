import XCTest
@testable import Tables

final class ChartAxisTests: XCTestCase {
    func testRoundStepsAndTops() {
        func ticks(_ maximum: Double, _ integral: Bool) -> [Double] { ChartAxis(maximum: maximum, integral: integral).ticks }
        XCTAssertEqual(ticks(178, true), [0, 50, 100, 150, 200])
        XCTAssertEqual(ticks(7, true), [0, 2, 4, 6, 8])
        XCTAssertEqual(ticks(3, true), [0, 1, 2, 3])
        XCTAssertEqual(ticks(1, true), [0, 1])
        XCTAssertEqual(ticks(0, true), [0, 1], "nothing to show: 0 to 1")
        XCTAssertEqual(ticks(.nan, false), [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
        let density = ChartAxis(maximum: 0.13, integral: false)
        XCTAssertEqual(density.step, 0.05)
        XCTAssertEqual(density.top, 0.15, accuracy: 1e-12)
        XCTAssertEqual(ChartAxis(maximum: 4, integral: false).step, 1)
        XCTAssertEqual(ChartAxis(maximum: 1.2, integral: true).step, 1, "counts never take a fractional step")
        XCTAssertEqual(ChartAxis(maximum: 12, integral: true).step, 5, "2.5 is not a whole step: 5")
        XCTAssertEqual(ChartAxis(maximum: 3e17, integral: true).top, 3e17)
    }

    func testNoMoreThanFiveIntervals() {
        for maximum in stride(from: 0.7, through: 10_000, by: 3.3) {
            for integral in [true, false] {
                let axis = ChartAxis(maximum: maximum, integral: integral)
                XCTAssertGreaterThanOrEqual(axis.top, maximum)
                XCTAssertLessThanOrEqual(axis.ticks.count, 6, "\(maximum)")
                if integral { XCTAssertEqual(axis.step, axis.step.rounded()) }
            }
        }
    }
}
