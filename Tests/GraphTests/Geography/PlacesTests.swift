import XCTest
@testable import Graph

final class PlacesTests: XCTestCase {
    func testBodiesArePlacedAtTheNearestPlacedNodeTheySitWithin() {
        var minsk = Node(id: "minsk", type: .city, within: "belarus")
        minsk.location = GeoPoint(latitude: 53.9, longitude: 27.57)
        var belarus = Node(id: "belarus", type: .country)
        belarus.location = GeoPoint(latitude: 53.9, longitude: 27.57)
        var gomel = Node(id: "gomel-region", type: .region, within: "belarus")
        gomel.location = GeoPoint(latitude: 52.43, longitude: 31.0)
        var broken = Node(id: "broken", within: "nowhere")
        broken.attributes = ["lat": .double(100), "lon": .double(0)]
        let dataset = Dataset(nodes: [
            minsk, belarus, gomel,
            Node(id: "bsu", type: .university, within: "minsk"),
            Node(id: "district", type: .district, within: "gomel-region"),
            Node(id: "plant", type: .firm, within: "district"),
            Node(id: "lost", type: .firm, country: "Belarus"),
            Node(id: "loop-a", within: "loop-b"), Node(id: "loop-b", within: "loop-a"),
            broken,
        ], agreements: [])
        let places = Places(dataset)
        XCTAssertEqual(places.points[3], minsk.location)
        XCTAssertEqual(places.origins[3], .within(0))
        XCTAssertEqual(places.points[5], gomel.location, "two steps up the chain")
        XCTAssertEqual(places.origins[5], .within(2))
        XCTAssertNil(places.points[6], "the country field lends no place")
        XCTAssertNil(places.points[7], "a within cycle ends the search")
        XCTAssertNil(places.points[9], "an invalid place is none")
        XCTAssertEqual(places.origins[0], .own)
        XCTAssertEqual(places.placedCount, 6)
        XCTAssertEqual(places.inheritedCount, 3)
    }
}
