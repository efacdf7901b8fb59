import Graph
import XCTest

/// `Dataset.resolveNode`: id, then exact label, then a label or alias without regard to case,
/// naming one node.
final class NodeResolutionTests: XCTestCase {
    let dataset = Dataset(nodes: [
        Node(id: "minsk", label: "Minsk", aliases: ["Mensk"]),
        Node(id: "gomel", label: "Gomel", aliases: ["Homiel"]),
        Node(id: "homiel-oblast", label: "Homiel"),
        Node(id: "Minsk", label: "Capital"),
    ])

    func testIdThenExactLabelThenAlias() throws {
        XCTAssertEqual(try dataset.resolveNode("minsk"), 0)
        XCTAssertEqual(try dataset.resolveNode("Minsk"), 3, "an id comes before a label")
        XCTAssertEqual(try dataset.resolveNode("Gomel"), 1, "exact label")
        XCTAssertEqual(try dataset.resolveNode("capital"), 3, "label without regard to case")
        XCTAssertEqual(try dataset.resolveNode("MENSK"), 0, "alias without regard to case")
        XCTAssertEqual(try dataset.resolveNode("Homiel"), 2, "an exact label before another node's alias")
    }

    func testAmbiguousAndMissing() {
        XCTAssertThrowsError(try dataset.resolveNode("homiel")) { error in
            XCTAssertEqual(error as? NodeResolutionError, .ambiguous("homiel", candidates: ["gomel", "homiel-oblast"]))
            XCTAssertEqual("\(error)", "'homiel' names 2 nodes ('gomel', 'homiel-oblast'); give an id")
        }
        XCTAssertThrowsError(try dataset.resolveNode("atlantis")) { error in
            XCTAssertEqual(error as? NodeResolutionError, .unknown("atlantis"))
            XCTAssertEqual("\(error)", "no node has the id, label or alias 'atlantis'")
        }
    }

    func testRepeatedIdStandsForItsFirstNode() throws {
        var twice = dataset
        twice.nodes.append(Node(id: "gomel", label: "Second Gomel"))
        XCTAssertEqual(try twice.resolveNode("Second Gomel"), 1)
    }
}
