import Foundation
import TestSupport
import XCTest
@testable import Graph

/// A node's place is read from the names other tools use, validated, and written under each
/// format's convention (`GeoFields`).
final class GeoFieldsTests: XCTestCase {
    func read(_ text: String, named name: String) throws -> Dataset {
        let folder = try scratchFolder("geo")
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return try DatasetIO.read(url.path)
    }

    /// An edge table with a node table beside it whose place columns are named `lat`/`lon`.
    func readNodeTable(latitude: String, longitude: String, minsk: (String, String) = ("53.9", "27.5667")) throws -> Dataset {
        let folder = try scratchFolder("geo-table")
        let nodes = folder.appendingPathComponent("nodes.csv"), edges = folder.appendingPathComponent("edges.csv")
        try Data("id,label,\(latitude),\(longitude)\nminsk,Minsk,\(minsk.0),\(minsk.1)\nbeijing,Beijing,39.9075,116.39723\nfirm,Firm,,\n".utf8).write(to: nodes)
        try Data("source,target\nminsk,beijing\nfirm,beijing\n".utf8).write(to: edges)
        return try DatasetIO.read(edges.path, names: nodes.path)
    }

    func testEveryNameOtherToolsUseIsGatheredAsNumbers() throws {
        let pairs = [("lat", "lon"), ("latitude", "longitude"), ("Latitude", "Longitude"), ("lat", "lng"),
                     ("LAT", "LONG"), ("geo_lat", "geo_lon"), ("Lat", "Lng")]
        for (lat, lon) in pairs {
            let dataset = try readNodeTable(latitude: lat, longitude: lon)
            let minsk = try XCTUnwrap(dataset.nodes.first { $0.id == "minsk" })
            XCTAssertEqual(minsk.location, GeoPoint(latitude: 53.9, longitude: 27.5667), "\(lat)/\(lon)")
            XCTAssertEqual(minsk.attributes[GeoFields.latitude], .double(53.9), "\(lat)/\(lon)")
            XCTAssertEqual(Set(minsk.attributes.keys), [GeoFields.latitude, GeoFields.longitude], "\(lat)/\(lon)")
            XCTAssertNil(dataset.nodes.first { $0.id == "firm" }?.location, "an empty cell is no place")
            XCTAssertFalse(Validation.hasErrors(Validation.findings(for: dataset)), "\(lat)/\(lon)")
        }
    }

    func testOtherAttributesAreLeftAlone() {
        for name in ["latency", "x", "y", "long_name", "location", "longitude_source"] {
            XCTAssertNil(GeoFields.field(named: name), name)
        }
    }

    func testNumbersWrittenAsTextInJSONBecomeNumbers() throws {
        let dataset = try read("""
        {"directed": false, "multigraph": true, "graph": {}, "nodes": [
          {"id": "a", "latitude": "53.9", "longitude": 27}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}
        """, named: "g.json")
        XCTAssertEqual(dataset.nodes[0].attributes, [GeoFields.latitude: .double(53.9), GeoFields.longitude: .double(27)])
    }

    func testTwoDifferentLatitudesAreAnErrorAndBothAreKept() throws {
        let dataset = try read("""
        {"directed": false, "multigraph": true, "graph": {}, "nodes": [
          {"id": "a", "lat": 53.9, "latitude": 54.0, "lon": 27.5}, {"id": "b", "lat": 1, "Latitude": 1.0, "lng": 2}],
         "links": []}
        """, named: "g.json")
        let errors = dataset.readingFindings.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("two latitudes"), errors[0].message)
        XCTAssertTrue(errors[0].message.contains("node 'a'"), errors[0].message)
        XCTAssertEqual(dataset.nodes[0].attributes["lat"], .double(53.9))
        XCTAssertEqual(dataset.nodes[0].attributes["latitude"], .double(54.0), "the other value is kept under its name")
        // The same value twice is one latitude.
        XCTAssertEqual(dataset.nodes[1].location, GeoPoint(latitude: 1, longitude: 2))
        XCTAssertNil(dataset.nodes[1].attributes["Latitude"])
    }

    func testValidationNamesTheFileLineAndWhatWasExpected() throws {
        let dataset = try readNodeTable(latitude: "latitude", longitude: "longitude", minsk: ("95", "east"))
        let messages = Validation.findings(for: dataset).filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(messages.count, 2, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("nodes.csv:2") && $0.contains("expected lat as a number of degrees from -90 to 90") && $0.contains("'95.0'") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("nodes.csv:2") && $0.contains("expected lon") && $0.contains("'east'") }, "\(messages)")

        var half = Dataset(nodes: [Node(id: "a", attributes: ["lat": .double(10)])], agreements: [])
        XCTAssertTrue(Validation.findings(for: half).contains { $0.message.contains("has lat without lon; expected both or neither") })
        half.nodes[0].attributes = ["lon": .double(-181)]
        XCTAssertTrue(Validation.findings(for: half).contains { $0.message.contains("has lon without lat") })
        half.nodes[0].location = GeoPoint(latitude: -90, longitude: 180)
        XCTAssertFalse(Validation.hasErrors(Validation.findings(for: half)), "the limits are in range")
    }

    func testEachFormatWritesItsOwnNamesAndReadsThemBack() throws {
        var dataset = Dataset(nodes: [Node(id: "minsk", label: "Minsk"), Node(id: "beijing", label: "Beijing"), Node(id: "firm")],
                              agreements: [Agreement(id: "e1", from: "minsk", to: "beijing"), Agreement(id: "e2", from: "firm", to: "beijing")])
        dataset.nodes[0].location = GeoPoint(latitude: 53.9, longitude: 27.566_67)
        dataset.nodes[1].location = GeoPoint(latitude: -39.907_5, longitude: -116.397_23)
        let expected: [(file: String, names: [String])] = [
            ("g.gexf", ["title=\"latitude\"", "title=\"longitude\""]),
            ("g.graphml", ["attr.name=\"Latitude\"", "attr.name=\"Longitude\""]),
            ("g.gml", ["Latitude 53.9", "Longitude 27.56667"]),
            ("g.json", ["\"lat\": 53.9", "\"lon\": 27.56667"]),
            ("folder/nodes.csv", ["lat:double", "lon:double"]),
        ]
        let folder = try scratchFolder("geo-write")
        for (file, names) in expected {
            let target = folder.appendingPathComponent(file.hasPrefix("folder") ? "folder" : file).path
            try DatasetIO.write(dataset, to: target)
            let text = try String(contentsOfFile: folder.appendingPathComponent(file).path, encoding: .utf8)
            for name in names { XCTAssertTrue(text.contains(name), "\(file) lacks \(name)") }
            let back = try DatasetIO.read(target)
            XCTAssertEqual(back.nodes.map(\.location), dataset.nodes.map(\.location), file)
            XCTAssertEqual(back.nodes.first { $0.id == "minsk" }?.attributes.keys.sorted(), ["lat", "lon"], file)
        }
        let sqlite = folder.appendingPathComponent("g.sqlite").path
        try DatasetIO.write(dataset, to: sqlite)
        XCTAssertEqual(try DatasetIO.read(sqlite).nodes.map(\.location), dataset.nodes.map(\.location), "SQLite")
        XCTAssertEqual(dataset.nodes[0].attributes["lat"], .double(53.9), "writing renames a copy, never the dataset")
    }

    /// networkx sees our GraphML places as floats under the Topology Zoo's names, and what it
    /// writes under Gephi's names reads back as places.
    func testNetworkxExchangesPlaces() throws {
        try Python.requireNetworkx()
        var dataset = Dataset(nodes: [Node(id: "minsk"), Node(id: "beijing")],
                              agreements: [Agreement(id: "e1", from: "minsk", to: "beijing")])
        dataset.nodes[0].location = GeoPoint(latitude: 53.9, longitude: 27.566_67)
        dataset.nodes[1].location = GeoPoint(latitude: 39.907_5, longitude: 116.397_23)
        let folder = try scratchFolder("geo-nx")
        let ours = folder.appendingPathComponent("ours.graphml").path, theirs = folder.appendingPathComponent("theirs.gexf").path
        try DatasetIO.write(dataset, to: ours)
        let output = try Python.output("""
        import sys, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        m = g.nodes["minsk"]
        print(type(m["Latitude"]).__name__, m["Latitude"], m["Longitude"])
        h = nx.Graph()
        h.add_node("tehran", latitude=35.69439, longitude=51.42151)
        h.add_node("minsk", latitude=53.9, longitude=27.56667)
        h.add_edge("tehran", "minsk")
        nx.write_gexf(h, sys.argv[2])
        """, arguments: [ours, theirs])
        XCTAssertEqual(output.trimmingCharacters(in: .whitespacesAndNewlines), "float 53.9 27.56667")
        let back = try DatasetIO.read(theirs)
        XCTAssertEqual(back.nodes.first { $0.id == "tehran" }?.location, GeoPoint(latitude: 35.694_39, longitude: 51.421_51))
    }
}
