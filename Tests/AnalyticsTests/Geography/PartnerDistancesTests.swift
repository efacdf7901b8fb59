import Graph
import XCTest
@testable import Analytics

/// `PartnerDistances`: which agreements are measured, what is left out and counted, the
/// conventions (self-loops 0, parallel agreements each once, places through within) and the
/// groups by kind, country pair and decade.
final class PartnerDistancesTests: XCTestCase {
    let dataset = GeographyTestData.smallNetwork

    func km(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        Haversine.kilometres(GeoPoint(latitude: a.0, longitude: a.1), GeoPoint(latitude: b.0, longitude: b.1))
    }

    func testEveryPlacedAgreementIsMeasuredAndTheRestCounted() {
        let d = PartnerDistances(dataset)
        XCTAssertEqual(d.distances.map { dataset.agreements[$0.agreement].id }, ["a1", "a2", "a3", "a4", "a5", "a7", "a8"])
        XCTAssertEqual(d.unplacedAgreements, 1, "a6: Mogilev has no place")
        XCTAssertEqual(d.unknownEndAgreements, 0)
        XCTAssertEqual(d.leftOut, 1)
        XCTAssertEqual(d.unplacedActors, 1)
        XCTAssertEqual(d.placedActors, 6)
        XCTAssertEqual(d.inheritedActors, 2, "BSU within Minsk, HIT within Harbin")
        let minsk = (53.9, 27.5667), harbin = (45.75, 126.65)
        let byID = Dictionary(uniqueKeysWithValues: d.distances.map { (dataset.agreements[$0.agreement].id, $0.kilometres) })
        XCTAssertEqual(byID["a1"]!, km(minsk, harbin), accuracy: 1e-9)
        XCTAssertEqual(byID["a7"]!, byID["a1"]!, "a parallel agreement counts again, at the same distance")
        XCTAssertEqual(byID["a4"]!, byID["a1"]!, "universities at the places of the cities they are within")
        XCTAssertEqual(byID["a8"], 0, "a self-loop measures 0 and is kept")
        XCTAssertEqual(d.summary.count, 7)
    }

    func testAnEndNamingNoNodeIsCounted() {
        var broken = dataset
        broken.agreements.append(Agreement(id: "x", from: "minsk", to: "nowhere"))
        let d = PartnerDistances(broken)
        XCTAssertEqual(d.unknownEndAgreements, 1)
        XCTAssertEqual(d.leftOut, 2)
    }

    func testGroups() {
        let d = PartnerDistances(dataset)
        let kinds = d.grouped(by: .kind, in: dataset)
        XCTAssertEqual(kinds.map(\.group), ["cooperation", "twinning", "friendship", "memorandum", "university_agreement"])
        XCTAssertEqual(kinds.map(\.summary.count), [2, 2, 1, 1, 1])
        let cooperation = kinds[0].summary
        XCTAssertEqual(cooperation.minimum, 0)
        XCTAssertEqual(cooperation.median!, km((53.9, 27.5667), (52.4345, 30.9754)) / 2, accuracy: 1e-9)

        let pairs = d.grouped(by: .countryPair, in: dataset)
        XCTAssertEqual(pairs.map(\.group), ["Belarus – China", "Belarus – Belarus"])
        XCTAssertEqual(pairs.map(\.summary.count), [5, 2])

        let decades = d.grouped(by: .decade, in: dataset)
        XCTAssertEqual(decades.map(\.group), ["1990s", "2000s", "2010s", "(undated)"])
        XCTAssertEqual(decades.map(\.summary.count), [1, 2, 3, 1])
    }

    func testCountriesFromTheCountryFieldAndUnknown() {
        let nodes = [GeographyTestData.placed("osaka", "Osaka", 34.69, 135.5), GeographyTestData.placed("kobe", "Kobe", 34.69, 135.2),
                     GeographyTestData.placed("somewhere", "Somewhere", 10, 10)]
        var data = Dataset(nodes: nodes, agreements: [Agreement(id: "k", from: "osaka", to: "kobe"), Agreement(id: "s", from: "somewhere", to: "osaka")])
        data.nodes[0].country = "Japan"
        data.nodes[1].country = "Japan"
        let pairs = PartnerDistances(data).grouped(by: .countryPair, in: data)
        XCTAssertEqual(pairs.map(\.group), ["(no country) – Japan", "Japan – Japan"])
        XCTAssertEqual(PartnerDistances(data).grouped(by: .kind, in: data).map(\.group), ["(no kind)"])
    }

    func testDecadeNames() {
        XCTAssertEqual(PartnerDistances.decade(of: 1999), "1990s")
        XCTAssertEqual(PartnerDistances.decade(of: 2000), "2000s")
        XCTAssertEqual(PartnerDistances.decade(of: -5), "-10s")
    }
}
