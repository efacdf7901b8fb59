import Foundation
import TestSupport
import XCTest

/// The analysis commands end to end: networkx writes a graph, twinning reads it and prints
/// its measures, and networkx's own values for the same graph must match to 1e-9.
final class AnalysisCommandTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("cli") }

    /// Writes `graph` (a networkx expression) as GraphML and returns networkx's values of
    /// `measures` (name → Python expression over G giving a dict by node) as JSON.
    private func reference(graph: String, measures: [String: String]) throws -> (path: String, values: [String: [String: Double]]) {
        let path = work.appendingPathComponent("g.graphml").path
        let script = """
        import json, sys, networkx as nx
        G = \(graph)
        nx.write_graphml(G, sys.argv[1])
        G = nx.read_graphml(sys.argv[1])
        out = {}
        \(measures.map { "out[\"\($0.key)\"] = {str(k): float(v) for k, v in (\($0.value)).items()}" }.joined(separator: "\n"))
        print(json.dumps(out))
        """
        let result = try Python.run(script, arguments: [path], requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let values = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: [String: Double]]
        return (path, values)
    }

    private func csvRows(_ text: String) -> (header: [String], rows: [[String]]) {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return (lines[0], Array(lines.dropFirst()))
    }

    private func compare(_ output: String, _ expected: [String: [String: Double]], file: StaticString = #filePath, line: UInt = #line) {
        let (header, rows) = csvRows(output)
        for (measure, values) in expected {
            guard let column = header.firstIndex(of: measure) else { XCTFail("no column \(measure) in \(header)", file: file, line: line); continue }
            XCTAssertEqual(rows.count, values.count, measure, file: file, line: line)
            for row in rows {
                let want = values[row[0]]!, got = Double(row[column]) ?? .nan
                XCTAssertEqual(got, want, accuracy: 1e-9 * max(1, abs(want)), "\(measure) of \(row[0])", file: file, line: line)
            }
        }
    }

    func testCentralityOfTheKarateClubMatchesNetworkx() throws {
        let (path, expected) = try reference(graph: "nx.karate_club_graph()", measures: [
            "degree": "dict(G.degree())", "betweenness": "nx.betweenness_centrality(G)",
            "closeness": "nx.closeness_centrality(G)", "harmonic": "nx.harmonic_centrality(G)",
            "eigenvector": "nx.eigenvector_centrality(G)", "pagerank": "nx.pagerank(G, weight=None)",
            "katz": "nx.katz_centrality(G)",
        ])
        let result = try Twinning.run(["centrality", path, "--measures", "katz", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("id,label,degree,betweenness,closeness,harmonic,eigenvector,pagerank,katz\n"))
        compare(result.stdout, expected)
    }

    func testWeightedCentralityOfLesMiserablesMatchesNetworkx() throws {
        let (path, expected) = try reference(graph: "nx.les_miserables_graph()", measures: [
            "betweenness": "nx.betweenness_centrality(G, weight='weight')",
            "closeness": "nx.closeness_centrality(G, distance='weight')",
            "strength": "dict(G.degree(weight='weight'))",
            "pagerank": "nx.pagerank(G, weight='weight')",
        ])
        let result = try Twinning.run(["centrality", path, "--weight", "weight", "--measures", "betweenness,closeness,strength,pagerank", "--only", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("id,label,betweenness,closeness,strength,pagerank\n"), String(result.stdout.prefix(80)))
        compare(result.stdout, expected)
    }

    func testClusteringOfTheFlorentineFamiliesMatchesNetworkx() throws {
        let (path, expected) = try reference(graph: "nx.florentine_families_graph()", measures: [
            "triangles": "nx.triangles(G)", "clustering": "nx.clustering(G)",
            "square_clustering": "nx.square_clustering(G)", "core": "nx.core_number(G)",
        ])
        let result = try Twinning.run(["clustering", path, "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("id,label,triangles,clustering,square_clustering,core\n"))
        compare(result.stdout, expected)
    }

    func testStatsJSONMatchesNetworkx() throws {
        let path = work.appendingPathComponent("g.graphml").path
        let script = """
        import json, sys, networkx as nx
        G = nx.karate_club_graph(); nx.write_graphml(G, sys.argv[1])
        print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "density": nx.density(G),
          "components": nx.number_connected_components(G), "transitivity": nx.transitivity(G),
          "average_clustering": nx.average_clustering(G), "degree_assortativity": nx.degree_assortativity_coefficient(G),
          "diameter": nx.diameter(G), "radius": nx.radius(G), "average_shortest_path_length": nx.average_shortest_path_length(G)}))
        """
        let made = try Python.run(script, arguments: [path], requiring: ["networkx"])
        let expected = try JSONSerialization.jsonObject(with: Data(made.stdout.utf8)) as! [String: Double]
        let result = try Twinning.run(["stats", path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let stats = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        for (key, value) in expected {
            XCTAssertEqual((stats[key] as? NSNumber)?.doubleValue ?? .nan, value, accuracy: 1e-9, key)
        }
    }

    func testCommunitiesAreSeededAndScoredByModularity() throws {
        let (path, _) = try reference(graph: "nx.karate_club_graph()", measures: [:])
        let first = try Twinning.run(["communities", path, "--seed", "5", "--format", "json"])
        let again = try Twinning.run(["communities", path, "--seed", "5", "--format", "json"])
        XCTAssertEqual(first.stdout, again.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as! [String: Any]
        XCTAssertGreaterThanOrEqual(json["modularity"] as! Double, 0.41)
        for algorithm in ["leiden", "label-propagation"] {
            XCTAssertEqual(try Twinning.run(["communities", path, "--algorithm", algorithm, "--format", "csv"]).status, 0, algorithm)
        }
    }

    func testPathListsTheAgreementsAlongIt() throws {
        let folder = work.appendingPathComponent("net")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id,label\na,A\nb,B\nc,C\nd,D\n".write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try "id,from,to,kind,date,quote\ne1,a,b,twinning,2009,first\ne2,b,c,memorandum,2017,second\ne3,b,c,roadmap,2018,third\n"
            .write(to: folder.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        let result = try Twinning.run(["path", folder.path, "a", "C", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(json["nodes"] as? [String], ["a", "b", "c"])
        XCTAssertEqual((json["agreements"] as? [[String: Any]])?.map { $0["agreement"] as! String }, ["e1", "e2", "e3"])
        XCTAssertEqual(try Twinning.run(["path", folder.path, "a", "d"]).status, 1)
    }

    func testEdgeBetweennessMatchesNetworkx() throws {
        let path = work.appendingPathComponent("g.graphml").path
        let script = """
        import json, sys, networkx as nx
        G = nx.karate_club_graph(); nx.write_graphml(G, sys.argv[1]); G = nx.read_graphml(sys.argv[1])
        print(json.dumps({"|".join(sorted((u, v))): b for (u, v), b in nx.edge_betweenness_centrality(G).items()}))
        """
        let made = try Python.run(script, arguments: [path], requiring: ["networkx"])
        let expected = try JSONSerialization.jsonObject(with: Data(made.stdout.utf8)) as! [String: Double]
        let result = try Twinning.run(["centrality", path, "--edges", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let (header, rows) = csvRows(result.stdout)
        XCTAssertEqual(header, ["from", "to", "betweenness"])
        XCTAssertEqual(rows.count, expected.count)
        for row in rows {
            let key = [row[0], row[1]].sorted().joined(separator: "|")
            XCTAssertEqual(Double(row[2]) ?? .nan, expected[key] ?? .nan, accuracy: 1e-9, key)
        }
    }

    func testSampledBetweennessIsReproducibleAndExactWithAllSources() throws {
        let (path, expected) = try reference(graph: "nx.karate_club_graph()", measures: ["betweenness": "nx.betweenness_centrality(G)"])
        let first = try Twinning.run(["centrality", path, "--samples", "10", "--seed", "4", "--format", "csv"])
        let again = try Twinning.run(["centrality", path, "--samples", "10", "--seed", "4", "--format", "csv"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, again.stdout)
        let other = try Twinning.run(["centrality", path, "--samples", "10", "--seed", "5", "--format", "csv"])
        XCTAssertNotEqual(first.stdout, other.stdout)
        let all = try Twinning.run(["centrality", path, "--samples", "34", "--format", "csv"])
        compare(all.stdout, expected)
    }

    func testStrongComponentsOfTheDirectedView() throws {
        let folder = work.appendingPathComponent("net")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id\na\nb\nc\nd\n".write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        // a→b→c→a is a cycle; c–d is undirected (both ways): one strong component of four.
        try "from,to,directed\na,b,true\nb,c,true\nc,a,true\nc,d,false\n".write(to: folder.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        let stats = try JSONSerialization.jsonObject(with: Data(try Twinning.run(["stats", folder.path, "--format", "json"]).stdout.utf8)) as! [String: Any]
        XCTAssertEqual(stats["strong_components"] as? Int, 1)
        XCTAssertEqual(stats["largest_strong_component"] as? Int, 4)
        try "from,to,directed\na,b,true\nb,c,true\nc,d,false\n".write(to: folder.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        let again = try JSONSerialization.jsonObject(with: Data(try Twinning.run(["stats", folder.path, "--format", "json"]).stdout.utf8)) as! [String: Any]
        XCTAssertEqual(again["strong_components"] as? Int, 3)
    }
}
