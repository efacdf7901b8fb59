import Foundation
import TestSupport
import XCTest

/// Every Graphviz handle is freed: render-bench draws the small fixture in every layout and
/// format, and the error paths, twice over, under valgrind; no block may be definitely lost
/// from our code and no memory error may occur. Leaks inside Graphviz 2.42 and the font
/// libraries are suppressed by graphviz-2.42.supp (each entry explained there).
/// Tests/RenderTests/leak-check.sh runs the same check by hand with more iterations.
final class LeakCheckTests: XCTestCase {
    func testRepeatedRenderingUnderValgrindLosesNothing() throws {
        guard let valgrind = ["/usr/bin/valgrind", "/usr/local/bin/valgrind"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("valgrind is not installed")
        }
        let bench = Bundle.main.bundleURL.appendingPathComponent("render-bench")
        guard FileManager.default.isExecutableFile(atPath: bench.path) else {
            throw XCTSkip("render-bench is not built beside the tests (swift build builds it)")
        }
        let log = try scratchFolder("valgrind").appendingPathComponent("valgrind.log")
        let run = try ProcessRunner.run(URL(fileURLWithPath: valgrind), [
            "--leak-check=full", "--show-leak-kinds=definite", "--errors-for-leak-kinds=definite",
            "--suppressions=" + Repository.path("Tests/RenderTests/graphviz-2.42.supp"),
            "--num-callers=30", "--log-file=" + log.path, bench.path, "leak-check", "--iterations", "2",
        ], in: Repository.root)
        let report = try String(contentsOf: log, encoding: .utf8)
        XCTAssertTrue(report.contains("ERROR SUMMARY: 0 errors"), String(report.suffix(3000)))
        XCTAssertFalse(report.range(of: "definitely lost: [1-9]", options: .regularExpression) != nil, String(report.suffix(3000)))
        XCTAssertEqual(run.status, 0, run.stderr)
    }
}
