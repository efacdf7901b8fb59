import Graph
import XCTest
@testable import Analytics

/// `--weight distance` (`EdgeWeighting.distanceWeights`): the great-circle km written on each
/// agreement with two placed ends, the others left out (named in the note), the
/// input's own `distance` kept, and no place at all refused with a way to add one.
final class DistanceWeightsTests: XCTestCase {
    func testWritesGreatCircleKilometres() throws {
        let data = Geography.smallNetwork
        let prepared = try EdgeWeighting.distanceWeights(data, option: "distance")
        let measured = PartnerDistances(data)
        XCTAssertEqual(prepared.measured, 7)
        XCTAssertEqual(prepared.unplaced, 1)
        // The agreement with Mogilev (no place) is left out; every actor stays.
        XCTAssertEqual(prepared.dataset.agreements.map(\.id), measured.distances.map { data.agreements[$0.agreement].id })
        XCTAssertFalse(prepared.dataset.agreements.contains { $0.id == data.agreements[5].id }, "Mogilev has no place")
        XCTAssertEqual(prepared.dataset.nodes, data.nodes)
        for (kept, d) in zip(prepared.dataset.agreements, measured.distances) {
            XCTAssertEqual(kept.attributes["distance"], .double(d.kilometres))
        }
        let note = prepared.note ?? ""
        XCTAssertTrue(note.contains("1 of 8 agreements left out of the measure, an end without a place: '\(data.agreements[5].id)'"), note)
        XCTAssertEqual(try EdgeWeighting(option: "distance").coverage(in: prepared.dataset)?.missing, 0, "no agreement is left to weigh 1")
        XCTAssertEqual(EdgeWeighting(option: "distance").weight(of: prepared.dataset.agreements[0]), measured.distances[0].kilometres)
    }

    func testOtherOptionsLeaveTheDatasetAlone() throws {
        let data = Geography.smallNetwork
        for option in [nil, "weight", "agreements"] {
            let prepared = try EdgeWeighting.distanceWeights(data, option: option)
            XCTAssertEqual(prepared.dataset, data)
            XCTAssertNil(prepared.note)
        }
    }

    func testTheInputsOwnDistanceIsKept() throws {
        var data = Geography.smallNetwork
        data.agreements[0].attributes["distance"] = .integer(42)
        let prepared = try EdgeWeighting.distanceWeights(data, option: "distance")
        XCTAssertEqual(prepared.dataset, data)
        XCTAssertTrue(prepared.note?.contains("own 'distance' attribute is used (1 of 8") ?? false, prepared.note ?? "")
    }

    func testNoPlaceIsRefused() {
        let data = Dataset(nodes: [Node(id: "a"), Node(id: "b")], agreements: [Agreement(id: "e", from: "a", to: "b")])
        XCTAssertThrowsError(try EdgeWeighting.distanceWeights(data, option: "distance")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("no actor has a place") && text.contains("'lat' and 'lon'"), text)
        }
    }
}

private typealias Geography = GeographyTestData
