import Foundation
import TestSupport
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
        let url = Repository.url("../shared/datasets/wikidata-sister-cities/sister-cities.graphml")
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

    // MARK: Issue 9 hazards

    func testMixedDirectionIsADirectedGraphWithDirectedDataOnEveryEdge() throws {
        let mixed = Dataset(nodes: [Node(id: "a"), Node(id: "b")], agreements: [
            Agreement(id: "i", from: "b", to: "a", kind: .investment, directed: true),
            Agreement(id: "t", from: "a", to: "b", kind: .twinning),
        ])
        let text = GraphMLFormat.write(mixed)
        XCTAssertTrue(text.contains(#"<graph id="G" edgedefault="directed">"#), text)
        XCTAssertTrue(text.contains(#"<key id="d3" for="edge" attr.name="directed" attr.type="boolean"/>"#), text)
        XCTAssertTrue(text.contains(#"<edge id="i" source="b" target="a">"#), text)
        XCTAssertEqual(text.components(separatedBy: #"<data key="d3">true</data>"#).count - 1, 1, text)
        XCTAssertEqual(text.components(separatedBy: #"<data key="d3">false</data>"#).count - 1, 1, text)
        XCTAssertFalse(text.contains(#"directed="false""#), "networkx refuses the XML attribute in a directed graph")
        let read = try roundTrip(mixed)
        XCTAssertEqual(read.agreements.map(\.directed), [true, false])
        XCTAssertEqual(read.agreements.map(\.from), ["b", "a"])
        // Undirected only: an undirected graph without `directed` data.
        var undirected = mixed
        undirected.agreements[0].directed = false
        let plain = GraphMLFormat.write(undirected)
        XCTAssertTrue(plain.contains(#"edgedefault="undirected""#))
        XCTAssertFalse(plain.contains(#"attr.name="directed""#))
        _ = try roundTrip(undirected)
    }

    func testUnparseableReservedValuesAreLocatedErrors() throws {
        let text = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="w" for="edge" attr.name="weight" attr.type="string"/>
          <key id="d" for="edge" attr.name="date" attr.type="string"/>
          <key id="r" for="edge" attr.name="directed" attr.type="string"/>
          <graph edgedefault="undirected">
            <edge id="x" source="a" target="b"><data key="w">heavy</data></edge>
            <edge id="y" source="a" target="b"><data key="d">soon</data><data key="r">maybe</data></edge>
          </graph>
        </graphml>
        """
        let dataset = try GraphMLFormat.read(SampleDatasets.bytes(text), file: "bad.graphml")
        XCTAssertEqual(dataset.readingFindings.map(\.description), [
            "bad.graphml:6:5 (weight): error: expected weight as a finite number, found 'heavy'",
            "bad.graphml:7:5 (date): error: expected date as YYYY, YYYY-MM or YYYY-MM-DD, found 'soon'",
            "bad.graphml:7:5 (directed): error: expected directed as true or false, found 'maybe'",
        ])
        XCTAssertEqual(dataset.agreements.map(\.attributes), [[:], [:]], "never a silent attribute")
        XCTAssertNil(dataset.agreements[0].weightValue)
    }

    func testHyperedgesAreALocatedError() {
        let text = """
        <graphml><graph edgedefault="undirected"><node id="a"/>
        <hyperedge><endpoint node="a"/></hyperedge></graph></graphml>
        """
        XCTAssertThrowsError(try GraphMLFormat.read(SampleDatasets.bytes(text), file: "hyper.graphml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("hyper.graphml:2:1"), "\(error)")
            XCTAssertTrue("\(error)".contains("<hyperedge> is not supported"), "\(error)")
        }
    }

    func testReservedNamesAreNeverWrittenTwice() throws {
        let dataset = Dataset(nodes: [Node(id: "a", label: "A", attributes: ["id": .string("other"), "label": .string("L2")])],
                              agreements: [Agreement(id: "e", from: "a", to: "a", kind: .twinning, directed: true,
                                                     attributes: ["kind": .string("shadow"), "id": .string("x"), "directed": .boolean(false)])])
        let text = GraphMLFormat.write(dataset)
        for name in ["id", "label", "kind"] {
            let declared = text.components(separatedBy: #"attr.name="\#(name)""#).count - 1
            XCTAssertEqual(declared, 1, "\(name):\n\(text)")
        }
        XCTAssertEqual(text.components(separatedBy: "<data ").count - 1, 3, text)  // label, edge id, kind
        let read = try GraphMLFormat.read(SampleDatasets.bytes(text), file: "t.graphml")
        XCTAssertEqual(read.nodes, [Node(id: "a", label: "A")])
        XCTAssertEqual(read.agreements, [Agreement(id: "e", from: "a", to: "a", kind: .twinning, directed: true)])
    }

    func testIntegerWeightsKeysAndEmptyCountryKeepTheirTypes() throws {
        var dataset = Dataset(nodes: [Node(id: "a", country: ""), Node(id: "b")], agreements: [
            Agreement(id: "a-b-0", from: "a", to: "b"), Agreement(id: "a-b-1", from: "a", to: "b"),
        ])
        dataset.agreements[0].weightValue = .integer(3)
        dataset.agreements[1].weightValue = .integer(-7)
        dataset.agreements[0].attributes["key"] = .integer(0)
        dataset.agreements[1].attributes["key"] = .string("k")
        let text = GraphMLFormat.write(dataset)
        XCTAssertTrue(text.contains(#"attr.name="weight" attr.type="long""#), text)
        XCTAssertTrue(text.contains(#"<edge id="0" source="a" target="b">"#), text)
        XCTAssertTrue(text.contains(#"<edge id="k" source="a" target="b">"#), text)
        let read = try roundTrip(dataset)
        XCTAssertEqual(read.agreements.map(\.weightValue), [.integer(3), .integer(-7)])
        XCTAssertEqual(read.agreements.map { $0.attributes["key"] }, [.integer(0), .string("k")])
        XCTAssertEqual(read.nodes[0].country, "")
        // All doubles: one double key.
        dataset.agreements[0].weightValue = .double(1)
        dataset.agreements[1].weightValue = .double(2.5)
        let doubles = GraphMLFormat.write(dataset)
        XCTAssertEqual(doubles.components(separatedBy: #"attr.name="weight""#).count, 2, doubles)
        XCTAssertTrue(doubles.contains(#"attr.name="weight" attr.type="double""#), doubles)
    }

    /// Integers mixed with doubles (weights or a free attribute): a long and a double key of
    /// one name, each value under the key of its type, as networkx writes them.
    func testMixedIntegersAndDoublesGetOneKeyPerType() throws {
        var dataset = Dataset(nodes: [Node(id: "a", attributes: ["area": .integer(2)]), Node(id: "b", attributes: ["area": .double(0.5)])],
                              agreements: [Agreement(id: "x", from: "a", to: "b"), Agreement(id: "y", from: "b", to: "a")])
        dataset.agreements[0].weightValue = .integer(3)
        dataset.agreements[1].weightValue = .double(2.5)
        dataset.agreements[0].attributes["note"] = .integer(1)
        dataset.agreements[1].attributes["note"] = .string("one")
        let text = GraphMLFormat.write(dataset)
        for expected in [#"<key id="d1" for="node" attr.name="area" attr.type="long"/>"#,
                         #"<key id="d2" for="node" attr.name="area" attr.type="double"/>"#,
                         #"attr.name="weight" attr.type="long""#, #"attr.name="weight" attr.type="double""#,
                         #"<data key="d1">2</data>"#, #"<data key="d2">0.5</data>"#] {
            XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
        }
        XCTAssertEqual(text.components(separatedBy: #"attr.name="note""#).count, 2, "text mixed with numbers stays one string key")
        XCTAssertEqual(text.components(separatedBy: "<data key=\"d1\">").count, 2, "each value is written once")
        let read = try GraphMLFormat.read(Array(text.utf8), file: "mixed.graphml")
        XCTAssertEqual(read.nodes.map { $0.attributes["area"] }, [.integer(2), .double(0.5)])
        XCTAssertEqual(read.agreements.map(\.weightValue), [.integer(3), .double(2.5)])
        XCTAssertEqual(read.agreements.map { $0.attributes["note"] }, [.string("1"), .string("one")])
    }

    func testNodeIDsGivenAsDataRenameEndpoints() throws {
        // What igraph writes: its own node ids, the original ones as `id` data.
        let text = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="v_id" for="node" attr.name="id" attr.type="string"/>
          <key id="e_id" for="edge" attr.name="id" attr.type="string"/>
          <graph edgedefault="directed">
            <node id="n0"><data key="v_id">minsk</data></node>
            <node id="n1"><data key="v_id">harbin</data></node>
            <edge source="n1" target="n0"><data key="e_id">a7</data></edge>
            <edge source="n0" target="n1"><data key="e_id"></data></edge>
          </graph>
        </graphml>
        """
        let dataset = try GraphMLFormat.read(SampleDatasets.bytes(text), file: "igraph.graphml")
        XCTAssertEqual(dataset.nodes.map(\.id), ["minsk", "harbin"])
        XCTAssertEqual(dataset.agreements.map(\.id), ["a7", "e1"])
        XCTAssertEqual(dataset.agreements.map(\.from), ["harbin", "minsk"])
        XCTAssertEqual(dataset.agreements.map(\.to), ["minsk", "harbin"])
        XCTAssertEqual(dataset.agreements.map(\.attributes), [[:], [:]])
    }
}
