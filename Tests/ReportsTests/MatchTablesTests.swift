import Analytics
import Graph
import XCTest
@testable import Reports

/// `MatchTables`: the crosswalk it writes reads back through `Crosswalk.read` (one row per
/// actor of A, no actor of B matched twice), ids and labels on both sides, evidence joined, and
/// the summary counts in all and per type of A.
final class MatchTablesTests: XCTestCase {
    let a = Dataset(nodes: [
        Node(id: "minsk", label: "Minsk", type: .city, country: "Belarus"),
        Node(id: "homel", label: "Homel", type: .city, country: "Belarus"),
        Node(id: "gomel", label: "Gomel", type: .city, country: "Belarus"),
        Node(id: "bsu", label: "Belarusian State University", type: .university),
        Node(id: "x", label: "Atlantis"),
    ])
    let b = Dataset(nodes: [Node(id: "q1", label: "Minsk", type: .city), Node(id: "q2", label: "Gomel")])

    func testCrosswalkReadsBack() throws {
        let tables = MatchTables(a, b, gazetteer: nil, options: ActorMatching.Options())
        let written = tables.crosswalk
        let read = try Crosswalk.read(Array(written.csv.utf8), file: "crosswalk.csv")
        XCTAssertEqual(read.rows.map(\.aID), ["minsk", "homel", "gomel", "bsu", "x"])
        XCTAssertEqual(read.matches.map { "\($0.a)=\($0.b)" }, ["minsk=q1", "gomel=q2"])
        let minsk = written.rows[0]
        XCTAssertEqual([minsk.aLabel, minsk.bLabel], ["Minsk", "Minsk"])
        XCTAssertEqual(minsk.evidence, "label; type")
        XCTAssertEqual(minsk.score ?? 0, 0.97, accuracy: 1e-9)
        // Homel wanted Gomel too; Gomel's exact label keeps it, Homel is left to review.
        XCTAssertEqual(written.rows[1].decision, .review)
        XCTAssertEqual(written.rows[1].bID, "q2")
        XCTAssertEqual(written.rows[4].decision, .none)
        XCTAssertNil(written.rows[4].bID)
    }

    func testSummary() {
        let tables = MatchTables(a, b, gazetteer: nil, options: ActorMatching.Options())
        XCTAssertEqual(tables.summary, [
            "5 actors of A, 2 of B: 2 match, 1 review, 2 none",
            "city: 2 match, 1 review, 0 none of 3",
            "university: 0 match, 0 review, 1 none of 1",
            "(no type): 0 match, 0 review, 1 none of 1",
        ])
    }
}
