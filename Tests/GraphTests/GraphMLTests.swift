import Foundation
import XCTest
@testable import Graph

final class GraphMLTests: XCTestCase {
    func roundTrip(_ dataset: Dataset, file: StaticString = #filePath, line: UInt = #line) throws -> Dataset {
        let text = GraphMLFormat.write(dataset)
        let read = try GraphMLFormat.read(Array(text.utf8), file: "round-trip.graphml")
        XCTAssertEqual(read.nodes, dataset.nodes, file: file, line: line)
        XCTAssertEqual(read.agreements, dataset.agreements, file: file, line: line)
        XCTAssertEqual(read.sources, dataset.sources, file: file, line: line)
        XCTAssertEqual(read.metadata, dataset.metadata, file: file, line: line)
        XCTAssertEqual(read, dataset, file: file, line: line)
        return read
    }

    func testRoundTripKeepsEveryFieldTypeAndCharacter() throws {
        let read = try roundTrip(SampleDatasets.full())
        XCTAssertEqual(read.nodeOrigins.count, read.nodes.count)
        XCTAssertEqual(read.agreementOrigins.count, read.agreements.count)
        XCTAssertEqual(read.sourceOrigins.count, 2)
        XCTAssertEqual(read.agreements[3].attributes["date_raw"], .string("circa 1990s"))
    }

    func testRoundTripOfDirectedAndUndirectedGraphs() throws {
        let directed = SampleDatasets.full(allDirected: true)
        let text = GraphMLFormat.write(directed)
        XCTAssertTrue(text.contains("edgedefault=\"directed\""))
        XCTAssertFalse(text.contains("attr.name=\"directed\""))
        _ = try roundTrip(directed)
        let undirected = SampleDatasets.full(allUndirected: true)
        XCTAssertTrue(GraphMLFormat.write(undirected).contains("edgedefault=\"undirected\""))
        _ = try roundTrip(undirected)
        _ = try roundTrip(Dataset())
        _ = try roundTrip(Dataset(nodes: [Node(id: "alone")]))
    }

    func testRecordsWhereEachNodeAndEdgeStarts() throws {
        let text = """
        <?xml version="1.0"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <graph edgedefault="undirected">
            <node id="a"/>
              <node id="б"/><edge source="a" target="б"/>
          </graph>
        </graphml>
        """
        let dataset = try GraphMLFormat.read(SampleDatasets.bytes(text), file: "places.graphml")
        XCTAssertEqual(dataset.nodeOrigins.map(\.description), ["places.graphml:4:5", "places.graphml:5:7"])
        XCTAssertEqual(dataset.agreementOrigins.map(\.description), ["places.graphml:5:21"])
        XCTAssertEqual(dataset.agreements[0].id, "e0")
    }

    func testForeignFilesDefaultsLabelsAndDirection() throws {
        let text = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key id="d0" for="node" yfiles.type="nodegraphics"/>
          <key id="d1" for="node" attr.name="name" attr.type="string"/>
          <key id="d2" for="edge" attr.name="weight" attr.type="int"><default>7</default></key>
          <key id="d3" for="node" attr.name="score" attr.type="float"><default>0.5</default></key>
          <key id="d4" for="graph" attr.name="title" attr.type="string"/>
          <key id="d5" for="edge" attr.name="date" attr.type="string"/>
          <graph edgedefault="directed">
            <data key="d4">yEd export</data>
            <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel x="1">  Minsk <y:LabelModel/></y:NodeLabel></y:ShapeNode></data></node>
            <node id="n1"><data key="d1">Brest</data><data key="d3">2</data></node>
            <edge source="n0" target="n1"><data key="d5">sometime</data></edge>
            <edge id="x" source="n1" target="n0" directed="false"><data key="d2">3</data></edge>
          </graph>
        </graphml>
        """
        let dataset = try GraphMLFormat.read(SampleDatasets.bytes(text), file: "yed.graphml")
        XCTAssertEqual(dataset.nodes.map(\.label), ["Minsk", "n1"])
        XCTAssertEqual(dataset.nodes[1].attributes, ["name": .string("Brest"), "score": .double(2)])
        XCTAssertEqual(dataset.nodes[0].attributes, ["score": .double(0.5)])
        XCTAssertEqual(dataset.agreements.map(\.directed), [true, false])
        XCTAssertEqual(dataset.agreements.map(\.weight), [7, 3])
        XCTAssertEqual(dataset.agreements.map(\.id), ["e0", "x"])
        XCTAssertNil(dataset.agreements[0].date)
        XCTAssertNil(dataset.agreements[0].attributes["date"], "a bad date is an error, not a silent attribute")
        XCTAssertEqual(dataset.readingFindings.map(\.severity), [.error])
        XCTAssertTrue(dataset.readingFindings[0].description.hasPrefix("yed.graphml:"), dataset.readingFindings[0].description)
        XCTAssertTrue(dataset.readingFindings[0].message.contains("'sometime'"))
        XCTAssertEqual(dataset.metadata, ["title": .string("yEd export")])
    }

    func testReferencesAreNotCheckedHere() throws {
        let text = """
        <graphml><key id="k" for="edge" attr.name="kind"/><graph>
        <edge source="nowhere" target="nobody"><data key="k">Joint Venture</data></edge></graph></graphml>
        """
        let dataset = try GraphMLFormat.read(SampleDatasets.bytes(text), file: "refs.graphml")
        XCTAssertEqual(dataset.nodes, [])
        XCTAssertEqual(dataset.agreements.first?.kind, .jointVenture)
    }

    func testReadsTheWikidataSisterCities() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/datasets/wikidata-sister-cities/sister-cities.graphml")
        guard let data = FileManager.default.contents(atPath: url.standardizedFileURL.path) else {
            throw XCTSkip("../shared/datasets/wikidata-sister-cities is absent")
        }
        let dataset = try GraphMLFormat.read([UInt8](data), file: "sister-cities.graphml")
        XCTAssertEqual(dataset.nodes.count, 10_055)
        XCTAssertEqual(dataset.agreements.count, 17_401)
        XCTAssertFalse(dataset.agreements.contains(where: \.directed))
        XCTAssertEqual(dataset.nodes.first?.label, "Kitchener")
        XCTAssertEqual(dataset.nodeOrigins.first?.line, 5)
    }
}
