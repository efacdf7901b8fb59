import Foundation
import TestSupport
import XCTest
@testable import Graph

/// What we write, networkx reads (with the same counts and attributes); what networkx writes,
/// we read. Skipped when python3 with networkx is missing.
final class NetworkxInteropTests: XCTestCase {
    /// Prints, as JSON, what networkx sees in a file.
    static let summary = """
    import json, sys, networkx as nx
    path = sys.argv[1]
    g = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d})
    edge_keys = sorted({k for *_, d in g.edges(data=True) for k in d})
    minsk = g.nodes["minsk"]
    print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
        "node_keys": node_keys, "edge_keys": edge_keys, "label": minsk.get("label"),
        "types": {k: type(v).__name__ for k, v in minsk.items()}, "population": minsk.get("population")}))
    """

    func networkxSummary(of text: String, named name: String) throws -> [String: Any] {
        let folder = try scratchFolder("interop")
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        let output = try Python.output(Self.summary, arguments: [url.path])
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    func assertNetworkxSees(_ dataset: Dataset, in text: String, named name: String,
                            extraEdgeKeys: Set<String> = [], file: StaticString = #filePath, line: UInt = #line) throws {
        let seen = try networkxSummary(of: text, named: name)
        XCTAssertEqual(seen["nodes"] as? Int, dataset.nodes.count, name, file: file, line: line)
        XCTAssertEqual(seen["edges"] as? Int, dataset.agreements.count, name, file: file, line: line)
        XCTAssertEqual(seen["directed"] as? Bool, dataset.hasDirectedAgreements, name, file: file, line: line)
        XCTAssertEqual(seen["label"] as? String, "Минск", name, file: file, line: line)
        XCTAssertEqual(seen["population"] as? Int, 1_996_553, name, file: file, line: line)
        let types = seen["types"] as? [String: String] ?? [:]
        XCTAssertEqual(types["population"], "int", name, file: file, line: line)
        XCTAssertEqual(types["area"], "float", name, file: file, line: line)
        XCTAssertEqual(types["capital"], "bool", name, file: file, line: line)
        XCTAssertEqual(types["note"], "str", name, file: file, line: line)
        let nodeKeys = Set(dataset.nodeAttributeTypes.map(\.key)).union(["label", "type", "country", "within", "aliases"])
        XCTAssertEqual(Set(seen["node_keys"] as? [String] ?? []), nodeKeys, name, file: file, line: line)
        let edgeKeys = Set(dataset.agreementAttributeTypes.map(\.key))
            .union(["kind", "date", "status", "weight", "source", "locator", "quote", "url"]).union(extraEdgeKeys)
        XCTAssertEqual(Set(seen["edge_keys"] as? [String] ?? []), edgeKeys, name, file: file, line: line)
    }

    func testNetworkxReadsOurGraphML() throws {
        try Python.requireNetworkx()
        let mixed = SampleDatasets.full()
        try assertNetworkxSees(mixed, in: GraphMLFormat.write(mixed), named: "mixed.graphml", extraEdgeKeys: ["directed", "id"])
        let directed = SampleDatasets.full(allDirected: true)
        try assertNetworkxSees(directed, in: GraphMLFormat.write(directed), named: "directed.graphml", extraEdgeKeys: ["id"])
    }

    func testNetworkxReadsOurGEXF() throws {
        try Python.requireNetworkx()
        for version in GEXFVersion.allCases {
            let undirected = SampleDatasets.full(allUndirected: true)
            try assertNetworkxSees(undirected, in: GEXFFormat.write(undirected, version: version),
                                   named: "undirected.gexf", extraEdgeKeys: ["id", "start"])
            let directed = SampleDatasets.full(allDirected: true)
            try assertNetworkxSees(directed, in: GEXFFormat.write(directed, version: version),
                                   named: "directed.gexf", extraEdgeKeys: ["id", "start"])
        }
    }

    /// Files networkx writes: a multigraph with typed attributes, a directed graph, Les Misérables.
    static let writer = """
    import os, sys, networkx as nx
    d = sys.argv[1]
    m = nx.MultiGraph()
    m.add_node("a", label="Alpha", population=10, ratio=0.5, capital=True, name="Альфа")
    m.add_node("b", population=20, ratio=1.5, capital=False, name="上海 & <co>")
    m.add_edge("a", "b", weight=1.0, kind="twinning", since=1990)
    m.add_edge("a", "b", weight=2.5, kind="cooperation", since=2001)
    m.add_edge("b", "b", weight=0.5, kind="other", since=2010)
    g = nx.DiGraph()
    g.add_edge("x", "y", weight=3.0)
    g.add_edge("y", "z", weight=0.25)
    for name, graph in [("multi", m), ("directed", g), ("lesmis", nx.les_miserables_graph())]:
        nx.write_graphml(graph, os.path.join(d, name + ".graphml"))
        nx.write_gexf(graph, os.path.join(d, name + ".gexf"))
    """

    func testReadsWhatNetworkxWrites() throws {
        try Python.requireNetworkx()
        let folder = try scratchFolder("interop")
        _ = try Python.output(Self.writer, arguments: [folder.path])
        for format in ["graphml", "gexf"] {
            func read(_ name: String) throws -> Dataset {
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(name).\(format)")))
                return format == "gexf" ? try GEXFFormat.read(bytes, file: name) : try GraphMLFormat.read(bytes, file: name)
            }
            let multi = try read("multi")
            XCTAssertEqual(multi.nodes.map(\.label), ["Alpha", "b"], format)
            XCTAssertEqual(multi.nodes[0].attributes, ["population": .integer(10), "ratio": .double(0.5),
                                                       "capital": .boolean(true), "name": .string("Альфа")], format)
            XCTAssertEqual(multi.nodes[1].attributes["name"], .string("上海 & <co>"), format)
            XCTAssertEqual(multi.agreements.map(\.weight), [1.0, 2.5, 0.5], format)
            XCTAssertEqual(multi.agreements.map(\.kind), [.twinning, .cooperation, .other], format)
            XCTAssertEqual(multi.agreements.map { $0.attributes["since"] }, [.integer(1990), .integer(2001), .integer(2010)], format)
            XCTAssertFalse(multi.agreements.contains(where: \.directed), format)
            let directed = try read("directed")
            XCTAssertTrue(directed.isDirected, format)
            XCTAssertEqual(directed.agreements.map(\.weight), [3.0, 0.25], format)
            let lesMiserables = try read("lesmis")
            XCTAssertEqual(lesMiserables.nodes.count, 77, format)
            XCTAssertEqual(lesMiserables.agreements.count, 254, format)
            XCTAssertFalse(lesMiserables.agreements.contains { $0.weight == nil }, format)
            XCTAssertEqual(lesMiserables.agreementOrigins.count, 254, format)
        }
    }
}
