import Foundation
import TestSupport
import XCTest
@testable import Graph

/// GEXF as Gephi 0.10 writes it, and the bundled dataset through networkx (read and rewrite).
final class GEXFInteropTests: XCTestCase {
    /// Written by hand as Gephi 0.10's exporter writes a mixed, dynamic graph: the
    /// `www.gexf.net/1.3` namespace, no defaultedgetype with per-edge types, `weight` as a
    /// Java double, one spell as `start`/`end`, several as `<spells>`, viz after attvalues.
    static let gephiFile = """
    <?xml version='1.0' encoding='UTF-8'?>
    <gexf xmlns="http://www.gexf.net/1.3" version="1.3" xmlns:viz="http://www.gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.3 http://www.gexf.net/1.3/gexf.xsd">
      <meta lastmodifieddate="2024-05-17">
        <creator>Gephi 0.9</creator>
        <description></description>
      </meta>
      <graph timeformat="date" timerepresentation="interval" mode="dynamic">
        <attributes class="node" mode="static">
          <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>
          <attribute id="pagerank" title="PageRank" type="double"></attribute>
        </attributes>
        <attributes class="edge" mode="static">
          <attribute id="kind" title="kind" type="string"></attribute>
        </attributes>
        <nodes>
          <node id="minsk" label="Minsk" start="1991-12-25">
            <attvalues>
              <attvalue for="modularity_class" value="2"></attvalue>
              <attvalue for="pagerank" value="0.0123"></attvalue>
            </attvalues>
            <viz:size value="12.5"></viz:size>
            <viz:position x="-120.43" y="88.0" z="3.5"></viz:position>
            <viz:color r="31" g="119" b="180" a="0.6"></viz:color>
          </node>
          <node id="shanghai" label="上海">
            <spells>
              <spell start="2001-01-01" end="2003-12-31"></spell>
              <spell start="2010-06-01"></spell>
            </spells>
            <viz:size value="4.0"></viz:size>
            <viz:position x="10.0" y="-5.0"></viz:position>
            <viz:color r="255" g="127" b="14"></viz:color>
          </node>
        </nodes>
        <edges>
          <edge id="0" source="minsk" target="shanghai" type="directed" weight="2.0" start="1992-01-01" end="2003-12-31">
            <viz:color r="44" g="160" b="44"></viz:color>
            <attvalues>
              <attvalue for="kind" value="investment"></attvalue>
            </attvalues>
          </edge>
          <edge id="1" source="shanghai" target="minsk" type="undirected" label="partners">
            <spells>
              <spell start="1992-05-01" end="1999-12-31"></spell>
              <spell start="2005-01-01" end="2012-06-30"></spell>
            </spells>
            <attvalues>
              <attvalue for="kind" value="twinning"></attvalue>
            </attvalues>
          </edge>
        </edges>
      </graph>
    </gexf>
    """

    func testReadsEveryValueOfAGephiFile() throws {
        let dataset = try GEXFFormat.read(SampleDatasets.bytes(Self.gephiFile), file: "gephi.gexf")
        XCTAssertEqual(dataset.readingFindings, [])
        XCTAssertEqual(dataset.metadata, ["creator": .string("Gephi 0.9"), "description": .string(""),
                                          "lastmodifieddate": .string("2024-05-17")])
        XCTAssertEqual(dataset.nodes, [
            Node(id: "minsk", label: "Minsk", attributes: [
                "Modularity Class": .integer(2), "PageRank": .double(0.0123), "size": .double(12.5),
                "x": .double(-120.43), "y": .double(88), "z": .double(3.5), "color": .string("#1f77b499"),
                "date": .string("1991-12-25")]),
            Node(id: "shanghai", label: "上海", attributes: [
                "size": .double(4), "x": .double(10), "y": .double(-5), "color": .string("#ff7f0e"),
                "date": .string("2001-01-01"), "end_date": .string("2003-12-31"),
                "spells": .string("2001-01-01/2003-12-31;2010-06-01/")]),
        ])
        var investment = Agreement(id: "0", from: "minsk", to: "shanghai", kind: .investment,
                                   date: PartialDate("1992-01-01"), endDate: PartialDate("2003-12-31"), directed: true,
                                   attributes: ["color": .string("#2ca02c")])
        investment.weightValue = .double(2)
        let twinning = Agreement(id: "1", from: "shanghai", to: "minsk", kind: .twinning, date: PartialDate("1992-05-01"),
                                 endDate: PartialDate("1999-12-31"), directed: false,
                                 attributes: ["label": .string("partners"),
                                              "spells": .string("1992-05-01/1999-12-31;2005-01-01/2012-06-30")])
        XCTAssertEqual(dataset.agreements, [investment, twinning])
        // And back: what Gephi gave is written as Gephi reads it.
        let text = GEXFFormat.write(dataset)
        for piece in ["<viz:color r=\"31\" g=\"119\" b=\"180\" a=\"0.6\"/>", "<viz:position x=\"-120.43\" y=\"88.0\" z=\"3.5\"/>",
                      "<spell start=\"2005-01-01\" end=\"2012-06-30\"/>", "twinning:type=\"undirected\" start=\"1992-05-01\" end=\"1999-12-31\""] {
            XCTAssertTrue(text.contains(piece), "missing \(piece)")
        }
    }

    /// networkx reads our GEXF of the bundled dataset as a MultiDiGraph with every directed
    /// agreement from → to, rewrites it, and we read the rewrite with the same directions.
    func testBundledDatasetThroughNetworkxKeepsEveryDirection() throws {
        try Python.requireNetworkx()
        let dataset = try DatasetIO.read(BelarusAsiaDatasetTests.folder)
        XCTAssertTrue(dataset.agreements.contains { $0.directed } && dataset.agreements.contains { !$0.directed })
        let folder = try scratchFolder("interop")
        let ours = folder.appendingPathComponent("ba.gexf"), theirs = folder.appendingPathComponent("ba-networkx.gexf")
        try Data(GEXFFormat.write(dataset).utf8).write(to: ours)
        let script = """
        import json, sys, networkx as nx
        g = nx.read_gexf(sys.argv[1])
        print(json.dumps({"type": type(g).__name__, "edges": [[u, v, d["id"], d.get("directed")] for u, v, d in g.edges(data=True)]}))
        nx.write_gexf(g, sys.argv[2])
        """
        let output = try Python.output(script, arguments: [ours.path, theirs.path])
        let seen = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(seen["type"] as? String, "MultiDiGraph")
        let edges = try XCTUnwrap(seen["edges"] as? [[Any]])
        XCTAssertEqual(edges.count, dataset.agreements.count)
        let byID = Dictionary(uniqueKeysWithValues: dataset.agreements.map { ($0.id, $0) })
        var reversed = 0
        for edge in edges {
            let agreement = try XCTUnwrap(byID[edge[2] as? String ?? ""])
            if agreement.directed, (edge[0] as? String, edge[1] as? String) != (agreement.from, agreement.to) { reversed += 1 }
            XCTAssertEqual(edge[3] as? Bool, agreement.directed, agreement.id)
        }
        XCTAssertEqual(reversed, 0, "directed agreements networkx reads reversed")
        let rewritten = try GEXFFormat.read(Array(try Data(contentsOf: theirs)), file: theirs.path)
        XCTAssertEqual(rewritten.agreements.count, dataset.agreements.count)
        for agreement in rewritten.agreements {
            let original = try XCTUnwrap(byID[agreement.id])
            XCTAssertEqual(agreement.directed, original.directed, agreement.id)
            if original.directed { XCTAssertEqual([agreement.from, agreement.to], [original.from, original.to], agreement.id) }
            XCTAssertEqual(agreement.date, original.date, agreement.id)
            XCTAssertEqual(agreement.kind, original.kind, agreement.id)
        }
    }
}
