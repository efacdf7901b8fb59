import Foundation
import XCTest
@testable import Graph

final class GEXFTests: XCTestCase {
    /// GEXF carries everything, metadata included, and invents none (no `creator`, no date).
    func assertRoundTrip(_ dataset: Dataset, version: GEXFVersion = .v1_3,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let text = GEXFFormat.write(dataset, version: version)
        let read = try GEXFFormat.read(Array(text.utf8), file: "round-trip.gexf")
        XCTAssertEqual(read.nodes, dataset.nodes, file: file, line: line)
        XCTAssertEqual(read.agreements, dataset.agreements, file: file, line: line)
        XCTAssertEqual(read.sources, dataset.sources, file: file, line: line)
        XCTAssertEqual(read.metadata, dataset.metadata, file: file, line: line)
        XCTAssertEqual(read.nodeOrigins.count, dataset.nodes.count, file: file, line: line)
        XCTAssertEqual(read.agreementOrigins.count, dataset.agreements.count, file: file, line: line)
        XCTAssertEqual(read.readingFindings, [], file: file, line: line)
    }

    func testRoundTripOfBothVersions() throws {
        for version in GEXFVersion.allCases {
            try assertRoundTrip(SampleDatasets.full(), version: version)
            try assertRoundTrip(SampleDatasets.full(allDirected: true), version: version)
            try assertRoundTrip(SampleDatasets.full(allUndirected: true), version: version)
            try assertRoundTrip(GEXFSamples.gephiFeatures(), version: version)
        }
        try assertRoundTrip(Dataset())
        try assertRoundTrip(Dataset(nodes: [Node(id: "a"), Node(id: "b")],
                                    agreements: [Agreement(id: "x", from: "a", to: "b")]))
    }

    func testFeatureDatasetIsWrittenAsGephiReadsIt() throws {
        let text = GEXFFormat.write(GEXFSamples.gephiFeatures())
        let expected = [
            "xmlns:viz=\"http://gexf.net/1.3/viz\"", "xmlns:twinning=\"urn:twinning:gexf\"",
            "mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\"",
            "<edge id=\"p1\" source=\"minsk\" target=\"shanghai\" weight=\"2\" start=\"1992-01-01\" end=\"2003-12-31\">",
            "<edge id=\"p2\" source=\"shanghai\" target=\"minsk\" twinning:type=\"undirected\" weight=\"2.0\" start=\"2017-03-01\">",
            "<attvalue for=\"directed\" value=\"false\"/>", "<attvalue for=\"end_date\" value=\"2003\"/>",
            "<spell start=\"2001-01-01\" end=\"2003-12-31\"/>", "<spell start=\"2010-06-01\"/>",
            "<viz:position x=\"12.5\" y=\"-3.25\" z=\"0.5\"/>", "<viz:size value=\"10.0\"/>",
            "<viz:color r=\"255\" g=\"0\" b=\"51\" a=\"0.5019607843137255\"/>", "<viz:color r=\"17\" g=\"34\" b=\"51\"/>",
            "<viz:shape value=\"square\"/>", "<viz:thickness value=\"2.5\"/>", "<viz:shape value=\"dashed\"/>",
            "<node id=\"minsk\" label=\"Минск\" start=\"1067-01-01\" end=\"2030-06-30\">",
            "<twinning:metadata key=\"version\" type=\"long\">3</twinning:metadata>",
            "<description>Twin cities</description>",
        ]
        for piece in expected { XCTAssertTrue(text.contains(piece), "missing \(piece) in\n\(text)") }
        for kept in ["<attvalue for=\"x\" value=\"4.0\"/>", "<attvalue for=\"color\" value=\"teal\"/>",
                     "<attvalue for=\"size\" value=\"-1.0\"/>"] {
            XCTAssertTrue(text.contains(kept), "a value viz cannot hold stays an attvalue: \(kept)")
        }
        XCTAssertEqual(text.components(separatedBy: "for=\"x\"").count, 2, "only the node without y has an x attvalue")
        for absent in ["for=\"spells\"", "for=\"weight\"", " type=\"directed\"", "<creator>", "lastmodifieddate"] {
            XCTAssertFalse(text.contains(absent), "\(absent) should not be written")
        }
        let old = GEXFFormat.write(GEXFSamples.gephiFeatures(), version: .v1_2draft)
        XCTAssertTrue(old.contains("xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""))
        let allDirected = GEXFFormat.write(SampleDatasets.full(allDirected: true))
        XCTAssertFalse(allDirected.contains("twinning:type"), "a graph that is not mixed needs no extension")
        XCTAssertFalse(allDirected.contains("for=\"directed\""))
        let undirected = GEXFFormat.write(SampleDatasets.full(allUndirected: true))
        XCTAssertTrue(undirected.contains("defaultedgetype=\"undirected\""))
        let undated = Dataset(nodes: [Node(id: "a")], agreements: [Agreement(id: "x", from: "a", to: "a")])
        XCTAssertTrue(GEXFFormat.write(undated).contains("mode=\"static\""))
    }

    func testMetaCarriesMetadataAndSources() throws {
        var dataset = SampleDatasets.full()
        dataset.metadata["keywords"] = .string("twinning, Belarus")
        dataset.metadata["lastmodifieddate"] = .string("2024-02-29")
        let text = GEXFFormat.write(dataset)
        XCTAssertTrue(text.contains("<meta lastmodifieddate=\"2024-02-29\">"))
        XCTAssertTrue(text.contains("<keywords>twinning, Belarus</keywords>"))
        let read = try GEXFFormat.read(Array(text.utf8), file: "meta.gexf")
        XCTAssertEqual(read.metadata, dataset.metadata)
        XCTAssertEqual(read.sources, dataset.sources)
        XCTAssertFalse(text.contains("<creator>"), "no creator is invented")
        let bare = GEXFFormat.write(Dataset(nodes: [Node(id: "a")]))
        XCTAssertFalse(bare.contains("<meta"), "a dataset without metadata or sources has no <meta>")
        XCTAssertEqual(try GEXFFormat.read(Array(bare.utf8), file: "bare.gexf").metadata, [:])
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
              <edge source="a" target="b" start="2010-06" end="2012"/>
              <edge source="b" target="a" start="2011-02-03T10:00:00" type="undirected" weight="2"/>
              <edge source="b" target="a" kind="friendship" label="x"><spells><spell start="2012-12-31"/></spells></edge>
            </edges>
          </graph>
        </gexf>
        """
        let dataset = try GEXFFormat.read(SampleDatasets.bytes(text), file: "spells.gexf")
        XCTAssertEqual(dataset.nodes.map(\.label), ["A", "b"])
        XCTAssertEqual(dataset.agreements.map { $0.date?.description }, ["2009", "2010-06", "2011-02-03", "2012-12-31"])
        XCTAssertEqual(dataset.agreements.map { $0.endDate?.description }, [nil, "2012", nil, nil])
        XCTAssertEqual(dataset.agreements.map(\.directed), [true, true, false, true])
        XCTAssertEqual(dataset.agreements.map(\.kind), [.twinning, nil, nil, .friendship])
        XCTAssertEqual(dataset.agreements.map(\.id), ["e0", "e1", "e2", "e3"])
        XCTAssertEqual(dataset.agreements[2].weightValue, .integer(2))
        XCTAssertEqual(dataset.agreements[1].attributes, ["budget": .integer(5)])
        XCTAssertEqual(dataset.agreements[3].attributes, ["label": .string("x"), "budget": .integer(5),
                                                          "spells": .string("2012-12-31/")])
    }

    func testNumericSpellsAreNotDatesAndAreAnnounced() throws {
        let text = """
        <gexf><graph timeformat="double"><nodes><node id="a"/></nodes>
        <edges><edge source="a" target="a" start="2.5"/></edges></graph></gexf>
        """
        let dataset = try GEXFFormat.read(SampleDatasets.bytes(text), file: "numeric.gexf")
        XCTAssertNil(dataset.agreements[0].date)
        XCTAssertEqual(dataset.readingFindings.map(\.description),
                       ["numeric.gexf:2:8: warning: times that are numbers, not dates, are not kept (timeformat numeric)"])
        let unsaid = try GEXFFormat.read(SampleDatasets.bytes(text.replacingOccurrences(of: " timeformat=\"double\"", with: "")),
                                         file: "unsaid.gexf")
        XCTAssertNil(unsaid.agreements[0].date)
        XCTAssertEqual(unsaid.readingFindings.count, 1)
        let year = try GEXFFormat.read(SampleDatasets.bytes(text.replacingOccurrences(of: "2.5", with: "1995")), file: "year.gexf")
        XCTAssertNil(year.agreements[0].date, "timeformat double: 1995 is a number, not a year")
    }

    func testWhatCannotBeKeptIsAnnouncedAndHierarchyBecomesWithin() throws {
        let text = """
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
          <meta><title>T</title></meta>
          <graph defaultedgetype="undirected">
            <attributes class="graph"><attribute id="g" title="g" type="string"/></attributes>
            <nodes>
              <node id="by" label="Belarus"><nodes><node id="minsk"><viz:size value="big"/></node></nodes></node>
              <node id="brest" pid="by" intervals="[1,2]"><parents><parent for="by"/><parent for="minsk"/></parents></node>
            </nodes>
            <edges><edge source="minsk" target="brest"><viz:color r="300" g="0" b="0"/><hyperedge/></edge></edges>
          </graph>
        </gexf>
        """
        let dataset = try GEXFFormat.read(SampleDatasets.bytes(text), file: "odd.gexf")
        XCTAssertEqual(dataset.nodes.map(\.id), ["by", "minsk", "brest"])
        XCTAssertEqual(dataset.nodes.map(\.within), [nil, "by", "by"])
        XCTAssertEqual(dataset.nodes[2].attributes, ["parents": .string("by;minsk")])
        XCTAssertEqual(dataset.nodes[1].attributes, [:])
        XCTAssertEqual(dataset.readingFindings.map(\.description), [
            "odd.gexf:2:9: warning: <meta> child <title> is not kept",
            "odd.gexf:4:5: warning: <attributes class=\"graph\"> is not a GEXF class (node or edge): its attributes are not kept",
            "odd.gexf:6:61 (viz:size): error: expected value as a non-negative number, found 'big'",
            "odd.gexf:7:7: warning: intervals and timestamps lists are not kept (use <spells>)",
            "odd.gexf:9:48 (viz:color): error: expected r as an integer from 0 to 255, found '300'",
            "odd.gexf:9:80: warning: <hyperedge> is not part of GEXF as read here: its content is not kept",
        ])
    }
}

/// Datasets for the GEXF tests.
enum GEXFSamples {
    /// Everything Gephi and the model can say: mixed direction, parallel agreements, integer
    /// and double weights, end dates, several spells, dated nodes, positions, sizes, colours
    /// with and without alpha, shapes, thickness, every attribute type, unicode, metadata
    /// of every type and sources.
    static func gephiFeatures() -> Dataset {
        let nodes = [
            Node(id: "minsk", label: "Минск", type: .city, country: "BY",
                 attributes: ["x": .double(12.5), "y": .double(-3.25), "z": .double(0.5), "size": .double(10),
                              "color": .string("#ff003380"), "shape": .string("square"), "date": .string("1067"),
                              "end_date": .string("2030-06"), "population": .integer(1_996_553), "capital": .boolean(true)]),
            Node(id: "shanghai", label: "上海", type: .city, country: "CN",
                 attributes: ["x": .double(0), "y": .double(1e-7), "color": .string("#112233"),
                              "date": .string("2001-01-01"), "end_date": .string("2003-12-31"),
                              "spells": .string("2001-01-01/2003-12-31;2010-06-01/")]),
            Node(id: "lone", attributes: ["x": .double(4), "color": .string("teal"), "size": .double(-1)]),
        ]
        var first = Agreement(id: "p1", from: "minsk", to: "shanghai", kind: .twinning, date: PartialDate("1992"),
                              endDate: PartialDate("2003"), directed: true,
                              provenance: Provenance(source: "s2", quote: "«побратимы» & 友好城市"),
                              attributes: ["thickness": .double(2.5), "color": .string("#00ff00"), "shape": .string("dashed"),
                                           "spells": .string("1992-01-01/2003-12-31;2008-05-01/2012-01-31")])
        first.weightValue = .integer(2)
        var second = Agreement(id: "p2", from: "shanghai", to: "minsk", kind: .cooperation, date: PartialDate("2017-03"),
                               directed: false, attributes: ["budget": .integer(-7), "ratio": .double(0.25)])
        second.weightValue = .double(2)
        let third = Agreement(id: "p3", from: "minsk", to: "shanghai", kind: .investment, date: PartialDate("2019-05-14"),
                              endDate: PartialDate("2020-02-29"), status: .signed, directed: true,
                              attributes: ["color": .string("#abcdef")])
        return Dataset(nodes: nodes, agreements: [first, second, third], sources: SampleDatasets.sources(),
                              metadata: ["description": .string("Twin cities"), "version": .integer(3),
                                         "complete": .boolean(false), "coverage": .double(0.75), "title": .string("Тест")])
    }
}
