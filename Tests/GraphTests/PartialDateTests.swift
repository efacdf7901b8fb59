import XCTest
@testable import Graph

final class PartialDateTests: XCTestCase {
    func testParsesEachPrecisionAndKeepsIt() {
        XCTAssertEqual(PartialDate("2009")?.precision, .year)
        XCTAssertEqual(PartialDate("2017-03")?.precision, .month)
        XCTAssertEqual(PartialDate("2017-03-14")?.precision, .day)
        XCTAssertEqual(PartialDate("2017-03")?.description, "2017-03")
        XCTAssertEqual(PartialDate("0999-01-02")?.description, "0999-01-02")
    }

    func testRejectsImpossibleAndMalformedDates() {
        for text in ["2023-02-29", "2017-13", "2017-00", "17-03-01", "2017/03/01", "2017-3", "", "abcd", "2017-03-14T10"] {
            XCTAssertNil(PartialDate(text), text)
        }
        XCTAssertNotNil(PartialDate("2024-02-29"))
        XCTAssertNil(PartialDate("1900-02-29"))
        XCTAssertNotNil(PartialDate("2000-02-29"))
    }

    func testOrderingAndOverlap() {
        let y = PartialDate("2015")!, m = PartialDate("2015-06")!, d = PartialDate("2015-06-30")!
        XCTAssertLessThan(y, m)
        XCTAssertLessThan(m, d)
        XCTAssertFalse(y.isEntirelyBefore(m))
        XCTAssertTrue(PartialDate("2014")!.isEntirelyBefore(m))
        XCTAssertFalse(m.isEntirelyBefore(d))
        XCTAssertTrue(d.isEntirelyBefore(PartialDate("2015-07")!))
    }
}
