import Foundation
import TestSupport
import XCTest

/// The shared test support: the Python runner reports what a script did and skips for the
/// right reasons (python3 or a module missing, a pinned module at another version), and the
/// CSV parser reads quoted fields.
final class TestSupportTests: XCTestCase {
    func testPinsAreTheVersionsSetupInstalls() {
        XCTAssertEqual(Python.pinned, ["networkx": "3.6.1", "igraph": "1.0.0"])
        XCTAssertEqual(Python.pins(in: "# made with\nnetworkx==3.6.1  # the fixtures\n\nscipy>=1\nigraph==1.0.0\n"),
                       ["networkx": "3.6.1", "igraph": "1.0.0"])
    }

    func testAnotherNetworkxVersionIsASkipSayingWhich() {
        XCTAssertNil(Python.skipReason(module: "networkx", found: "3.6.1"))
        XCTAssertNil(Python.skipReason(module: "sqlite3", found: ""))
        XCTAssertEqual(Python.skipReason(module: "networkx", found: "3.4.2"),
                       "python3 has networkx 3.4.2, but the fixtures were made with networkx 3.6.1: "
                       + "not comparing against another version (scripts/setup.sh installs networkx==3.6.1)")
        XCTAssertEqual(Python.skipReason(module: "igraph", found: nil), "python3 has no igraph (scripts/setup.sh installs it)")
    }

    func testRunReportsStatusAndBothOutputs() throws {
        let result = try Python.run("import sys; print(sys.argv[1:]); sys.stderr.write('oops'); sys.exit(3)", arguments: ["a b", "ü"])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stdout, "['a b', 'ü']\n")
        XCTAssertEqual(result.stderr, "oops")
        XCTAssertThrowsError(try Python.output("import sys; sys.stderr.write('bad'); sys.exit(2)")) { error in
            XCTAssertEqual("\(error)", "python3 exited with status 2: bad")
        }
        XCTAssertEqual(try Python.output("print(6 * 7)"), "42\n")
    }

    func testAMissingModuleSkips() throws {
        try Python.require()
        XCTAssertThrowsError(try Python.require("no_such_module_for_twinning")) { error in
            XCTAssertTrue(error is XCTSkip, "\(error)")
            XCTAssertTrue("\(error)".contains("python3 has no no_such_module_for_twinning"), "\(error)")
        }
    }

    func testCSVTableReadsQuotedFields() {
        let table = CSVTable("id,label,note\r\na,\"B, \"\"quoted\"\"\",\"two\nlines\"\nc,,\n")
        XCTAssertEqual(table.header, ["id", "label", "note"])
        XCTAssertEqual(table.rows, [["a", "B, \"quoted\"", "two\nlines"], ["c", "", ""]])
        XCTAssertEqual(table.records.last, ["id": "c", "label": "", "note": ""])
    }
}
