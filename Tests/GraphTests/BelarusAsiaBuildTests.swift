import Foundation
import TestSupport
import XCTest
@testable import Graph

/// The bundled dataset's build pipeline (`graphs/belarus-asia/tools`): its merge rules pass
/// their tests, it regenerates the committed folder byte for byte from the extraction, and its
/// vocabulary of agreement kinds is the model's.
final class BelarusAsiaBuildTests: XCTestCase {
    static let tools = BelarusAsiaDatasetTests.root.appendingPathComponent("graphs/belarus-asia/tools").path

    /// Runs one of the tools with python3, or skips when python3 is missing.
    private func runTool(_ name: String, _ arguments: [String] = []) throws -> String {
        try Python.require()
        let script = "import subprocess, sys; sys.exit(subprocess.call([sys.executable] + sys.argv[1:]))"
        return try Python.output(script, arguments: [Self.tools + "/" + name] + arguments)
    }

    func testMergeRulesPassTheirTests() throws {
        XCTAssertNoThrow(try runTool("test_build.py"))
    }

    func testBuildRegeneratesTheFolderByteForByte() throws {
        guard FileManager.default.fileExists(atPath: BelarusAsiaDatasetTests.seeds) else {
            throw XCTSkip("the seed books are not at \(BelarusAsiaDatasetTests.seeds); skipping the rebuild")
        }
        let out = try scratchFolder("belarus-asia-build")
        _ = try runTool("build.py", ["--out", out.path])
        for file in ["nodes.csv", "agreements.csv", "sources.csv", "README.md"] {
            let built = try Data(contentsOf: out.appendingPathComponent(file))
            let committed = try Data(contentsOf: URL(fileURLWithPath: BelarusAsiaDatasetTests.folder + "/" + file))
            XCTAssertTrue(built == committed, "\(file) differs from what tools/build.py makes (run it and commit)")
        }
    }

    /// tools/verify.py: quotes in their books near their locators and none cut mid-phrase, ids,
    /// references, aliases, the hierarchy and its countries, vocabularies.
    func testVerifyFindsNoProblem() throws {
        guard FileManager.default.fileExists(atPath: BelarusAsiaDatasetTests.seeds) else {
            throw XCTSkip("the seed books are not at \(BelarusAsiaDatasetTests.seeds); skipping verify.py")
        }
        let output = try runTool("verify.py")
        XCTAssertTrue(output.hasSuffix("OK: no problems\n"), output)
    }

    /// tools/compare_wikidata.py: the README's comparison with Wikidata's P190 is what the
    /// script makes now from the shared crawl (read in place), twinning match and the reviewed
    /// decisions, and every "only in" row has its hand check.
    func testWikidataComparisonIsCurrentAndChecked() throws {
        let crawl = BelarusAsiaDatasetTests.root.deletingLastPathComponent().appendingPathComponent("shared/datasets/wikidata-sister-cities").path
        guard FileManager.default.fileExists(atPath: crawl + "/relations.tsv") else {
            throw XCTSkip("the Wikidata crawl is not at \(crawl); skipping the comparison")
        }
        let output = try runTool("compare_wikidata.py", ["--check", "--crawl", crawl])
        XCTAssertFalse(output.contains("stale"), output)
        let readme = try String(contentsOfFile: BelarusAsiaDatasetTests.folder + "/README.md", encoding: .utf8)
        let block = try XCTUnwrap(readme.components(separatedBy: "<!-- wikidata-comparison:start").last?.components(separatedBy: "<!-- wikidata-comparison:end").first)
        XCTAssertTrue(block.contains("#### Only in the books") && block.contains("#### Only in Wikidata"))
        XCTAssertFalse(block.contains("not yet checked"), "every only-in row is checked by hand")
    }

    func testToolsKnowTheModelsAgreementKinds() throws {
        let kinds = try Python.output("import sys; sys.path.insert(0, sys.argv[1]); import vocabulary; print('\\n'.join(vocabulary.KINDS))",
                                      arguments: [Self.tools])
        XCTAssertEqual(kinds.split(separator: "\n").map(String.init), AgreementKind.known.map(\.rawValue))
    }
}
