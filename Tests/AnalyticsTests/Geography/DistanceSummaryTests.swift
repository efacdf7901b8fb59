import XCTest
@testable import Analytics

/// `DistanceSummary` against numpy.quantile (method "linear", numpy's default) and numpy.mean,
/// recorded by Fixtures/geography/make_geography_reference.py.
final class DistanceSummaryTests: XCTestCase {
    func testQuantilesAgreeWithNumpy() throws {
        let reference = try loadFixture("geography_reference", in: "geography")
        let samples = try XCTUnwrap(reference["quantiles"] as? [[String: Any]])
        XCTAssertFalse(samples.isEmpty)
        for sample in samples {
            let values = try XCTUnwrap(sample["values"] as? [Double])
            let ps = try XCTUnwrap(sample["p"] as? [Double]), expected = try XCTUnwrap(sample["quantiles"] as? [Double])
            let sorted = values.sorted()
            for (p, q) in zip(ps, expected) {
                let ours = try XCTUnwrap(DistanceSummary.quantile(ofSorted: sorted, p))
                XCTAssertEqual(ours, q, accuracy: 1e-9 * max(1, abs(q)), "quantile \(p) of \(values.count) values")
            }
            let summary = DistanceSummary(values)
            XCTAssertEqual(summary.count, values.count)
            XCTAssertEqual(summary.firstQuartile!, expected[1], accuracy: 1e-9 * max(1, abs(expected[1])))
            XCTAssertEqual(summary.median!, expected[2], accuracy: 1e-9 * max(1, abs(expected[2])))
            XCTAssertEqual(summary.thirdQuartile!, expected[3], accuracy: 1e-9 * max(1, abs(expected[3])))
            XCTAssertEqual(summary.minimum, sorted.first)
            XCTAssertEqual(summary.maximum, sorted.last)
            XCTAssertEqual(summary.mean!, try XCTUnwrap(sample["mean"] as? Double), accuracy: 1e-9 * max(1, abs(summary.mean!)))
        }
    }

    /// The doc comment's example, and an empty sample.
    func testDocumentedExampleAndEmpty() {
        let s = DistanceSummary([4, 1, 3, 2])
        XCTAssertEqual(s.median, 2.5)
        XCTAssertEqual(s.firstQuartile, 1.75)
        XCTAssertEqual(s.thirdQuartile, 3.25)
        XCTAssertEqual(s.mean, 2.5)
        let empty = DistanceSummary([Double]())
        XCTAssertEqual(empty.count, 0)
        XCTAssertNil(empty.median)
        XCTAssertNil(empty.mean)
        XCTAssertNil(DistanceSummary.median([]))
    }
}
