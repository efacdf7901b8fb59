import Graph
import XCTest
@testable import Analytics

final class MixingMatrixTests: XCTestCase {
    /// Fixture graphs against `nx.attribute_mixing_matrix` (made by Fixtures/homophily/make_mixing.py).
    func testMatchesNetworkx() throws {
        let fixture = try loadFixture("mixing", in: "homophily")
        let graphs = try XCTUnwrap(fixture["graphs"] as? [[String: Any]])
        XCTAssertEqual(graphs.count, 5)
        for record in graphs {
            let name = try XCTUnwrap(record["name"] as? String)
            let values = try XCTUnwrap(record["values"] as? [Any]).map { $0 as? String }
            let rows = try XCTUnwrap(record["edges"] as? [[Int]])
            let graph = CompactGraph(nodeCount: values.count, edges: rows.map { (Int32($0[0]), Int32($0[1])) },
                                     directed: try XCTUnwrap(record["directed"] as? Bool))
            let matrix = MixingMatrix(of: graph, groups: NodeGroups(values: values),
                                      weighted: try XCTUnwrap(record["multigraph"] as? Bool))
            let categories = try XCTUnwrap(record["categories"] as? [Any]).map { ($0 as? String) ?? MixingMatrix.unspecified }
            XCTAssertEqual(matrix.categories, categories, name)
            XCTAssertEqual(matrix.counts, try XCTUnwrap(record["matrix"] as? [[Double]]), name)
            let normalized = try XCTUnwrap(record["normalized"] as? [[Double]])
            assertClose(matrix.normalized.flatMap { $0 }, normalized.flatMap { $0 }, name + " normalized")
        }
    }

    /// The bundled dataset read, projected and grouped by this library gives networkx's matrix.
    func testBelarusAsiaFromTheDataset() throws {
        let dataset = try NativeFolder.read(folder: belarusAsiaFolder)
        let network = IndexedNetwork(dataset)
        let fixture = try loadFixture("mixing", in: "homophily")
        let graphs = try XCTUnwrap(fixture["graphs"] as? [[String: Any]])
        for (name, property) in [("belarus-asia-type", NodeProperty.type), ("belarus-asia-country", .country)] {
            let record = try XCTUnwrap(graphs.first { $0["name"] as? String == name })
            let matrix = MixingMatrix(of: network.graph, groups: NodeGroups(dataset, by: property))
            XCTAssertEqual(matrix.counts, try XCTUnwrap(record["matrix"] as? [[Double]]), name)
        }
    }

    /// Types city (0, 1) and firm (2); edges 0–1, 1–2, a self-loop on 2, and 1–2 again.
    /// Undirected, distinct pairs: [city][city] = 2 (0–1 both ways), [city][firm] = [firm][city] = 1,
    /// [firm][firm] = 1 (the loop, once). Weighted: 1–2 counts 2 each way.
    func testHandCountedUndirected() {
        let graph = CompactGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 2), (1, 2)])
        let groups = NodeGroups(values: ["city", "city", "firm"])
        XCTAssertEqual(MixingMatrix(of: graph, groups: groups).counts, [[2, 1], [1, 1]])
        XCTAssertEqual(MixingMatrix(of: graph, groups: groups, weighted: true).counts, [[2, 2], [2, 1]])
        XCTAssertEqual(MixingMatrix(of: graph, groups: groups).normalized, [[0.4, 0.2], [0.2, 0.2]])
    }
}
