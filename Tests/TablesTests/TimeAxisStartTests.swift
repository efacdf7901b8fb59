import XCTest
@testable import Tables

final class TimeAxisStartTests: XCTestCase {
    /// One agreement of 1955, then 20 a year from 1992 to 2001 (200).
    let lateBloomer: [Int: Int] = [1955: 1].merging((1992...2001).map { ($0, 20) }) { a, _ in a }

    func testALoneEarlyAgreementDoesNotStartTheAxis() throws {
        let axis = try XCTUnwrap(TimeAxisStart(agreementsPerYear: lateBloomer))
        XCTAssertEqual(axis.year, 1992, "100 · 1 < 201, 100 · 21 ≥ 201")
        XCTAssertEqual(axis.datedBefore, 1)
        XCTAssertEqual(axis.dated, 201)
        XCTAssertEqual(axis.lastYear, 2001)
        XCTAssertEqual(Array(axis.years), Array(1992...2001), "every year present")
        XCTAssertFalse(axis.isExplicit)
    }

    func testAFirstYearHoldingOnePercentStartsTheAxis() throws {
        // 2 of 200: exactly 1%.
        let counts: [Int: Int] = [1960: 2, 1990: 100, 2000: 98]
        let axis = try XCTUnwrap(TimeAxisStart(agreementsPerYear: counts))
        XCTAssertEqual(axis.year, 1960)
        XCTAssertEqual(axis.datedBefore, 0)
        XCTAssertEqual(axis.years.count, 41, "the empty years between are drawn")
        // 1 of 200 in 1960 is under 1%; the two first years reach it together (100 · 2 ≥ 200).
        let justUnder = try XCTUnwrap(TimeAxisStart(agreementsPerYear: [1960: 1, 1961: 1, 2000: 198]))
        XCTAssertEqual(justUnder.year, 1961)
        XCTAssertEqual(justUnder.datedBefore, 1)
        // Small datasets start at their first dated year.
        XCTAssertEqual(try TimeAxisStart(agreementsPerYear: [1955: 1, 2020: 99])?.year, 1955)
        XCTAssertEqual(try TimeAxisStart(agreementsPerYear: [2020: 5])?.years, 2020...2020)
    }

    func testAnExplicitStartOverridesTheRule() throws {
        let early = try XCTUnwrap(TimeAxisStart(agreementsPerYear: lateBloomer, explicitStart: 1950))
        XCTAssertEqual(early.year, 1955, "before the first dated year: the first dated year")
        XCTAssertEqual(early.datedBefore, 0)
        XCTAssertTrue(early.isExplicit)
        let late = try XCTUnwrap(TimeAxisStart(agreementsPerYear: lateBloomer, explicitStart: 1995))
        XCTAssertEqual(late.year, 1995)
        XCTAssertEqual(late.datedBefore, 1 + 3 * 20)
        XCTAssertEqual(try TimeAxisStart(agreementsPerYear: lateBloomer, explicitStart: 2001)?.years, 2001...2001)
    }

    func testImpossibleStartsAreErrorsNamingWhy() {
        XCTAssertThrowsError(try TimeAxisStart(agreementsPerYear: lateBloomer, explicitStart: 2002)) { error in
            XCTAssertEqual(error as? TimeAxisStartError, .afterLastYear(start: 2002, last: 2001))
            XCTAssertTrue("\(error)".contains("2001"), "names the last dated year: \(error)")
        }
        XCTAssertThrowsError(try TimeAxisStart(agreementsPerYear: lateBloomer, explicitStart: 0)) { error in
            XCTAssertEqual(error as? TimeAxisStartError, .notAYear(0))
        }
        XCTAssertThrowsError(try TimeAxisStart(agreementsPerYear: [:], explicitStart: 2000)) { error in
            XCTAssertEqual(error as? TimeAxisStartError, .nothingDated(start: 2000))
        }
        XCTAssertNil(try TimeAxisStart(agreementsPerYear: [2000: 0]), "nothing dated, nothing asked: no axis")
    }
}
