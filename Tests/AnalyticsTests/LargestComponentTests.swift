import Foundation
import Graph
import XCTest
@testable import Analytics

/// `LargestComponent` and the largest component's distances in `StructuralSummary`, against
/// networkx 3.6.1: `max(nx.connected_components(G), key=len)` and its diameter, radius and
/// average shortest path length (Fixtures/largest_component_reference.json, written by
/// Fixtures/make_largest_component_reference.py).
final class LargestComponentTests: XCTestCase {
    struct Case {
        let name: String
        let dataset: Dataset
        let reference: [String: Any]
    }

    static func cases() throws -> [Case] {
        guard let url = Bundle.module.url(forResource: "Fixtures/largest_component_reference", withExtension: "json"),
              let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
              let graphs = json["graphs"] as? [String: [String: Any]] else {
            throw XCTSkip("Fixtures/largest_component_reference.json is missing or unreadable")
        }
        return graphs.keys.sorted().map { name in
            let graph = graphs[name]!
            let n = (graph["nodes"] as! NSNumber).intValue
            let edges = (graph["edges"] as! [[NSNumber]]).map { ($0[0].intValue, $0[1].intValue) }
            let dataset = Dataset(nodes: (0..<n).map { Node(id: String($0)) },
                                  agreements: edges.enumerated().map { i, e in Agreement(id: "e\(i)", from: String(e.0), to: String(e.1)) })
            return Case(name: name, dataset: dataset, reference: graph)
        }
    }

    func testTheComponentIsNetworkxsLargest() throws {
        let cases = try Self.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 10)
        for c in cases {
            let component = LargestComponent(of: c.dataset)
            let expected = (c.reference["component"] as! [NSNumber]).map { String($0.intValue) }
            XCTAssertEqual(component.dataset.nodes.map(\.id).sorted(), expected.sorted(), c.name)
            // Every agreement with both ends inside is kept, and no other.
            let inside = Set(expected)
            XCTAssertEqual(component.dataset.agreements.map(\.id),
                           c.dataset.agreements.filter { inside.contains($0.from) && inside.contains($0.to) }.map(\.id), c.name)
            XCTAssertEqual(component.isWhole, (c.reference["connected"] as? Bool) ?? true, c.name)
        }
    }

    func testDistancesOfTheLargestComponent() throws {
        for c in try Self.cases() {
            let summary = StructuralSummary(c.dataset)
            let connected = (c.reference["connected"] as? Bool) == true
            for (key, actual) in [("diameter", summary.largestComponentDiameter), ("radius", summary.largestComponentRadius),
                                  ("average_shortest_path_length", summary.largestComponentAverageShortestPathLength)] {
                let expected = (c.reference[key] as? NSNumber)?.doubleValue
                XCTAssertEqual(actual == nil, expected == nil, "\(c.name) \(key)")
                if let actual, let expected { XCTAssertEqual(actual, expected, accuracy: 1e-12, "\(c.name) \(key)") }
            }
            // The whole graph's figures stay undefined when it is not connected, as in networkx.
            XCTAssertEqual(summary.diameter == nil, !connected, c.name)
            XCTAssertEqual(summary.largestComponentSize, (c.reference["component"] as! [Any]).count, c.name)
        }
    }

    func testSummaryNamesWhatWasLeftOut() {
        let dataset = Dataset(nodes: (0..<5).map { Node(id: "n\($0)") },
                              agreements: [Agreement(id: "a", from: "n0", to: "n1"), Agreement(id: "b", from: "n2", to: "n3"),
                                           Agreement(id: "c", from: "n3", to: "n4")])
        let component = LargestComponent(of: dataset)
        XCTAssertEqual(component.summary, "the largest of 2 components: 3 of 5 actors, 2 of 3 agreements")
        XCTAssertEqual(LargestComponent(of: component.dataset).summary,
                       "the network is connected: the largest component is all of it (3 actors, 2 agreements)")
    }
}
