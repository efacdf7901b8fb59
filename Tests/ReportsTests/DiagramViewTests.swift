import Graph
import Reports
import XCTest

/// The rule of what a drawing shows (DiagramView): a degree cut in one pass, then isolates left
/// out unless kept, each counted in the caption.
final class DiagramViewTests: XCTestCase {
    /// A star a–b, a–c, a–d; a path d–e; f alone; g with a self-loop only.
    private var dataset: Dataset {
        Dataset(nodes: ["a", "b", "c", "d", "e", "f", "g"].map { Node(id: $0) },
                agreements: [("a", "b"), ("a", "c"), ("a", "d"), ("d", "e"), ("g", "g")].enumerated().map {
                    Agreement(id: "e\($0.offset)", from: $0.element.0, to: $0.element.1)
                })
    }

    func testIsolatesAreLeftOutAndCounted() {
        let cut = DiagramView().cut(dataset)
        // g's self-loop is an agreement: g is drawn; only f has none.
        XCTAssertEqual(cut.dataset.nodes.map(\.id), ["a", "b", "c", "d", "e", "g"])
        XCTAssertEqual(cut.isolates, 1)
        XCTAssertEqual(cut.dataset.agreements.count, 5)
        XCTAssertEqual(cut.caption, "6 actors and 5 agreements drawn; 1 actor without agreements left out (--keep-isolates draws them)")
    }

    func testKeepIsolatesDrawsEveryActor() {
        let cut = DiagramView(keepIsolates: true).cut(dataset)
        XCTAssertEqual(cut.dataset.nodes.count, 7)
        XCTAssertEqual(cut.isolates, 0)
        XCTAssertEqual(cut.caption, "7 actors and 5 agreements drawn")
    }

    func testMinimumDegreeIsOnePassThenIsolatesGo() {
        // Degrees (distinct partners, self-loops not counted): a 3, b 1, c 1, d 2, e 1, f 0, g 0.
        // K = 2 keeps a and d (one pass: d stays although e, one of its partners, goes).
        let cut = DiagramView(minimumDegree: 2).cut(dataset)
        XCTAssertEqual(cut.dataset.nodes.map(\.id), ["a", "d"])
        XCTAssertEqual(cut.belowMinimumDegree, 5)
        XCTAssertEqual(cut.isolates, 0)
        XCTAssertEqual(cut.dataset.agreements.map(\.id), ["e2"])
        // K = 3 keeps a alone, which then has no agreement left: an isolate.
        let strict = DiagramView(minimumDegree: 3).cut(dataset)
        XCTAssertEqual(strict.dataset.nodes.count, 0)
        XCTAssertEqual(strict.belowMinimumDegree, 6)
        XCTAssertEqual(strict.isolates, 1)
        XCTAssertTrue(strict.caption.contains("6 actors with fewer than 3 partners left out"), strict.caption)
    }

    func testParallelAgreementsCountOnePartner() {
        var twice = dataset
        twice.agreements.append(Agreement(id: "dup", from: "b", to: "a"))
        let cut = DiagramView(minimumDegree: 2).cut(twice)
        XCTAssertFalse(cut.dataset.nodes.contains { $0.id == "b" })
    }
}
