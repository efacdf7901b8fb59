import Foundation
import TestSupport
import XCTest

/// The networkx user of issue 9, on the bundled dataset graphs/belarus-asia: what `twinning
/// convert` writes in GraphML and node-link JSON, networkx reads with every directed agreement
/// in its order, so that the directed view (an undirected agreement counts both ways) has as
/// many strongly connected components as `twinning stats` reports; and `nx.read_gexf`
/// accepts the GEXF. The Python side is Tests/GraphTests/Fixtures/interop/roundtrip.py.
final class NetworkxScenarioTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("cli") }

    static var harness: String {
        Repository.root.appendingPathComponent("Tests/GraphTests/Fixtures/interop/roundtrip.py").path
    }

    /// Runs the harness; skips when python3 with networkx (at its pinned version) is missing.
    func harness(_ arguments: [String]) throws -> [String: Any] {
        let result = try Python.run("import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
                                    arguments: [Self.harness] + arguments, requiring: ["networkx"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stdout + result.stderr)
    }

    func testNetworkxUserKeepsEveryDirectedAgreementOfTheBundledDataset() throws {
        let dataset = "graphs/belarus-asia"
        var files: [String] = []
        for ext in ["graphml", "json", "gexf"] {
            let path = work.appendingPathComponent("belarus-asia.\(ext)").path
            let converted = try Twinning.run(["convert", dataset, "-o", path])
            XCTAssertEqual(converted.status, 0, converted.stderr)
            files.append(path)
        }
        let stats = try Twinning.run(["stats", dataset, "--format", "json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let ours = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let strong = try XCTUnwrap(ours["strong_components"] as? Int)
        let seen = try harness(["scenario", Repository.root.appendingPathComponent(dataset).path] + files)
        XCTAssertEqual(seen["directed_agreements"] as? Int, ours["directed_agreements"] as? Int)
        for format in ["graphml", "json"] {
            let view = try XCTUnwrap(seen[format] as? [String: Any], format)
            XCTAssertEqual(view["nodes"] as? Int, ours["nodes"] as? Int, format)
            XCTAssertEqual(view["edges"] as? Int, ours["agreements"] as? Int, format)
            XCTAssertEqual(view["strong_components"] as? Int, strong,
                           "\(format): networkx's directed view has \(view["strong_components"] ?? "?") strong components, twinning stats \(strong)")
            XCTAssertEqual(view["reversed"] as? Int, 0,
                           "\(format): directed agreements networkx reads reversed, e.g. \(view["reversed_examples"] ?? [])")
            XCTAssertEqual(view["missing"] as? Int, 0,
                           "\(format): directed agreements networkx does not find by id, e.g. \(view["missing_examples"] ?? [])")
        }
        let gexf = try XCTUnwrap(seen["gexf"] as? [String: Any])
        XCTAssertEqual(gexf["accepted"] as? Bool, true, "nx.read_gexf refuses the bundled dataset's GEXF: \(gexf["error"] ?? "")")
        if gexf["accepted"] as? Bool == true {
            XCTAssertEqual(gexf["nodes"] as? Int, ours["nodes"] as? Int, "gexf")
            XCTAssertEqual(gexf["edges"] as? Int, ours["agreements"] as? Int, "gexf")
        }
    }
}
