import Foundation
import TestSupport
import XCTest

/// Builds and runs the example package in `Examples/` (a package that depends on the library
/// products Graph and Analytics by path, as another package would) and checks that it prints
/// what `twinning centrality` and `twinning communities` print for the bundled dataset.
///
/// The example is built with `swift build --package-path Examples` into its own scratch path
/// under the system temporary folder, so it never touches `.build`; that build compiles the
/// root package again (GRDB and all), so this test takes a few minutes the first time (the
/// scratch folder is kept, and later runs only relink). It is the only test that does.
final class ExamplePackageTests: XCTestCase {
    func testExamplePackagePrintsTheCommandsTopActorsAndCommunityCount() throws {
        let root = Repository.root
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("twinning-examples-build").path
        let package = ["--package-path", root.appendingPathComponent("Examples").path, "--scratch-path", scratch]

        let build = try Self.swift(["build"] + package, in: root)
        XCTAssertEqual(build.status, 0, "swift build --package-path Examples failed:\n\(build.stdout)\n\(build.stderr)")
        let run = try Self.swift(["run", "--skip-build"] + package + ["top-actors", "graphs/belarus-asia"], in: root)
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6, run.stdout)

        // The five actors with the highest degree, as `centrality` ranks them (ties in dataset order).
        let centrality = try Twinning.run(["centrality", "graphs/belarus-asia", "--measures", "degree", "--only",
                                           "--top", "5", "--format", "json"])
        XCTAssertEqual(centrality.status, 0, centrality.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(centrality.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 5)
        for (line, row) in zip(lines.prefix(5), rows) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(fields.count, 3, line)
            XCTAssertEqual(fields[1], row["id"] as? String)
            XCTAssertEqual(fields[2], row["label"] as? String)
            XCTAssertEqual(Int(fields[0]), row["degree"] as? Int)
        }

        // The number of communities Louvain finds with the command's default seed (0).
        let communities = try Twinning.run(["communities", "graphs/belarus-asia", "--format", "json"])
        XCTAssertEqual(communities.status, 0, communities.stderr)
        let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(communities.stdout.utf8)) as? [String: Any])
        let count = try XCTUnwrap(summary["communities"] as? Int)
        XCTAssertEqual(lines[5], "communities\t\(count)")
    }

    /// Runs the `swift` driver found on PATH.
    private static func swift(_ arguments: [String], in directory: URL) throws -> CommandResult {
        try ProcessRunner.run(named: "swift", arguments, in: directory)
    }
}
