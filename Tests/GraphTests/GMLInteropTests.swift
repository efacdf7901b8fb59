import Foundation
import TestSupport
import XCTest
@testable import Graph

/// GML through networkx and igraph: they read what Twinning writes (directed agreements with
/// their endpoints), and Twinning reads what they write back. Skipped without python3 and
/// the module.
final class GMLInteropTests: XCTestCase {
    /// A mixed dataset in ASCII (igraph does not decode character references).
    static func asciiMixed() -> Dataset {
        var dataset = Dataset(metadata: ["title": .string("mixed & small")])
        dataset.nodes = [
            Node(id: "minsk", label: "Minsk", type: .city, country: "Belarus", attributes: ["population": .integer(1_996_553), "x": .double(1.5), "y": .double(-2)]),
            Node(id: "harbin", label: "Harbin", type: .city, country: "China", attributes: ["population": .integer(10_000_000)]),
            Node(id: "mtz", label: "Minsk Tractor Works", type: .firm, within: "minsk"),
        ]
        dataset.agreements = [
            Agreement(id: "a1", from: "mtz", to: "harbin", kind: .tradeContract, date: PartialDate("1968"), directed: true),
            Agreement(id: "a2", from: "harbin", to: "minsk", kind: .twinning, date: PartialDate("1992-06"), endDate: PartialDate("2020")),
            Agreement(id: "a3", from: "harbin", to: "mtz", kind: .investment, date: PartialDate("2015-03-01"), directed: true),
            Agreement(id: "a4", from: "harbin", to: "mtz", kind: .cooperation, directed: false),
        ]
        dataset.agreements[0].weightValue = .integer(4)
        dataset.agreements[2].weightValue = .double(2.5)
        return dataset
    }

    static let networkxRewrite = """
    import sys, networkx as nx
    g = nx.read_gml(sys.argv[1])
    nx.write_gml(g, sys.argv[2])
    """

    func testNetworkxRewritesOurGMLWithoutLoss() throws {
        try Python.requireNetworkx()
        for seed: UInt64 in [11, 12] {
            let dataset = FormatTestData.featured(seed: seed)
            let bytes = try FormatTestData.rewrite(GMLFormat.write(dataset), named: "g.gml", script: Self.networkxRewrite)
            var back = try GMLFormat.read(bytes, file: "networkx.gml")
            // networkx lists edges by node adjacency, not in file order.
            let order = Dictionary(uniqueKeysWithValues: dataset.agreements.enumerated().map { ($1.id, $0) })
            back.agreements.sort { order[$0.id] ?? 0 < order[$1.id] ?? 0 }
            FormatTestData.assertSame(back, dataset, "seed \(seed) through networkx")
        }
    }

    func testNetworkxSeesDirectedAgreementsWithTheirEndpoints() throws {
        try Python.requireNetworkx()
        let dataset = FormatTestData.featured(seed: 21)
        let output = try FormatTestData.inspect(GMLFormat.write(dataset), named: "g.gml", script: """
        import sys, json, networkx as nx
        g = nx.read_gml(sys.argv[1])
        arcs = sorted(f"{u}>{v}" for u, v, d in g.edges(data=True) if d.get("directed", 1) == 1)
        node = next(iter(g.nodes(data=True)))[1]
        print(json.dumps({"directed": g.is_directed(), "multigraph": g.is_multigraph(), "edges": g.number_of_edges(),
                          "nodes": g.number_of_nodes(), "arcs": arcs}))
        """)
        let seen = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(seen["directed"] as? Bool, true)
        XCTAssertEqual(seen["multigraph"] as? Bool, true)
        XCTAssertEqual(seen["nodes"] as? Int, dataset.nodes.count)
        XCTAssertEqual(seen["edges"] as? Int, dataset.agreements.count)
        let arcs = dataset.agreements.filter(\.directed).map { "\($0.from)>\($0.to)" }.sorted()
        XCTAssertEqual(seen["arcs"] as? [String], arcs)
    }

    func testNetworkxMultigraphKeysSurviveTwinning() throws {
        try Python.requireNetworkx()
        let folder = try scratchFolder("interop")
        let written = folder.appendingPathComponent("nx.gml"), ours = folder.appendingPathComponent("ours.gml")
        _ = try Python.output("""
        import sys, networkx as nx
        m = nx.MultiGraph()
        m.add_node(1, name="Альфа", ok=True)
        m.add_node(2)
        m.add_edge(1, 2, weight=2, kind="twinning")
        m.add_edge(1, 2, weight=0.5)
        nx.write_gml(m, sys.argv[1])
        """, arguments: [written.path])
        let dataset = try DatasetIO.read(written.path)
        XCTAssertEqual(dataset.nodes.map(\.id), ["1", "2"])
        XCTAssertEqual(dataset.nodes[0].label, "Альфа")
        XCTAssertEqual(dataset.nodes[0].attributes["ok"], .integer(1))
        XCTAssertEqual(dataset.agreements.map(\.weightValue), [.integer(2), .double(0.5)])
        try DatasetIO.write(dataset, to: ours.path)
        let output = try Python.output("""
        import sys, networkx as nx
        g = nx.read_gml(sys.argv[1])
        print(g.is_multigraph(), sorted(g["1"]["2"].keys()), g["1"]["2"][0]["weight"], g.nodes["1"]["name"])
        """, arguments: [ours.path])
        XCTAssertEqual(output.trimmingWhitespace(), "True [0, 1] 2 Альфа")
    }

    func testIgraphReadsOurGMLAndTwinningReadsItsRewrite() throws {
        try Python.requireIgraph()
        let dataset = Self.asciiMixed()
        let output = try FormatTestData.inspect(GMLFormat.write(dataset), named: "g.gml", script: """
        import sys, igraph as ig
        g = ig.Graph.Read_GML(sys.argv[1])
        arcs = sorted(f"{g.vs[e.source]['label']}>{g.vs[e.target]['label']}" for e in g.es if e["directed"] != 0)
        print(g.is_directed(), g.vcount(), g.ecount(), arcs)
        """)
        XCTAssertEqual(output.trimmingWhitespace(), "True 3 4 ['harbin>mtz', 'mtz>harbin']")
        let bytes = try FormatTestData.rewrite(GMLFormat.write(dataset), named: "g.gml", script: """
        import sys, igraph as ig
        ig.Graph.Read_GML(sys.argv[1]).write_gml(sys.argv[2])
        """)
        let back = try GMLFormat.read(bytes, file: "igraph.gml")
        XCTAssertEqual(FormatTestData.links(back), FormatTestData.links(dataset))
        XCTAssertEqual(back.nodes.map(\.id), dataset.nodes.map(\.id))
        XCTAssertEqual(back.nodes.map(\.label), dataset.nodes.map(\.label))
        XCTAssertEqual(back.agreements.map(\.id), dataset.agreements.map(\.id))
        XCTAssertEqual(back.agreements.map(\.kind), dataset.agreements.map(\.kind))
        XCTAssertEqual(back.agreements.map(\.date), dataset.agreements.map(\.date))
        XCTAssertEqual(back.agreements.map(\.endDate), dataset.agreements.map(\.endDate))
        XCTAssertEqual(back.agreements.map(\.weight), dataset.agreements.map(\.weight))
        XCTAssertEqual(back.nodes[0].attributes["population"], .integer(1_996_553))
        XCTAssertNil(back.nodes[0].attributes["x"], "igraph drops composite attributes such as graphics")
        XCTAssertEqual(back.metadata["title"], .string("mixed & small"))
    }
}
