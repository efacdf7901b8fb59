import XCTest
import Graph
@testable import Analytics

final class StructureTests: XCTestCase {
    func testComponents() {
        for f in Fixture.undirected {
            let c = ConnectedComponents(of: f.graph)
            XCTAssertEqual(Double(c.count), f.number("components"), f.name)
            XCTAssertEqual(c.sizes.sorted(by: >).map(Double.init), f.vector("component_sizes"), f.name)
            let s = StronglyConnectedComponents(of: f.graph)
            XCTAssertEqual(s.sizes.sorted(by: >), c.sizes.sorted(by: >), f.name)
        }
        for f in Fixture.directed {
            XCTAssertEqual(Double(ConnectedComponents(of: f.graph).count), f.number("weak_components"), f.name)
            let s = StronglyConnectedComponents(of: f.graph)
            XCTAssertEqual(Double(s.count), f.number("strong_components"), f.name)
            XCTAssertEqual(s.sizes.sorted(by: >).map(Double.init), f.vector("strong_component_sizes"), f.name)
        }
    }

    func testArticulationPointsAndBridges() {
        for f in Fixture.undirected {
            XCTAssertEqual(Biconnectivity.articulationPoints(of: f.graph).map(Double.init),
                           f.vector("articulation_points"), f.name)
            let expected = (f.measures["bridges"] as? [[NSNumber]] ?? []).map { [$0[0].intValue, $0[1].intValue] }
            XCTAssertEqual(Biconnectivity.bridges(of: f.graph).map { [$0.0, $0.1] }, expected, f.name)
        }
    }

    func testDistances() {
        for f in Fixture.undirected {
            for (weighted, suffix) in [(false, ""), (true, "_weighted")] {
                let d = Distances(of: f.graph, weighted: weighted)
                if f.isError("eccentricity" + suffix) {
                    XCTAssertNil(d.eccentricity, f.name)
                } else {
                    assertMatches(d.eccentricity ?? [], f, "eccentricity" + suffix)
                }
                assertNumber(d.diameter, f, "diameter" + suffix)
                assertNumber(d.averageShortestPathLength, f, "average_shortest_path_length" + suffix)
                if !weighted { assertNumber(d.radius, f, "radius") }
            }
        }
    }

    func testShortestPaths() {
        for f in Fixture.all where f.graph.nodeCount > 0 {
            assertMatches(ShortestPaths.distances(on: f.graph, from: 0), f, "distances_from_first")
            if f.graph.isDirected { continue }
            assertMatches(ShortestPaths.distances(on: f.graph, from: 0, weighted: true), f, "weighted_distances_from_first")
            let last = f.graph.nodeCount - 1
            for weighted in [false, true] {
                let key = weighted ? "path_first_last_weighted_length" : "path_first_last_length"
                let path = ShortestPaths.path(on: f.graph, from: 0, to: last, weighted: weighted)
                if f.isError(key) { XCTAssertNil(path, f.name); continue }
                guard let path else { XCTFail("\(f.name): no path"); continue }
                XCTAssertEqual(path.first, 0); XCTAssertEqual(path.last, last)
                var length = 0.0
                for (a, b) in zip(path, path.dropFirst()) {
                    guard let w = f.graph.weight(from: a, to: b) else { XCTFail("\(f.name): not an edge"); break }
                    length += weighted ? w : 1
                }
                assertNumber(length, f, key)
            }
        }
    }

    func testDensityAndAssortativity() {
        for f in Fixture.all {
            assertNumber(Density.of(f.graph), f, "density")
            assertNumber(Assortativity.degree(of: f.graph), f, "degree_assortativity", tolerance: 1e-9)
            if !f.graph.isDirected {
                assertNumber(Assortativity.degree(of: f.graph, weighted: true), f, "degree_assortativity_weighted")
                let groups = (f.measures["group"] as? [String]) ?? []
                assertNumber(Assortativity.attribute(of: f.graph, values: groups), f, "attribute_assortativity")
            }
        }
    }

    func testAgreementsAlongPath() {
        var dataset = Dataset()
        dataset.nodes = ["a", "b", "c"].map { Node(id: $0) }
        dataset.agreements = [
            Agreement(id: "1", from: "a", to: "b"), Agreement(id: "2", from: "b", to: "a"),
            Agreement(id: "3", from: "c", to: "b"), Agreement(id: "4", from: "a", to: "c", directed: true),
        ]
        let network = IndexedNetwork(dataset)
        XCTAssertEqual(network.graph.weight(from: 0, to: 1), 2)
        let path = ShortestPaths.path(on: network.graph, from: 0, to: 2)!
        XCTAssertEqual(path, [0, 2])
        XCTAssertEqual(network.agreements(along: [0, 1, 2], in: dataset), [[0, 1], [2]])
        let directed = IndexedNetwork(dataset, directed: true)
        XCTAssertEqual(ShortestPaths.path(on: directed.graph, from: 2, to: 0), [2, 1, 0])
        XCTAssertEqual(ShortestPaths.path(on: directed.graph, from: 0, to: 2), [0, 2])
        XCTAssertEqual(directed.agreements(along: [2, 0], in: dataset), [[]])
    }
}
