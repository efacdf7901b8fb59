import Foundation
import TestSupport
import XCTest

/// `centrality --directed` and `stats --directed` on the bundled dataset against networkx on
/// the DiGraph of its agreements, built here from the CSV files by Python (an arc per directed
/// agreement, two per undirected one; with `--weight agreements`, an arc weighs its number of
/// agreements). Every value to 1e-9; a measure networkx cannot compute (a power iteration that
/// does not converge) must be empty here too. Skipped without python3 and networkx.
final class NetworkxDirectedViewTests: XCTestCase {
    static let bundled = "graphs/belarus-asia"

    /// Prints one JSON object: measures by node id, and the directed view's stats.
    static let reference = """
    import csv, json, sys, networkx as nx
    folder = sys.argv[1]
    nodes = [row["id"] for row in csv.DictReader(open(folder + "/nodes.csv", encoding="utf-8"))]
    D = nx.DiGraph(); D.add_nodes_from(nodes)
    count = {}
    for row in csv.DictReader(open(folder + "/agreements.csv", encoding="utf-8")):
        u, v = row["from"], row["to"]
        arcs = [(u, v)] if row["directed"] == "true" or u == v else [(u, v), (v, u)]
        for arc in arcs:
            count[arc] = count.get(arc, 0) + 1
    D.add_edges_from(count)
    W = nx.DiGraph(); W.add_nodes_from(nodes)
    for (u, v), c in count.items(): W.add_edge(u, v, weight=c)
    def safe(f):
        try: return {k: float(x) for k, x in f().items()}
        except nx.PowerIterationFailedConvergence: return None
    out = {"unweighted": {
        "degree": dict(D.degree()), "in_degree": dict(D.in_degree()), "out_degree": dict(D.out_degree()),
        "in_strength": dict(W.in_degree(weight="weight")), "out_strength": dict(W.out_degree(weight="weight")),
        "strength": dict(W.degree(weight="weight")),
        "degree_centrality": nx.degree_centrality(D),
        "betweenness": nx.betweenness_centrality(D), "closeness": nx.closeness_centrality(D),
        "harmonic": nx.harmonic_centrality(D), "pagerank": nx.pagerank(D),
        "eigenvector": safe(lambda: nx.eigenvector_centrality(D)), "katz": safe(lambda: nx.katz_centrality(D)),
    }, "weighted": {
        "strength": dict(W.degree(weight="weight")), "in_strength": dict(W.in_degree(weight="weight")),
        "pagerank": nx.pagerank(W, weight="weight"),
        "eigenvector": safe(lambda: nx.eigenvector_centrality(W, weight="weight")),
        "betweenness": nx.betweenness_centrality(D, weight="weight"),
    }}
    L = D.copy(); L.remove_edges_from(nx.selfloop_edges(L))
    out["clustering"] = {"clustering": nx.clustering(D), "square_clustering": nx.square_clustering(D),
                         "core": nx.core_number(L)}
    out["clustering_weighted"] = {"clustering": nx.clustering(W, weight="weight")}
    types = {row["id"]: row["type"] for row in csv.DictReader(open(folder + "/nodes.csv", encoding="utf-8"))}
    nx.set_node_attributes(D, types, "type")
    order = sorted(set(types.values()))
    M = nx.attribute_mixing_matrix(D, "type", nodes=None, mapping={t: i for i, t in enumerate(order)}, normalized=False)
    out["homophily"] = {"assortativity": nx.attribute_assortativity_coefficient(D, "type"),
                        "mixing": {a: {b: float(M[i][j]) for j, b in enumerate(order)} for i, a in enumerate(order)}}
    finite = lambda d: {k: (None if x != x else x) for k, x in d.items()}  # NaN (an isolate): None
    # Node by node (nodes=list(W)): networkx 3.6's default vectorised path divides effective
    # size by the wrong maximum on directed graphs (networkx pull request #8906).
    out["brokerage"] = {"constraint": finite(nx.constraint(W, nodes=list(W), weight="weight")),
                        "effective_size": finite(nx.effective_size(W, nodes=list(W), weight="weight"))}
    hubs, authorities = nx.hits(D)
    out["unweighted"]["hits_hub"] = hubs; out["unweighted"]["hits_authority"] = authorities
    out["stats"] = {
        "directed_arcs": D.number_of_edges(), "directed_density": nx.density(D), "reciprocity": nx.reciprocity(D),
        "weak_components": nx.number_weakly_connected_components(D),
        "largest_weak_component": max(len(c) for c in nx.weakly_connected_components(D)),
        "directed_strong_components": nx.number_strongly_connected_components(D),
        "directed_largest_strong_component": max(len(c) for c in nx.strongly_connected_components(D)),
        "directed_average_clustering": nx.average_clustering(D),
        "directed_degree_assortativity": nx.degree_assortativity_coefficient(D),
    }
    print(json.dumps(out))
    """

    func networkx() throws -> [String: Any] {
        let result = try Python.run(Self.reference, arguments: [Repository.path(Self.bundled)], requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The fields of one CSV line (labels may hold quoted commas; no line breaks in this table).
    func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var characters = line.makeIterator()
        while let c = characters.next() {
            if quoted {
                if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" {
                if !field.isEmpty { field.append(c) }  // a doubled quote inside a quoted field
                quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else {
                field.append(c)
            }
        }
        return fields + [field]
    }

    /// The CSV table's columns by name, values by node id.
    func columns(_ csv: String) -> [String: [String: String]] {
        let lines = csv.split(separator: "\n").map(fields)
        var result: [String: [String: String]] = [:]
        for (c, name) in lines[0].enumerated() { for row in lines.dropFirst() { result[name, default: [:]][row[0]] = row[c] } }
        return result
    }

    func compare(_ arguments: [String], _ expected: [String: Any], command: String = "centrality",
                 file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try Twinning.run([command, Self.bundled, "--directed", "--format", "csv", "--quiet"] + arguments)
        XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
        let got = columns(run.stdout)
        for (measure, values) in expected {
            let column = try XCTUnwrap(got[measure], "no column \(measure)", file: file, line: line)
            guard let values = values as? [String: Any] else {
                // networkx did not converge: the column is empty here too.
                XCTAssertTrue(column.values.allSatisfy(\.isEmpty), "\(measure): networkx did not converge", file: file, line: line)
                continue
            }
            XCTAssertEqual(column.count, values.count, measure, file: file, line: line)
            var worst = 0.0
            for (id, value) in values {
                guard let want = value as? NSNumber else {
                    // networkx's NaN (undefined for this actor): an empty cell here.
                    XCTAssertEqual(column[id], "", "\(measure) of \(id)", file: file, line: line)
                    continue
                }
                let have = Double(column[id] ?? "") ?? .nan
                worst = max(worst, abs(have - want.doubleValue) / max(1, abs(want.doubleValue)))
                if !(abs(have - want.doubleValue) <= 1e-9 * max(1, abs(want.doubleValue))) {
                    XCTFail("\(measure) of \(id): \(have) ≠ networkx \(want)", file: file, line: line)
                    break
                }
            }
        }
    }

    func testDirectedCentralityEqualsNetworkxOnTheDiGraph() throws {
        let reference = try networkx()
        let unweighted = try XCTUnwrap(reference["unweighted"] as? [String: Any])
        try compare(["--measures", "in_degree,out_degree,in_strength,out_strength,strength,degree_centrality,katz,hits_hub,hits_authority"], unweighted)
        let weighted = try XCTUnwrap(reference["weighted"] as? [String: Any])
        try compare(["--weight", "agreements", "--only", "--measures", "strength,in_strength,pagerank,eigenvector,betweenness"], weighted)
    }

    func testDirectedBrokerageEqualsNetworkx() throws {
        let expected = try XCTUnwrap(try networkx()["brokerage"] as? [String: Any])
        try compare(["--groups", "type"], expected, command: "brokerage")
    }

    func testDirectedClusteringEqualsNetworkx() throws {
        let reference = try networkx()
        try compare([], try XCTUnwrap(reference["clustering"] as? [String: Any]), command: "clustering")
        try compare(["--weight", "agreements"], try XCTUnwrap(reference["clustering_weighted"] as? [String: Any]), command: "clustering")
    }

    func testDirectedHomophilyEqualsNetworkx() throws {
        let expected = try XCTUnwrap(try networkx()["homophily"] as? [String: Any])
        let run = try Twinning.run(["homophily", Self.bundled, "--groups", "type", "--directed", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let got = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(got["assortativity"] as? Double), try XCTUnwrap(expected["assortativity"] as? Double), accuracy: 1e-9)
        let mixing = try XCTUnwrap(expected["mixing"] as? [String: [String: Double]])
        let rows = try XCTUnwrap(got["mixing_matrix"] as? [[String: Any]])
        XCTAssertEqual(rows.count, mixing.count)
        for row in rows {
            let from = try XCTUnwrap(row["type"] as? String)
            for (to, count) in try XCTUnwrap(mixing[from]) {
                XCTAssertEqual(row[to] as? Double, count, "\(from) → \(to)")
            }
        }
        let undirected = try Twinning.run(["homophily", Self.bundled, "--groups", "type", "--format", "json"])
        let plain = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(undirected.stdout.utf8)) as? [String: Any])
        XCTAssertNotEqual(plain["assortativity"] as? Double, got["assortativity"] as? Double, "the directed view differs here")
    }

    func testDirectedStatsEqualNetworkx() throws {
        let expected = try XCTUnwrap(try networkx()["stats"] as? [String: NSNumber])
        let run = try Twinning.run(["stats", Self.bundled, "--directed", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let got = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(expected.keys).subtracting(got.keys), [])
        for (key, want) in expected {
            let have = (got[key] as? NSNumber)?.doubleValue ?? .nan
            XCTAssertEqual(have, want.doubleValue, accuracy: 1e-9, key)
        }
        // Without --directed the keys are absent.
        let plain = try Twinning.run(["stats", Self.bundled, "--format", "json"])
        XCTAssertFalse(plain.stdout.contains("\"reciprocity\""))
    }
}

extension NetworkxDirectedViewTests {
    /// networkx's directed modularity of each given partition on the weighted DiGraph, and the
    /// best modularity of networkx's Louvain on it over five seeds (and at γ = 0.5).
    static let communityReference = """
    import csv, json, sys, networkx as nx
    folder, partitions = sys.argv[1], json.load(open(sys.argv[2]))
    nodes = [row["id"] for row in csv.DictReader(open(folder + "/nodes.csv", encoding="utf-8"))]
    W = nx.DiGraph(); W.add_nodes_from(nodes)
    for row in csv.DictReader(open(folder + "/agreements.csv", encoding="utf-8")):
        u, v = row["from"], row["to"]
        for a, b in ([(u, v)] if row["directed"] == "true" or u == v else [(u, v), (v, u)]):
            W.add_edge(a, b, weight=W[a][b]["weight"] + 1 if W.has_edge(a, b) else 1)
    def groups(membership):
        found = {}
        for node, c in membership.items(): found.setdefault(c, set()).add(node)
        return list(found.values())
    out = {name: nx.community.modularity(W, groups(p["membership"]), weight="weight", resolution=p["resolution"])
           for name, p in partitions.items()}
    for gamma in (1.0, 0.5):
        out["networkx_best_%g" % gamma] = max(nx.community.modularity(W, nx.community.louvain_communities(
            W, weight="weight", resolution=gamma, seed=s), weight="weight", resolution=gamma) for s in range(5))
    print(json.dumps(out))
    """

    /// `communities --directed`: the modularity printed is networkx's directed modularity of the
    /// partition found, and Louvain and Leiden reach the best of networkx's Louvain runs.
    func testDirectedCommunitiesReachNetworkxDirectedModularity() throws {
        var partitions: [String: Any] = [:]
        var printed: [String: Double] = [:]
        for algorithm in ["louvain", "leiden", "label-propagation"] {
            for resolution in [1.0, 0.5] where algorithm != "label-propagation" || resolution == 1 {
                let run = try Twinning.run(["communities", Self.bundled, "--directed", "--algorithm", algorithm,
                                            "--resolution", "\(resolution)", "--format", "json", "--quiet"])
                XCTAssertEqual(run.status, 0, run.stderr)
                let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
                XCTAssertEqual(json["directed"] as? Bool, true)
                let rows = try XCTUnwrap(json["nodes"] as? [[String: Any]])
                let name = "\(algorithm)_\(resolution)"
                partitions[name] = ["resolution": resolution,
                                    "membership": Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0["community"] as! Int) })]
                printed[name] = try XCTUnwrap(json["modularity"] as? Double)
            }
        }
        // --partition scores a given grouping with the same directed modularity.
        let scored = try Twinning.run(["communities", Self.bundled, "--directed", "--partition", "type", "--format", "json", "--quiet"])
        let byType = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any])
        let typeRows = try XCTUnwrap(byType["nodes"] as? [[String: Any]])
        partitions["partition_type"] = ["resolution": 1.0,
                                        "membership": Dictionary(uniqueKeysWithValues: typeRows.map { ($0["id"] as! String, $0["community"] as! Int) })]
        printed["partition_type"] = try XCTUnwrap(byType["modularity"] as? Double)
        let file = try scratchFolder("directed-communities").appendingPathComponent("partitions.json")
        try JSONSerialization.data(withJSONObject: partitions).write(to: file)
        let result = try Python.run(Self.communityReference, arguments: [Repository.path(Self.bundled), file.path], requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Double])
        for (name, q) in printed {
            XCTAssertEqual(q, try XCTUnwrap(reference[name]), accuracy: 1e-9, "\(name): printed vs networkx's modularity of the partition")
            guard !name.hasPrefix("label"), !name.hasPrefix("partition") else { continue }
            let gamma = name.hasSuffix("0.5") ? "0.5" : "1"
            XCTAssertGreaterThanOrEqual(q, try XCTUnwrap(reference["networkx_best_\(gamma)"]) - 1e-9, "\(name) reaches networkx's best Louvain")
        }
        // The directed view changes the answer: undirected modularity of the same search differs.
        let plain = try Twinning.run(["communities", Self.bundled, "--format", "json", "--quiet"])
        let undirected = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        XCTAssertNotEqual(undirected["modularity"] as? Double, printed["louvain_1.0"])
    }
}

extension NetworkxDirectedViewTests {
    /// The DiGraph of the agreements (as `reference`), then, for `ego`: out- and in-partners,
    /// competition ranks, reach by distance both ways and `nx.ego_graph(D, v, radius=2)`; for
    /// `timeline`: each year's DiGraph of the agreements in force (dated in or before the year,
    /// not ended before it) with its arcs, density, reciprocity and strong components.
    static let egoAndTimelineReference = """
    import csv, json, sys, networkx as nx
    folder, actors = sys.argv[1], sys.argv[2].split(",")
    nodes = [row["id"] for row in csv.DictReader(open(folder + "/nodes.csv", encoding="utf-8"))]
    rows = list(csv.DictReader(open(folder + "/agreements.csv", encoding="utf-8")))
    def arcs(row):
        u, v = row["from"], row["to"]
        return [(u, v)] if row["directed"] == "true" or u == v else [(u, v), (v, u)]
    D = nx.DiGraph(); D.add_nodes_from(nodes)
    for row in rows: D.add_edges_from(arcs(row))
    outs = {v: len(set(D.successors(v)) - {v}) for v in D}
    ins = {v: len(set(D.predecessors(v)) - {v}) for v in D}
    rank = lambda d, v: 1 + sum(1 for x in d.values() if x > d[v])
    ego = {}
    for v in actors:
        forward = nx.single_source_shortest_path_length(D, v, cutoff=2)
        backward = nx.single_source_shortest_path_length(D.reverse(), v, cutoff=2)
        E = nx.ego_graph(D, v, radius=2)
        ego[v] = {"out_partners": outs[v], "in_partners": ins[v], "out_rank": rank(outs, v), "in_rank": rank(ins, v),
                  "reach_out_by_distance": [sum(1 for d in forward.values() if d == k) for k in (1, 2)],
                  "reach_in_by_distance": [sum(1 for d in backward.values() if d == k) for k in (1, 2)],
                  "ego_out_nodes": E.number_of_nodes(), "ego_out_arcs": E.number_of_edges()}
    year = lambda text: int(text[:4]) if text else None
    dated = [r for r in rows if r["date"]]
    timeline = {}
    for y in range(min(year(r["date"]) for r in dated), max(year(r["date"]) for r in dated) + 1):
        Y = nx.DiGraph()
        for r in dated:
            if year(r["date"]) <= y and not (r.get("end_date") and year(r["end_date"]) < y): Y.add_edges_from(arcs(r))
        n = Y.number_of_nodes()
        timeline[str(y)] = {"arcs": Y.number_of_edges(), "directed_density": nx.density(Y) if n > 1 else None,
                            "reciprocity": nx.reciprocity(Y) if Y.number_of_edges() else None,
                            "strong_components": nx.number_strongly_connected_components(Y),
                            "largest_strong_component": max((len(c) for c in nx.strongly_connected_components(Y)), default=0)}
    print(json.dumps({"ego": ego, "timeline": timeline}))
    """

    func testDirectedEgoAndTimelineEqualNetworkx() throws {
        let actors = ["minsk", "gomel-region", "china", "belarus"]
        let result = try Python.run(Self.egoAndTimelineReference, arguments: [Repository.path(Self.bundled), actors.joined(separator: ",")],
                                    requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ego = try XCTUnwrap(reference["ego"] as? [String: [String: Any]])
        for actor in actors {
            let run = try Twinning.run(["ego", Self.bundled, actor, "--directed", "--radius", "2", "--format", "json"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let got = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let directed = try XCTUnwrap(got["directed"] as? [String: Any], actor)
            let want = try XCTUnwrap(ego[actor])
            XCTAssertEqual(Set(directed.keys), Set(want.keys), actor)
            for (key, value) in want { XCTAssertEqual("\(directed[key]!)", "\(value)", "\(actor) \(key)") }
        }
        let csv = try Twinning.run(["ego", Self.bundled, "minsk", "--directed", "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("partner,partner_label,agreement,direction,kind"), csv.stdout)

        let run = try Twinning.run(["timeline", Self.bundled, "--directed", "--format", "json", "--quiet"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let years = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let timeline = try XCTUnwrap(reference["timeline"] as? [String: [String: Any]])
        XCTAssertEqual(years.count, timeline.count)
        for row in years {
            let year = try XCTUnwrap(row["year"] as? Int)
            let want = try XCTUnwrap(timeline["\(year)"], "year \(year)")
            for (key, value) in want {
                if let number = value as? NSNumber {
                    XCTAssertEqual(try XCTUnwrap((row[key] as? NSNumber)?.doubleValue, "\(year) \(key)"), number.doubleValue,
                                   accuracy: 1e-12, "\(year) \(key)")
                } else {
                    XCTAssertTrue(row[key] is NSNull || row[key] == nil, "\(year) \(key): networkx has none")
                }
            }
        }
    }
}
