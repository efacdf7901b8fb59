import Graph
import XCTest
@testable import Analytics

/// `EdgeWeighting.coverage(in:)` and `numericAttributes(in:)`: `--weight` naming nothing or
/// text is refused with the attributes that would do; agreements without a value are counted.
final class WeightCoverageTests: XCTestCase {
    /// Five agreements: `amount` on three (2, 2.5, 7), `note` text on two, `flag` a boolean on
    /// one, a weight column on one.
    let dataset = Dataset(
        nodes: ["a", "b", "c"].map { Node(id: $0) },
        agreements: [
            Agreement(id: "e1", from: "a", to: "b", weight: 3, attributes: ["amount": .integer(2), "note": .string("first")]),
            Agreement(id: "e2", from: "b", to: "c", attributes: ["amount": .double(2.5)]),
            Agreement(id: "e3", from: "a", to: "c", attributes: ["amount": .integer(7), "flag": .boolean(true)]),
            Agreement(id: "e4", from: "a", to: "b", attributes: ["note": .string("12")]),
            Agreement(id: "e5", from: "b", to: "c"),
        ])

    func testNumericAttributesAreWeightThenTheAllNumberOnes() {
        XCTAssertEqual(EdgeWeighting.numericAttributes(in: dataset), ["weight", "amount"])
        XCTAssertEqual(EdgeWeighting.numericAttributes(in: Dataset()), [])
    }

    func testMissingValuesAreCounted() throws {
        let amount = try XCTUnwrap(EdgeWeighting(option: "amount").coverage(in: dataset))
        XCTAssertEqual(amount, WeightCoverage(name: "amount", missing: 2, total: 5))
        XCTAssertEqual(amount.warning, "--weight amount: 2 of 5 agreements have no amount; each of them weighs 1 (networkx's default for an edge without the weight attribute)")
        let weight = try XCTUnwrap(EdgeWeighting(option: "weight").coverage(in: dataset))
        XCTAssertEqual(weight.missing, 4)
        XCTAssertNil(try EdgeWeighting(option: nil).coverage(in: dataset))
        XCTAssertNil(try EdgeWeighting(option: "agreements").coverage(in: dataset))
        // Nothing to weigh, nothing refused.
        XCTAssertEqual(try EdgeWeighting(option: "amount").coverage(in: Dataset())?.missing, 0)
    }

    func testAnAbsentAttributeIsRefusedWithTheChoices() {
        XCTAssertThrowsError(try EdgeWeighting(option: "budget").coverage(in: dataset)) { error in
            XCTAssertEqual("\(error)", "--weight budget: no agreement has an attribute 'budget'; numeric agreement attributes: weight, amount (or 'agreements': the number of agreements between two actors)")
        }
    }

    func testTextOrBooleansAreRefusedNamingTheAgreement() {
        XCTAssertThrowsError(try EdgeWeighting(option: "note").coverage(in: dataset)) { error in
            XCTAssertTrue("\(error)".hasPrefix("--weight note: agreement 'e1' (a – b) has 'first' there, not a number; numeric agreement attributes: weight, amount"), "\(error)")
        }
        XCTAssertThrowsError(try EdgeWeighting(option: "flag").coverage(in: dataset)) { error in
            XCTAssertTrue("\(error)".hasPrefix("--weight flag: agreement 'e3' (a – c) has 'true' there, not a number"), "\(error)")
        }
    }
}
