import Foundation
import TestSupport
import XCTest

/// `--weight distance` against networkx given the same haversine weights: Python places
/// twelve cities, writes them to GraphML with lat/lon (and no distance), and computes
/// betweenness, closeness and harmonic centrality and a shortest path with
/// `weight="distance"` set from its own haversine (R = 6371.0088 km); one actor has no
/// place, so its two agreements have no distance: both tools measure the graph without them
/// (the actor stays, isolated), as weighing them 1 would make a 2 km shortcut from Gomel to
/// Minsk. Skipped without networkx.
final class DistanceWeightTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("distance-weight") }

    static let python = """
    import json, math, sys, networkx as nx
    R = 6371.0088
    def haversine(a, b):
        p1, p2 = math.radians(a[0]), math.radians(b[0])
        dp, dl = math.radians(b[0] - a[0]), math.radians(b[1] - a[1])
        h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * R * math.asin(min(1.0, math.sqrt(h)))
    places = {"minsk": (53.9, 27.5667), "gomel": (52.4345, 30.9754), "brest": (52.0976, 23.7341),
              "vitebsk": (55.1904, 30.2049), "harbin": (45.75, 126.65), "chongqing": (29.563, 106.5516),
              "shanghai": (31.2304, 121.4737), "almaty": (43.222, 76.8512), "tashkent": (41.2995, 69.2401),
              "hanoi": (21.0278, 105.8342), "tehran": (35.6892, 51.389), "delhi": (28.6139, 77.209)}
    G = nx.Graph()
    for v, (lat, lon) in places.items(): G.add_node(v, lat=lat, lon=lon)
    G.add_node("nowhere")
    edges = [("minsk", "harbin"), ("minsk", "gomel"), ("gomel", "chongqing"), ("brest", "shanghai"), ("minsk", "brest"),
             ("vitebsk", "almaty"), ("almaty", "tashkent"), ("tashkent", "tehran"), ("tehran", "delhi"), ("delhi", "hanoi"),
             ("hanoi", "chongqing"), ("vitebsk", "minsk"), ("shanghai", "harbin"), ("almaty", "harbin"), ("gomel", "nowhere"),
             ("nowhere", "minsk")]
    G.add_edges_from(edges)
    nx.write_graphml(G, sys.argv[1])
    G.remove_edges_from([(u, v) for u, v in list(G.edges) if u not in places or v not in places])
    for u, v in G.edges:
        if u in places and v in places: G[u][v]["distance"] = haversine(places[u], places[v])
    path = nx.shortest_path(G, "chongqing", "harbin", weight="distance")
    print(json.dumps({
        "betweenness": nx.betweenness_centrality(G, weight="distance"),
        "closeness": nx.closeness_centrality(G, distance="distance"),
        "harmonic": nx.harmonic_centrality(G, distance="distance"),
        "path": path}))
    """

    func testCentralityAndPathAgreeWithNetworkx() throws {
        let file = work.appendingPathComponent("cities.graphml").path
        let output = try Python.output(Self.python, arguments: [file], requiring: ["networkx"])
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])

        let centrality = try Twinning.run(["centrality", file, "--weight", "distance", "--measures", "betweenness,closeness,harmonic", "--only", "--format", "json"])
        XCTAssertEqual(centrality.status, 0, centrality.stderr)
        XCTAssertTrue(centrality.stderr.contains("2 of 16 agreements left out of the measure, an end without a place"), centrality.stderr)
        XCTAssertTrue(centrality.stderr.contains("nowhere"), centrality.stderr)
        XCTAssertFalse(centrality.stderr.contains("have no distance"), centrality.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(centrality.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 13)
        for measure in ["betweenness", "closeness", "harmonic"] {
            let expected = try XCTUnwrap(reference[measure] as? [String: Double])
            for row in rows {
                let id = try XCTUnwrap(row["id"] as? String)
                let ours = try XCTUnwrap(row[measure] as? Double, "\(measure) of \(id)")
                XCTAssertEqual(ours, expected[id]!, accuracy: 1e-9 * max(1, abs(expected[id]!)), "\(measure) of \(id)")
            }
        }

        let path = try Twinning.run(["path", file, "chongqing", "harbin", "--weight", "distance", "--format", "json", "--quiet"])
        XCTAssertEqual(path.status, 0, path.stderr)
        let found = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(path.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(found["nodes"] as? [String], reference["path"] as? [String])
        // Unweighted, the path would take the fewest steps instead.
        let hops = try Twinning.run(["path", file, "chongqing", "harbin", "--format", "json", "--quiet"])
        XCTAssertNotEqual(hops.stdout, path.stdout, "the test would not tell distance from steps")
    }

    func testNoPlaceIsAUsageError() throws {
        let file = work.appendingPathComponent("bare.json").path
        try """
        {"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try Twinning.run(["centrality", file, "--weight", "distance"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("--weight distance: no actor has a place"), run.stderr)
    }
}
