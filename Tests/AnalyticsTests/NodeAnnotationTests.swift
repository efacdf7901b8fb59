import Analytics
import Graph
import XCTest

/// `NodeAnnotation` on a triangle a–b–c with a pendant d (c–d) and an isolate e.
final class NodeAnnotationTests: XCTestCase {
    let dataset = Dataset(
        nodes: ["a", "b", "c", "d", "e"].map { Node(id: $0, attributes: $0 == "a" ? ["degree": .string("high")] : [:]) },
        agreements: [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")].enumerated().map { i, pair in
            Agreement(id: "e\(i)", from: pair.0, to: pair.1)
        })

    func testValuesAreTypedAndEqualTheMeasures() throws {
        let annotation = try NodeAnnotation(measures: ["degree", "Triangles", "core", "clustering", "betweenness", "community", "degree"])
        XCTAssertEqual(annotation.measures, ["degree", "triangles", "core", "clustering", "betweenness", "community"])
        let result = annotation.annotate(dataset)
        let nodes = result.dataset.nodes
        XCTAssertEqual(nodes.map { $0.attributes["degree"] }, [.integer(2), .integer(2), .integer(3), .integer(1), .integer(0)])
        XCTAssertEqual(nodes.map { $0.attributes["triangles"] }, [.integer(1), .integer(1), .integer(1), .integer(0), .integer(0)])
        XCTAssertEqual(nodes.map { $0.attributes["core"] }, [.integer(2), .integer(2), .integer(2), .integer(1), .integer(0)])
        XCTAssertEqual(nodes.map { $0.attributes["clustering"] }, [.double(1), .double(1), .double(1.0 / 3), .double(0), .double(0)])
        // Betweenness normalised by (n-1)(n-2)/2 = 6: c lies on a–d and b–d.
        XCTAssertEqual(nodes.map { $0.attributes["betweenness"] }, [.double(0), .double(0), .double(2.0 / 6), .double(0), .double(0)])
        let community = nodes.map { $0.attributes["community"] }
        XCTAssertEqual(community[0], community[1])
        XCTAssertNotEqual(community[4], community[0])
        XCTAssertEqual(result.replaced, ["degree"])
        XCTAssertTrue(result.undefined.isEmpty)
        XCTAssertFalse(result.coresIgnoreSelfLoops)
    }

    func testUnknownMeasureNamesTheKnownOnes() {
        XCTAssertThrowsError(try NodeAnnotation(measures: ["degree", "fame"])) { error in
            XCTAssertEqual(error as? AnnotationError, .unknownMeasure("fame", known: NodeAnnotation.knownMeasures))
            XCTAssertTrue("\(error)".hasPrefix("unknown measure 'fame'; expected one of degree, degree_centrality, strength,"))
        }
        XCTAssertEqual(NodeAnnotation.knownMeasures.suffix(5), ["triangles", "clustering", "square_clustering", "core", "community"])
    }
}
