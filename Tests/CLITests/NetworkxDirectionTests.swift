import Foundation
import TestSupport
import XCTest
import Graph

/// The bundled dataset mixes 366 directed agreements (investments, supplies) with undirected
/// ones. Written as GraphML or node-link JSON, read and rewritten by networkx (and igraph for
/// GraphML), then read back, every directed agreement keeps its origin and destination and the
/// directed view keeps its 240 strong components (issue 9: 196 came back reversed, and networkx
/// counted 235). Also: networkx multigraph keys and integer node ids survive networkx →
/// Twinning → networkx. Skipped when python3, networkx or igraph is missing.
final class NetworkxDirectionTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("cli") }

    static let bundled = "graphs/belarus-asia"

    /// Reads `sys.argv[1]`, rewrites it to `sys.argv[2]` with networkx, and prints whether the
    /// graph is directed and a multigraph, and the strong components of the directed view
    /// (a directed agreement one arc, an undirected one both arcs).
    static let networkxRewrite = """
    import json, sys, networkx as nx
    source, target = sys.argv[1], sys.argv[2]
    if source.endswith(".graphml"):
        G = nx.read_graphml(source); nx.write_graphml(G, target)
    else:
        G = nx.node_link_graph(json.load(open(source)), edges="edges")
        json.dump(nx.node_link_data(G, edges="edges"), open(target, "w"))
    D = nx.DiGraph(); D.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        D.add_edge(u, v)
        if not G.is_directed() or d.get("directed") is False: D.add_edge(v, u)
    print(G.is_directed(), G.is_multigraph(), nx.number_strongly_connected_components(D))
    """

    static let igraphRewrite = """
    import sys, igraph as ig
    g = ig.Graph.Read_GraphML(sys.argv[1]); g.write_graphml(sys.argv[2])
    arcs = []
    for e in g.es:
        arcs.append((e.source, e.target))
        if e["directed"] is False: arcs.append((e.target, e.source))
    view = ig.Graph(n=g.vcount(), edges=arcs, directed=True)
    print(g.is_directed(), len(view.connected_components(mode="strong")))
    """

    func strongComponents(_ path: String) throws -> Int? {
        let result = try Twinning.run(["stats", path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return json?["strong_components"] as? Int
    }

    /// Every agreement of `original` is in `path` with the same endpoints and direction.
    func assertDirectionKept(_ original: Dataset, in path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let back = try DatasetIO.read(path)
        XCTAssertEqual(back.readingFindings, [], file: file, line: line)
        XCTAssertEqual(back.agreements.count, original.agreements.count, file: file, line: line)
        let byID = Dictionary(back.agreements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reversed = 0, missing = 0, directionChanged = 0
        for agreement in original.agreements {
            guard let read = byID[agreement.id] else { missing += 1; continue }
            if read.directed != agreement.directed { directionChanged += 1 }
            if agreement.directed && (read.from, read.to) != (agreement.from, agreement.to) { reversed += 1 }
        }
        XCTAssertEqual(reversed, 0, "directed agreements reversed in \(path)", file: file, line: line)
        XCTAssertEqual(missing, 0, "agreements missing in \(path)", file: file, line: line)
        XCTAssertEqual(directionChanged, 0, "agreements whose direction changed in \(path)", file: file, line: line)
        XCTAssertEqual(back.agreements.filter(\.directed).count, original.agreements.filter(\.directed).count, path, file: file, line: line)
        XCTAssertEqual(try strongComponents(path), try strongComponents(Self.bundled), path, file: file, line: line)
    }

    func testNetworkxKeepsEveryDirectedAgreementOfTheBundledDataset() throws {
        let original = try DatasetIO.read(Repository.root.appendingPathComponent(Self.bundled).path)
        let strong = try XCTUnwrap(try strongComponents(Self.bundled))
        XCTAssertGreaterThan(strong, 1)
        for ext in ["graphml", "json"] {
            let ours = work.appendingPathComponent("ba.\(ext)").path, theirs = work.appendingPathComponent("nx.\(ext)").path
            let converted = try Twinning.run(["convert", Self.bundled, "-o", ours])
            XCTAssertEqual(converted.status, 0, converted.stderr)
            let rewritten = try Python.run(Self.networkxRewrite, arguments: [ours, theirs], requiring: ["networkx"])
            XCTAssertEqual(rewritten.status, 0, rewritten.stderr)
            XCTAssertEqual(rewritten.stdout, "True True \(strong)\n", ext)
            try assertDirectionKept(original, in: theirs)
            let back = try DatasetIO.read(theirs)
            XCTAssertEqual(back.nodes, original.nodes, ext)
            XCTAssertEqual(back.sources, original.sources, ext)
            XCTAssertEqual(back.metadata, original.metadata, ext)
            // Every field of every agreement, matched by id (networkx reorders edges by node).
            let byID = Dictionary(back.agreements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let changed = original.agreements.filter { byID[$0.id] != $0 }.map(\.id)
            XCTAssertEqual(changed, [], "\(ext): \(changed.first.flatMap { byID[$0] }.map { "\($0)" } ?? "")")
        }
    }

    func testIgraphKeepsEveryDirectedAgreementOfTheBundledDataset() throws {
        let original = try DatasetIO.read(Repository.root.appendingPathComponent(Self.bundled).path)
        let ours = work.appendingPathComponent("ba.graphml").path, theirs = work.appendingPathComponent("igraph.graphml").path
        XCTAssertEqual(try Twinning.run(["convert", Self.bundled, "-o", ours]).status, 0)
        let rewritten = try Python.run(Self.igraphRewrite, arguments: [ours, theirs], requiring: ["igraph"])
        XCTAssertEqual(rewritten.status, 0, rewritten.stderr)
        XCTAssertEqual(rewritten.stdout, "True \(try XCTUnwrap(try strongComponents(Self.bundled)))\n")
        try assertDirectionKept(original, in: theirs)
        // igraph names nodes n0, n1, ... and keeps the ids as `id` data: the ids come back.
        let back = try DatasetIO.read(theirs)
        XCTAssertEqual(back.nodes.map(\.id), original.nodes.map(\.id))
        XCTAssertEqual(back.nodes.map(\.label), original.nodes.map(\.label))
    }

    /// networkx → Twinning → networkx: multigraph keys (`G[1][2][0]`), integer node ids (JSON)
    /// and integer weights keep their types.
    static let multigraphWriter = """
    import json, sys, networkx as nx
    M = nx.MultiGraph()
    M.add_edge(1, 2, weight=3, kind="twinning")
    M.add_edge(1, 2, weight=2.5)
    M.add_edge(2, 3, weight=7)
    json.dump(nx.node_link_data(M, edges="edges"), open(sys.argv[1], "w"))
    nx.write_graphml(M, sys.argv[2])
    """

    static let multigraphReader = """
    import json, sys, networkx as nx
    J = nx.node_link_graph(json.load(open(sys.argv[1])), edges="edges")
    G = nx.read_graphml(sys.argv[2])
    def show(w): return type(w).__name__ + ":" + str(w)
    print(J.is_multigraph(), sorted(J.nodes), show(J[1][2][0]["weight"]), show(J[1][2][1]["weight"]), J[1][2][0]["kind"], show(J[2][3][0]["weight"]))
    print(G.is_multigraph(), sorted(G.nodes), show(G["1"]["2"][0]["weight"]), show(G["1"]["2"][1]["weight"]), G["1"]["2"][0]["kind"], show(G["2"]["3"][0]["weight"]))
    """

    func testNetworkxMultigraphKeysIntegerIDsAndWeightsSurvive() throws {
        let json = work.appendingPathComponent("nx.json").path, graphml = work.appendingPathComponent("nx.graphml").path
        let made = try Python.run(Self.multigraphWriter, arguments: [json, graphml], requiring: ["networkx"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let jsonBack = work.appendingPathComponent("twinning.json").path
        let graphmlBack = work.appendingPathComponent("twinning.graphml").path
        for (input, output) in [(json, jsonBack), (graphml, graphmlBack)] {
            let converted = try Twinning.run(["convert", input, "-o", output])
            XCTAssertEqual(converted.status, 0, converted.stderr)
        }
        let read = try Python.run(Self.multigraphReader, arguments: [jsonBack, graphmlBack], requiring: ["networkx"])
        XCTAssertEqual(read.status, 0, read.stderr)
        // GraphML (networkx's read_graphml) has string node ids; the weights, which mix 3, 2.5
        // and 7, are written under a long and a double key of one name, so each keeps its type.
        XCTAssertEqual(read.stdout, """
        True [1, 2, 3] int:3 float:2.5 twinning int:7
        True ['1', '2', '3'] int:3 float:2.5 twinning int:7

        """)
    }
}
