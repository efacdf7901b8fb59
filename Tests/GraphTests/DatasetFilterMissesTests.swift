import Graph
import XCTest

/// `DatasetFilter.misses(in:)`: every filter value that matches nothing is named, with what the
/// dataset has instead (counted here by hand from the dataset below).
final class DatasetFilterMissesTests: XCTestCase {
    let dataset = Dataset(
        nodes: [Node(id: "minsk", type: .city, country: "Belarus"), Node(id: "gomel", type: .city, country: "Belarus"),
                Node(id: "hubei", type: .region, country: "China"), Node(id: "acme")],
        agreements: [Agreement(id: "a", from: "minsk", to: "hubei", kind: .twinning, date: PartialDate("2001")),
                     Agreement(id: "b", from: "gomel", to: "hubei", kind: .twinning, date: PartialDate("2010-05")),
                     Agreement(id: "c", from: "minsk", to: "gomel", kind: .memorandum)])

    func testValuesThatMatchSomethingAreNoMiss() {
        let filter = DatasetFilter(types: [.city], countries: ["belarus"], kinds: [.twinning],
                                   since: PartialDate("2005"), until: PartialDate("2012"))
        XCTAssertEqual(filter.misses(in: dataset), [])
        XCTAssertEqual(DatasetFilter().misses(in: dataset), [])
    }

    func testEachUnmatchedValueIsNamedWithTheValuesPresent() {
        let filter = DatasetFilter(types: [NodeType(rawValue: "village"), .city], countries: ["atlantis", "belarus"],
                                   kinds: [AgreementKind(rawValue: "twining")], statuses: [.ended])
        XCTAssertEqual(filter.misses(in: dataset).map(\.description), [
            "--type village matches no actor; types present: city (2), region (1)",
            "--country atlantis matches no actor; countries present: Belarus (2), China (1)",
            "--kind twining matches no agreement; kinds present: twinning (2), memorandum (1)",
            "--status ended matches no agreement; the dataset has no statuses",
        ])
    }

    func testADateRangeNoAgreementFallsIn() {
        XCTAssertEqual(DatasetFilter(since: PartialDate("2030")).misses(in: dataset).map(\.description),
                       ["--since 2030 matches no dated agreement; dates present: 2001 to 2010-05 (2)"])
        XCTAssertEqual(DatasetFilter(since: PartialDate("2002"), until: PartialDate("2003")).misses(in: dataset).map(\.description),
                       ["--since 2002 --until 2003 matches no dated agreement; dates present: 2001 to 2010-05 (2)"])
        // 2010 may hold 2010-05: a partial date that may fall in the range passes, so no miss.
        XCTAssertEqual(DatasetFilter(since: PartialDate("2010-05-31")).misses(in: dataset), [])
    }

    func testALongListIsCut() {
        let many = Dataset(nodes: (0..<20).map { Node(id: "n\($0)", country: "C\(String(format: "%02d", $0))") })
        let text = DatasetFilter(countries: ["x"]).misses(in: many).first?.description ?? ""
        XCTAssertTrue(text.hasSuffix("C11 (1) and 8 more"), text)
    }
}
