import Foundation
import TestSupport
import XCTest

/// Nothing silent: a command that writes a graph names on standard error the fields the
/// output format cannot carry (`FormatCapabilities.droppedFields`), unless `--quiet`.
final class DroppedFieldsWarningTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("cli") }

    private func path(_ name: String) -> String { work.appendingPathComponent(name).path }

    /// Two agreements with a kind and a date, an integer attribute; node ids only.
    let edgeList = "a b {'kind': 'twinning', 'date': '1995-04', 'weight': 2, 'rank': 1}\nb c {'kind': 'memorandum'}\n"

    func testConvertNamesWhatTheOutputCannotCarry() throws {
        let net = path("out.net")
        let result = try Twinning.run(["convert", "-", "--from", "edgelist", "-o", net], stdin: edgeList)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "twinning: warning: \(net) cannot carry: agreement kind, agreement date, agreement attributes; they were not written\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: net))

        let dot = try Twinning.run(["convert", "-", "--from", "edgelist", "-o", "-", "--to", "dot"], stdin: edgeList)
        XCTAssertEqual(dot.status, 0, dot.stderr)
        XCTAssertEqual(dot.stderr, "twinning: warning: standard output (dot) cannot carry: attribute types; they were not written\n")
    }

    func testNoWarningWhenEverythingIsCarriedOrWithQuiet() throws {
        for output in ["out.graphml", "out.gml.gz", "folder/"] {
            let result = try Twinning.run(["convert", "-", "--from", "edgelist", "-o", path(output)], stdin: edgeList)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "", output)
        }
        let quiet = try Twinning.run(["convert", "-", "--from", "edgelist", "-o", path("quiet.net"), "--quiet"], stdin: edgeList)
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertEqual(quiet.stderr, "")
    }

    func testLayoutWarnsWhenAnEdgeTableLosesThePositions() throws {
        let csv = path("laid.csv")
        let result = try Twinning.run(["layout", "graphs/belarus-asia", "--type", "country", "--layout", "neato", "-o", csv])
        XCTAssertEqual(result.status, 0, result.stderr)
        let line = try XCTUnwrap(result.stderr.split(separator: "\n").first { $0.contains("cannot carry") }, result.stderr)
        XCTAssertTrue(line.hasPrefix("twinning: warning: \(csv) cannot carry: "), String(line))
        XCTAssertTrue(line.contains("node positions"), String(line))
        XCTAssertTrue(line.hasSuffix("; they were not written"), String(line))
    }

    func testValidatePassesDedupeDown() throws {
        let input = "a\tb\nb\ta\n"
        let plain = try Twinning.run(["validate", "-", "--from", "tsv"], stdin: input)
        XCTAssertTrue(plain.stdout.contains("2 nodes, 2 agreements"), plain.stdout)
        let merged = try Twinning.run(["validate", "-", "--from", "tsv", "--dedupe"], stdin: input)
        XCTAssertEqual(merged.status, 0, merged.stderr + merged.stdout)
        XCTAssertTrue(merged.stdout.contains("2 nodes, 1 agreements"), merged.stdout)
    }
}
