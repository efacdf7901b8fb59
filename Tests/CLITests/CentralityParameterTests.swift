import Foundation
import TestSupport
import XCTest

/// `centrality`'s parameters with networkx's names and defaults, and `--exact`, against
/// networkx (3.6.1, scripts/requirements.txt) on the same graphs, written by networkx as
/// GraphML: every value to 1e-9, and `--exact` to 1e-10 against networkx's tight or direct
/// solvers. Skipped without python3 and networkx.
final class CentralityParameterTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("centrality-parameters") }

    /// Writes `graph` (a networkx expression over `nx`) to g.graphml and returns networkx's
    /// values of each measure (a Python expression over G giving a dict by node; None when
    /// networkx raises).
    func reference(_ graph: String, _ measures: [String: String]) throws -> (path: String, values: [String: [String: Double]?]) {
        let path = work.appendingPathComponent("g.graphml").path
        let script = """
        import json, sys, networkx as nx
        G = \(graph)
        for v in G: G.nodes[v]["p"] = int(v) % 4; G.nodes[v]["d"] = (int(v) * 7) % 5
        nx.write_graphml(G, sys.argv[1])
        G = nx.read_graphml(sys.argv[1])
        P = {v: G.nodes[v]["p"] for v in G}; D = {v: G.nodes[v]["d"] for v in G}
        out = {}
        def safe(f):
            try: return {str(k): float(x) for k, x in f().items()}
            except Exception: return None
        \(measures.sorted { $0.key < $1.key }.map { "out[\"\($0.key)\"] = safe(lambda: \($0.value))" }.joined(separator: "\n"))
        print(json.dumps(out))
        """
        let result = try Python.run(script, arguments: [path], requiring: ["networkx", "scipy"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let values = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (path, values.mapValues { $0 as? [String: Double] })
    }

    /// Runs `twinning centrality PATH --only --measures M --format csv ARGS` and compares the
    /// column with networkx's values.
    func check(_ path: String, _ measure: String, _ arguments: [String], _ expected: [String: Double]??,
               tolerance: Double = 1e-9, file: StaticString = #filePath, line: UInt = #line) throws {
        // A directed GraphML (networkx's DiGraph) is compared on the directed view.
        let directed = (try? String(contentsOfFile: path, encoding: .utf8))?.contains("edgedefault=\"directed\"") == true
        let run = try Twinning.run(["centrality", path, "--only", "--measures", measure, "--format", "csv", "--quiet"]
                                       + (directed ? ["--directed"] : []) + arguments)
        XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
        let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard let expected = expected ?? nil else {
            XCTAssertTrue(rows.allSatisfy { $0.last?.isEmpty == true }, "\(measure) \(arguments): networkx raised, the column must be empty", file: file, line: line)
            return
        }
        XCTAssertEqual(rows.count, expected.count, file: file, line: line)
        for row in rows {
            let id = String(row[0]), have = Double(row.last ?? "") ?? .nan
            let want = expected[id] ?? .nan
            XCTAssertEqual(have, want, accuracy: tolerance * max(1, abs(want)), "\(measure) \(arguments) of \(id)", file: file, line: line)
        }
    }

    static let directed = "nx.gnp_random_graph(30, 0.1, seed=3, directed=True)"

    func testPageRankParameters() throws {
        let (path, nx) = try reference(Self.directed, [
            "alpha": "nx.pagerank(G, alpha=0.7)",
            "personalization": "nx.pagerank(G, personalization=P)",
            "dangling": "nx.pagerank(G, personalization=P, dangling=D)",
            "tol": "nx.pagerank(G, tol=1e-3, max_iter=500)",
            "max_iter": "nx.pagerank(G, max_iter=3)",
        ])
        try check(path, "pagerank", ["--alpha", "0.7"], nx["alpha"])
        try check(path, "pagerank", ["--personalization", "p"], nx["personalization"])
        try check(path, "pagerank", ["--personalization", "p", "--dangling", "d"], nx["dangling"])
        try check(path, "pagerank", ["--tol", "1e-3", "--max-iter", "500"], nx["tol"])
        try check(path, "pagerank", ["--max-iter", "3"], nx["max_iter"])
    }

    func testKatzClosenessAndBetweennessParameters() throws {
        let (path, nx) = try reference("nx.karate_club_graph()", [
            "katz": "nx.katz_centrality(G, alpha=0.05, beta=2.0)",
            "endpoints": "nx.betweenness_centrality(G, endpoints=True, normalized=False)",
            "raw": "nx.betweenness_centrality(G, normalized=False)",
            "eigenvector": "nx.eigenvector_centrality(G, tol=1e-3)",
        ])
        try check(path, "katz", ["--katz-alpha", "0.05", "--beta", "2"], nx["katz"])
        try check(path, "betweenness", ["--endpoints", "--raw"], nx["endpoints"])
        try check(path, "betweenness", ["--raw"], nx["raw"])
        try check(path, "eigenvector", ["--tol", "1e-3"], nx["eigenvector"])
    }

    func testClosenessWithoutTheCorrection() throws {
        // Two components, so wf_improved matters.
        let (path, nx) = try reference("nx.disjoint_union(nx.karate_club_graph(), nx.path_graph(4))", [
            "plain": "nx.closeness_centrality(G, wf_improved=False)", "improved": "nx.closeness_centrality(G)",
        ])
        try check(path, "closeness", ["--wf-improved", "false"], nx["plain"])
        try check(path, "closeness", [], nx["improved"])
        XCTAssertNotEqual(nx["plain"]??["0"], nx["improved"]??["0"], "the correction changes the values here")
    }

    func testExactAgainstNetworkxTightOrDirectSolvers() throws {
        let (path, nx) = try reference(Self.directed, [
            "pagerank": "nx.pagerank(G, tol=1e-13, max_iter=100000)",
            "katz": "nx.katz_centrality_numpy(G, alpha=0.1)",
            "hub": "nx.hits(G)[0]",
        ])
        try check(path, "pagerank", ["--exact"], nx["pagerank"], tolerance: 1e-10)
        try check(path, "katz", ["--exact"], nx["katz"], tolerance: 1e-10)
        try check(path, "hits_hub", ["--exact"], nx["hub"], tolerance: 1e-10)
        let (undirected, karate) = try reference("nx.karate_club_graph()", [
            "eigenvector": "nx.eigenvector_centrality_numpy(G, weight=None)",
        ])
        try check(undirected, "eigenvector", ["--exact"], karate["eigenvector"], tolerance: 1e-10)
    }

    func testKatzDivergingSaysWhyAndSuggestsAnAlpha() throws {
        // K15: λmax = 14, so networkx's default 0.1 is above 1/14 and the series diverges.
        let (path, _) = try reference("nx.complete_graph(15)", [:])
        let run = try Twinning.run(["centrality", path, "--only", "--measures", "katz"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("the default alpha 0.1 (networkx's) is not below 1/λmax = 0.0714286 (λmax = 14"), run.stderr)
        XCTAssertTrue(run.stderr.contains("give --katz-alpha below it, e.g. 0.0643"), run.stderr)
        let given = try Twinning.run(["centrality", path, "--only", "--measures", "katz", "--katz-alpha", "0.05"])
        XCTAssertFalse(given.stderr.contains("katz left empty"), given.stderr)
    }

    func testPersonalizationThatCannotWeighIsAUsageError() throws {
        let (path, _) = try reference(Self.directed, [:])
        let run = try Twinning.run(["centrality", path, "--personalization", "nosuch"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("--personalization nosuch: no actor has an attribute 'nosuch'"), run.stderr)
        let bad = try Twinning.run(["centrality", path, "--alpha", "1.5"])
        XCTAssertEqual(bad.status, 2)
    }
}
