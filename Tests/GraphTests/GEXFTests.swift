import Foundation
import XCTest
@testable import Graph

final class GEXFTests: XCTestCase {
    /// GEXF carries nodes and agreements losslessly; metadata only as <meta>, sources not at all.
    func assertRoundTrip(_ dataset: Dataset, version: GEXFVersion = .v1_3,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let text = GEXFFormat.write(dataset, version: version)
        let read = try GEXFFormat.read(Array(text.utf8), file: "round-trip.gexf")
        XCTAssertEqual(read.nodes, dataset.nodes, file: file, line: line)
        XCTAssertEqual(read.agreements, dataset.agreements, file: file, line: line)
        XCTAssertEqual(read.nodeOrigins.count, dataset.nodes.count, file: file, line: line)
        XCTAssertEqual(read.agreementOrigins.count, dataset.agreements.count, file: file, line: line)
        XCTAssertEqual(read.sources, [], file: file, line: line)
    }

    func testRoundTripOfBothVersions() throws {
        for version in GEXFVersion.allCases {
            try assertRoundTrip(SampleDatasets.full(), version: version)
            try assertRoundTrip(SampleDatasets.full(allDirected: true), version: version)
            try assertRoundTrip(SampleDatasets.full(allUndirected: true), version: version)
        }
        try assertRoundTrip(Dataset())
        try assertRoundTrip(Dataset(nodes: [Node(id: "a"), Node(id: "b")],
                                    agreements: [Agreement(id: "x", from: "a", to: "b")]))
    }

    func testHeaderModeSpellsAndDirection() throws {
        let text = GEXFFormat.write(SampleDatasets.full())
        XCTAssertTrue(text.contains("xmlns=\"http://gexf.net/1.3\""))
        XCTAssertTrue(text.contains("version=\"1.3\""))
        XCTAssertTrue(text.contains("mode=\"dynamic\""))
        XCTAssertTrue(text.contains("timeformat=\"date\""))
        XCTAssertTrue(text.contains("defaultedgetype=\"undirected\""))
        XCTAssertTrue(text.contains("start=\"2017-03-01\""))
        XCTAssertTrue(text.contains("start=\"1992-01-01\""))
        XCTAssertTrue(text.contains("<attribute id=\"a0\" title=\"population density\" type=\"double\"/>"))
        let old = GEXFFormat.write(SampleDatasets.full(allDirected: true), version: .v1_2draft)
        XCTAssertTrue(old.contains("xmlns=\"http://www.gexf.net/1.2draft\""))
        XCTAssertTrue(old.contains("defaultedgetype=\"directed\""))
        XCTAssertFalse(old.contains(" type=\"directed\""))
        let undated = Dataset(nodes: [Node(id: "a")], agreements: [Agreement(id: "x", from: "a", to: "a")])
        XCTAssertTrue(GEXFFormat.write(undated).contains("mode=\"static\""))
    }

    func testMetaCarriesDescriptionCreatorAndKeywords() throws {
        var dataset = SampleDatasets.full()
        dataset.metadata["keywords"] = .string("twinning, Belarus")
        let read = try GEXFFormat.read(Array(GEXFFormat.write(dataset).utf8), file: "meta.gexf")
        XCTAssertEqual(read.metadata["description"], dataset.metadata["description"])
        XCTAssertEqual(read.metadata["keywords"], .string("twinning, Belarus"))
        XCTAssertEqual(read.metadata["creator"], .string("Twinning"))
        XCTAssertNil(read.metadata["title"])
    }

    func testDatesFromSpellsKeepTheirPrecision() throws {
        let text = """
        <gexf xmlns="http://www.gexf.net/1.1draft" version="1.1">
          <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
            <attributes class="edge"><attribute id="0" title="kind" type="string"/>
              <attribute id="1" title="budget" type="integer"><default>5</default></attribute></attributes>
            <nodes><node id="a" label="A"/><node id="b"/></nodes>
            <edges>
              <edge source="a" target="b" start="2009"><attvalues><attvalue id="0" value="twinning"/></attvalues></edge>
              <edge source="a" target="b" start="2010-06"/>
              <edge source="b" target="a" start="2011-02-03T10:00:00" type="undirected" weight="2"/>
              <edge source="b" target="a" kind="friendship" label="x"><spells><spell start="2012-12-31"/></spells></edge>
            </edges>
          </graph>
        </gexf>
        """
        let dataset = try GEXFFormat.read(SampleDatasets.bytes(text), file: "spells.gexf")
        XCTAssertEqual(dataset.nodes.map(\.label), ["A", "b"])
        XCTAssertEqual(dataset.agreements.map { $0.date?.description }, ["2009", "2010-06", "2011-02-03", "2012-12-31"])
        XCTAssertEqual(dataset.agreements.map(\.directed), [true, true, false, true])
        XCTAssertEqual(dataset.agreements.map(\.kind), [.twinning, nil, nil, .friendship])
        XCTAssertEqual(dataset.agreements.map(\.id), ["e0", "e1", "e2", "e3"])
        XCTAssertEqual(dataset.agreements[2].weight, 2)
        XCTAssertEqual(dataset.agreements[1].attributes, ["budget": .integer(5)])
        XCTAssertEqual(dataset.agreements[3].attributes["label"], .string("x"))
    }

    func testNumericSpellsAreNotDates() throws {
        let text = """
        <gexf><graph timeformat="double"><nodes><node id="a"/></nodes>
        <edges><edge source="a" target="a" start="2.5"/></edges></graph></gexf>
        """
        let dataset = try GEXFFormat.read(SampleDatasets.bytes(text), file: "numeric.gexf")
        XCTAssertNil(dataset.agreements[0].date)
        let unsaid = try GEXFFormat.read(SampleDatasets.bytes(text.replacingOccurrences(of: " timeformat=\"double\"", with: "")),
                                         file: "unsaid.gexf")
        XCTAssertNil(unsaid.agreements[0].date)
        let year = try GEXFFormat.read(SampleDatasets.bytes(text.replacingOccurrences(of: "2.5", with: "1995")), file: "year.gexf")
        XCTAssertNil(year.agreements[0].date, "timeformat double: 1995 is a number, not a year")
    }
}
