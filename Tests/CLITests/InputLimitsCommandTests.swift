import Foundation
import XCTest

/// `--max-agreements` on the commands that read a graph, and DOT's limits end to end (issue 12).
final class InputLimitsCommandTests: XCTestCase {
    func testMaxAgreementsRefusesWithTheLimitsName() throws {
        let input = "graph {\n {a b c} -- {d e f}\n}\n"
        let refused = try Twinning.run(["stats", "-", "--from", "dot", "--max-agreements", "8"], stdin: input)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("<stdin>:2:10: error: expected at most 8 agreements (the limit set by --max-agreements), found 9"), refused.stderr)
        let converted = try Twinning.run(["convert", "-", "--from", "dot", "--max-agreements", "9", "-o", "-", "--to", "csv"], stdin: input)
        XCTAssertEqual(converted.status, 0, converted.stderr)
        XCTAssertEqual(converted.stdout.split(separator: "\n").count, 10)
        let csv = try Twinning.run(["validate", "-", "--from", "csv", "--max-agreements", "1"], stdin: "from,to\na,b\nb,c\n")
        XCTAssertEqual(csv.status, 1)
        XCTAssertTrue(csv.stderr.contains("<stdin>:3: error: expected at most 1 agreements (the limit set by --max-agreements), found 2"), csv.stderr)
    }

    func testConvertNeverWritesDOTItCannotReadBack() throws {
        let label = String(repeating: "x", count: 70_000)
        let result = try Twinning.run(["convert", "-", "--from", "csv", "-o", "-", "--to", "dot"], stdin: "from,to,label\na,b,\(label)\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("cannot write agreement 'e0' to DOT: its field 'label' is a DOT string of 70000 bytes"), result.stderr)
    }
}
