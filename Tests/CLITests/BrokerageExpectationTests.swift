import Foundation
import TestSupport
import XCTest

/// `brokerage --expected` against a Python implementation written for this test from Gould and
/// Fernandez (1989): every ordered open two-path a → v → b of a random digraph enumerated and
/// classified by hand, and each role's expected count T(v)·P and binomial z computed from the
/// group sizes. Counts equal, expectations and z to 1e-9. Skipped without networkx.
final class BrokerageExpectationTests: XCTestCase {
    static let python = """
    import json, sys, math, networkx as nx
    from collections import Counter
    D = nx.gnp_random_graph(25, 0.15, seed=4, directed=True)
    for v in D: D.nodes[v]["team"] = "abcd"[(v * v) % 4]
    nx.write_graphml(D, sys.argv[1])
    group = {v: D.nodes[v]["team"] for v in D}
    roles = ["coordinator", "gatekeeper", "representative", "consultant", "liaison"]
    def role(a, v, b):
        ga, gv, gb = group[a], group[v], group[b]
        if ga == gv == gb: return "coordinator"
        if gv == gb: return "gatekeeper"
        if ga == gv: return "representative"
        if ga == gb: return "consultant"
        return "liaison"
    sizes = Counter(group.values()); N = sum(sizes.values())
    out = {}
    for v in D:
        counts = Counter()
        for a in D.predecessors(v):
            for b in D.successors(v):
                if len({a, v, b}) == 3 and not D.has_edge(a, b): counts[role(a, v, b)] += 1
        T = sum(counts.values()); g = group[v]; ng = sizes[g]; d = (N - 1) * (N - 2)
        P = {"coordinator": (ng - 1) * (ng - 2) / d, "gatekeeper": (N - ng) * (ng - 1) / d,
             "representative": (ng - 1) * (N - ng) / d,
             "consultant": sum(n * (n - 1) for h, n in sizes.items() if h != g) / d,
             "liaison": sum(n * (N - ng - n) for h, n in sizes.items() if h != g) / d}
        row = {}
        for r in roles:
            row[r] = counts[r]; row[r + "_expected"] = T * P[r]
            var = T * P[r] * (1 - P[r])
            row[r + "_z"] = (counts[r] - T * P[r]) / math.sqrt(var) if var > 0 else None
        out[str(v)] = row
    print(json.dumps(out))
    """

    func testExpectedCountsAndZScoresFollowThePaper() throws {
        let work = try scratchFolder("brokerage-expected")
        let path = work.appendingPathComponent("d.graphml").path
        let result = try Python.run(Self.python, arguments: [path], requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Any]])
        let run = try Twinning.run(["brokerage", path, "--groups", "team", "--expected", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, reference.count)
        var checkedZ = 0
        for row in rows {
            let id = try XCTUnwrap(row["id"] as? String)
            let want = try XCTUnwrap(reference[id])
            for (key, value) in want {
                switch value {
                case let number as NSNumber where key.hasSuffix("_expected") || key.hasSuffix("_z"):
                    let have = try XCTUnwrap(row[key] as? Double, "\(id) \(key): \(String(describing: row[key]))")
                    XCTAssertEqual(have, number.doubleValue, accuracy: 1e-9, "\(id) \(key)")
                    if key.hasSuffix("_z") { checkedZ += 1 }
                case let number as NSNumber:
                    XCTAssertEqual(row[key] as? Int, number.intValue, "\(id) \(key)")
                default:
                    XCTAssertTrue(row[key] == nil || row[key] is NSNull, "\(id) \(key) should be undefined: \(String(describing: row[key]))")
                }
            }
        }
        XCTAssertGreaterThan(checkedZ, 40, "the graph gives most actors defined z-scores")
    }
}
