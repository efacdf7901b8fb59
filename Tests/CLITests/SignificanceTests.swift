import Foundation
import TestSupport
import XCTest

/// `homophily --permutations` and `stats --permutations` against an independent Python
/// implementation of the same null models, written here from their definitions: node-label
/// permutation (Python's `random.shuffle` of the club labels, E–I counted by hand, networkx's
/// `attribute_assortativity_coefficient`) and degree-preserving rewiring (networkx's
/// `double_edge_swap` with 10·m swaps). Over 2,000 draws the null means agree within 4
/// standard errors and the standard deviations within 15% (2,000 label permutations; 600
/// rewirings, Python's swaps being slow); the observed values are equal; the
/// same seed gives the same output and another seed other draws. Skipped without networkx.
final class SignificanceTests: XCTestCase {
    var work: URL!
    static let draws = 2000
    static let rewirings = 600

    override func setUpWithError() throws { work = try scratchFolder("significance") }

    static let python = """
    import json, random, statistics, sys, networkx as nx
    G = nx.karate_club_graph()
    for u, v in G.edges: G[u][v].pop("weight", None)
    nx.write_graphml(G, sys.argv[1])
    N, M = int(sys.argv[2]), int(sys.argv[3])
    club = {v: G.nodes[v]["club"] for v in G}
    def ei(labels):
        e = sum(1 for u, v in G.edges if u != v and labels[u] != labels[v])
        i = sum(1 for u, v in G.edges if u != v and labels[u] == labels[v])
        return (e - i) / (e + i)
    def assort(labels):
        H = G.copy(); nx.set_node_attributes(H, labels, "g")
        return nx.attribute_assortativity_coefficient(H, "g")
    rng = random.Random(1)
    nodes = list(G); values = [club[v] for v in nodes]
    eis, rs = [], []
    for _ in range(N):
        rng.shuffle(values); labels = dict(zip(nodes, values))
        eis.append(ei(labels)); rs.append(assort(labels))
    m = G.number_of_edges()
    ts, cs, ds = [], [], []
    for k in range(M):
        H = G.copy(); nx.double_edge_swap(H, nswap=10 * m, max_tries=1000 * m, seed=k)
        ts.append(nx.transitivity(H)); cs.append(nx.average_clustering(H)); ds.append(nx.degree_assortativity_coefficient(H))
    def d(obs, xs): return {"observed": obs, "mean": statistics.mean(xs), "sd": statistics.stdev(xs)}
    print(json.dumps({
        "ei_index": d(ei(club), eis), "assortativity": d(nx.attribute_assortativity_coefficient(G, "club"), rs),
        "transitivity": d(nx.transitivity(G), ts), "average_clustering": d(nx.average_clustering(G), cs),
        "degree_assortativity": d(nx.degree_assortativity_coefficient(G), ds)}))
    """

    func testNullDistributionsAgreeWithAnIndependentImplementation() throws {
        let path = work.appendingPathComponent("karate.graphml").path
        let result = try Python.run(Self.python, arguments: [path, String(Self.draws), String(Self.rewirings)], requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let python = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Double]])

        let homophily = try Twinning.run(["homophily", path, "--groups", "club", "--permutations", String(Self.draws), "--seed", "5", "--format", "json"])
        XCTAssertEqual(homophily.status, 0, homophily.stderr)
        let stats = try Twinning.run(["stats", path, "--permutations", String(Self.rewirings), "--seed", "5", "--format", "json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        var ours: [String: [String: Any]] = [:]
        for run in [homophily, stats] {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let significance = try XCTUnwrap(object["significance"] as? [String: Any])
            for (key, value) in significance { if let row = value as? [String: Any] { ours[key] = row } }
        }
        for (name, reference) in python {
            let row = try XCTUnwrap(ours[name], "no \(name) in the significance output")
            let observed = try XCTUnwrap(row["observed"] as? Double), mean = try XCTUnwrap(row["null_mean"] as? Double)
            let sd = try XCTUnwrap(row["null_sd"] as? Double)
            let draws = ["ei_index", "assortativity"].contains(name) ? Self.draws : Self.rewirings
            XCTAssertEqual(row["draws"] as? Int, draws, name)
            XCTAssertEqual(observed, reference["observed"]!, accuracy: 1e-9, "\(name) observed")
            let standardError = ((sd * sd + reference["sd"]! * reference["sd"]!) / Double(draws)).squareRoot()
            XCTAssertLessThanOrEqual(abs(mean - reference["mean"]!), 4 * standardError,
                                     "\(name): null mean \(mean), Python's \(reference["mean"]!) (SE \(standardError))")
            XCTAssertEqual(sd, reference["sd"]!, accuracy: 0.15 * reference["sd"]!, "\(name) null sd")
            // z and p follow from the figures above.
            if let z = row["z"] as? Double { XCTAssertEqual(z, (observed - mean) / sd, accuracy: 1e-9, name) }
            let p = try XCTUnwrap(row["p"] as? Double)
            XCTAssertTrue(p > 0 && p <= 1, "\(name) p \(p)")
        }
        // The club split is the textbook case of homophily: far from chance.
        XCTAssertLessThan(ours["ei_index"]?["p"] as? Double ?? 1, 0.001)
    }

    func testTheSameSeedGivesTheSameNumbers() throws {
        let path = Repository.path("graphs/belarus-asia")
        func run(_ seed: String) throws -> String {
            let result = try Twinning.run(["homophily", path, "--groups", "type", "--permutations", "300", "--seed", seed, "--format", "json", "--quiet"])
            XCTAssertEqual(result.status, 0, result.stderr)
            return result.stdout
        }
        XCTAssertEqual(try run("11"), try run("11"))
        XCTAssertNotEqual(try run("11"), try run("12"))
        func stats(_ seed: String) throws -> String {
            try Twinning.run(["stats", path, "--permutations", "20", "--seed", seed, "--format", "csv", "--quiet"]).stdout
        }
        let first = try stats("3")
        XCTAssertEqual(first, try stats("3"))
        XCTAssertTrue(first.contains("significance,transitivity_p,"), first)
    }
}

extension SignificanceTests {
    /// Gould–Fernandez role totals under label permutation, in Python from the definition: the
    /// karate club as a symmetric digraph, three groups (node number mod 3), every ordered
    /// two-path a → v → b (a ≠ b, no arc a → b) classified by the groups of a, v and b.
    static let brokeragePython = """
    import json, random, statistics, sys, networkx as nx
    G = nx.karate_club_graph()
    for u, v in G.edges: G[u][v].pop("weight", None)
    for v in G: G.nodes[v]["third"] = "abc"[v % 3]; del G.nodes[v]["club"]
    nx.write_graphml(G, sys.argv[1])
    N = int(sys.argv[2])
    D = G.to_directed()
    paths = [(a, v, b) for v in D for a in D.predecessors(v) for b in D.successors(v)
             if a != b and a != v and b != v and not D.has_edge(a, b)]
    def totals(g):
        t = {"coordinator": 0, "gatekeeper": 0, "representative": 0, "consultant": 0, "liaison": 0}
        for a, v, b in paths:
            if g[a] == g[v] == g[b]: t["coordinator"] += 1
            elif g[v] == g[b]: t["gatekeeper"] += 1
            elif g[a] == g[v]: t["representative"] += 1
            elif g[a] == g[b]: t["consultant"] += 1
            else: t["liaison"] += 1
        return t
    nodes = list(G); values = [G.nodes[v]["third"] for v in nodes]
    observed = totals(dict(zip(nodes, values)))
    rng = random.Random(2); draws = []
    for _ in range(N):
        rng.shuffle(values); draws.append(totals(dict(zip(nodes, values))))
    print(json.dumps({r + "_total": {"observed": observed[r], "mean": statistics.mean(d[r] for d in draws),
                                     "sd": statistics.stdev(d[r] for d in draws)} for r in observed}))
    """

    func testBrokeragePermutationsAgreeWithAnIndependentImplementation() throws {
        let path = work.appendingPathComponent("karate-thirds.graphml").path
        let result = try Python.run(Self.brokeragePython, arguments: [path, String(Self.draws)], requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let python = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Double]])
        let run = try Twinning.run(["brokerage", path, "--groups", "third", "--permutations", String(Self.draws), "--seed", "9",
                                    "--format", "json", "--quiet"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["actors"] as? [Any])?.count, 34)
        let significance = try XCTUnwrap(object["significance"] as? [String: Any])
        XCTAssertEqual(Set(python.keys), Set(significance.keys).subtracting(["model"]))
        for (name, reference) in python {
            let row = try XCTUnwrap(significance[name] as? [String: Any], name)
            let observed = try XCTUnwrap(row["observed"] as? Double), mean = try XCTUnwrap(row["null_mean"] as? Double)
            let sd = try XCTUnwrap(row["null_sd"] as? Double)
            XCTAssertEqual(observed, reference["observed"]!, name)
            let standardError = ((sd * sd + reference["sd"]! * reference["sd"]!) / Double(Self.draws)).squareRoot()
            XCTAssertLessThanOrEqual(abs(mean - reference["mean"]!), 4 * standardError,
                                     "\(name): null mean \(mean), Python's \(reference["mean"]!) (SE \(standardError))")
            XCTAssertEqual(sd, reference["sd"]!, accuracy: 0.15 * reference["sd"]!, "\(name) null sd")
        }
        // Same seed, same page; the text puts the figures after the table; CSV says where they are.
        let again = try Twinning.run(["brokerage", path, "--groups", "third", "--permutations", String(Self.draws), "--seed", "9",
                                      "--format", "json", "--quiet"])
        XCTAssertEqual(again.stdout, run.stdout)
        let text = try Twinning.run(["brokerage", path, "--groups", "third", "--permutations", "50", "--top", "2"])
        XCTAssertTrue(text.stdout.contains("… 32 more rows not shown (--top 2 of 34)\n\nsignificance against 50 node-label permutations, seed 0"), text.stdout)
        let csv = try Twinning.run(["brokerage", path, "--groups", "third", "--permutations", "50", "--format", "csv"])
        XCTAssertTrue(csv.stderr.contains("the significance figures are in --format json or text"), csv.stderr)
    }
}
