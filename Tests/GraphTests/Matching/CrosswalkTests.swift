import Graph
import XCTest

/// The crosswalk file: written and read back unchanged, edited by hand (a decision changed, a
/// column dropped, spaces and case), and each malformed row refused with its line and column.
final class CrosswalkTests: XCTestCase {
    let crosswalk = Crosswalk(rows: [
        .init(aID: "minsk", aLabel: "Minsk", bID: "Q2280", bLabel: "Minsk", score: 0.98, runnerUpID: "Q1022", runnerUpLabel: "Minsk Region",
              runnerUpScore: 0.41, evidence: "label; type", decision: .match),
        .init(aID: "mogilev", aLabel: "Mogilev", bID: "Q154893", bLabel: "Mahiljou", score: 0.7, evidence: "transliteration", decision: .review),
        .init(aID: "bsu", aLabel: "Belarusian State University, \"BSU\"", decision: .none),
    ])

    private func read(_ text: String) throws -> Crosswalk { try Crosswalk.read(Array(text.utf8), file: "c.csv") }

    func testRoundTrip() throws {
        let text = crosswalk.csv
        XCTAssertTrue(text.hasPrefix("a_id,a_label,b_id,b_label,score,runner_up_id,runner_up_label,runner_up_score,evidence,decision\n"))
        XCTAssertTrue(text.contains("minsk,Minsk,Q2280,Minsk,0.98,Q1022,Minsk Region,0.41,label; type,match\n"), text)
        var back = try read(text)
        XCTAssertEqual(back.rows.map(\.origin?.line), [2, 3, 4])
        for i in back.rows.indices { back.rows[i].origin = nil }
        XCTAssertEqual(back, crosswalk)
        XCTAssertEqual(back.matches.map { "\($0.a)=\($0.b)" }, ["minsk=Q2280"])
    }

    func testHandEdits() throws {
        let edited = try read("\u{FEFF}A_ID , decision,b_id\nminsk, MATCH ,Q2280\nmogilev,match,Q154893\nbsu,reject,Q1\n")
        XCTAssertEqual(edited.matches.map { "\($0.a)=\($0.b)" }, ["minsk=Q2280", "mogilev=Q154893"])
        XCTAssertEqual(edited.rows[2].decision, .reject)
    }

    func testMalformedRowsAreRefusedWithTheirPlace() {
        let cases: [(String, String)] = [
            ("", "c.csv:1: error: expected a crosswalk header"),
            ("a_id,b_id\nx,y\n", "the column 'decision'"),
            ("a_id,b_id,decision\nx,y,maybe\n", "c.csv:2 (column 'decision'): error: expected one of match, review, none, reject, found 'maybe'"),
            ("a_id,b_id,decision\nx,,match\n", "c.csv:2 (column 'b_id'): error: 'x' is marked match but names no actor of B"),
            ("a_id,b_id,decision\nx,y,none\nx,z,match\n", "c.csv:3 (column 'a_id'): error: 'x' is already on line 2"),
            ("a_id,b_id,decision\nx,y,match\nz,y,match\n", "c.csv:3 (column 'b_id'): error: 'y' of B is already matched on line 2"),
            ("a_id,b_id,decision,score\nx,y,match,high\n", "c.csv:2 (column 'score'): error: expected a number, found 'high'"),
            ("a_id,b_id,decision\n,y,match\n", "c.csv:2 (column 'a_id'): error: expected the id of an actor of A"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try read(text), text) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(text): \(error)")
            }
        }
    }
}
