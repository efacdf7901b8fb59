import Foundation
import TestSupport
import XCTest

/// The command line's contract: exit codes, one-line errors, atomic outputs, untouched inputs.
final class CommandLineTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("cli") }

    private func writeDataset(nodes: String, agreements: String, name: String = "net") throws -> String {
        let folder = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try nodes.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try agreements.write(to: folder.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        return folder.path
    }

    private var sample: String {
        get throws {
            try writeDataset(nodes: "id,label,type,country,within\nby,Belarus,country,Belarus,\ncn,China,country,China,\nminsk,Minsk,city,Belarus,by\nbeijing,Beijing,region,China,cn\nbsu,BSU,university,Belarus,\n",
                             agreements: "id,from,to,kind,date,status\na1,minsk,beijing,twinning,1992,signed\na2,minsk,beijing,roadmap,2017-03,signed\na3,bsu,beijing,university_agreement,2019-05-14,planned\n")
        }
    }

    func testValidateCleanDatasetExitsZero() throws {
        let result = try Twinning.run(["validate", try sample])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("5 nodes, 3 agreements, 0 sources; 0 errors, 0 warnings"), result.stdout)
    }

    func testValidateReportsErrorsAndExitsOne() throws {
        let path = try writeDataset(nodes: "id\na\n", agreements: "id,from,to,kind\ne1,a,b,barter\n")
        let result = try Twinning.run(["validate", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("agreements.csv:2: error: agreement 'e1': 'to' names no node: 'b'"), result.stdout)
        XCTAssertTrue(result.stdout.contains("agreements.csv:2: warning: unknown agreement kind 'barter'"), result.stdout)
    }

    func testStrictTurnsWarningsIntoFailure() throws {
        let path = try writeDataset(nodes: "id\na\n", agreements: "from,to\na,a\n")
        XCTAssertEqual(try Twinning.run(["validate", path]).status, 0)
        XCTAssertEqual(try Twinning.run(["validate", path, "--strict"]).status, 1)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try Twinning.run(["stats"]).status, 2)
        XCTAssertEqual(try Twinning.run(["stats", try sample, "--since", "soon"]).status, 2)
        XCTAssertEqual(try Twinning.run(["stats", try sample, "--format", "xml"]).status, 2)
        XCTAssertEqual(try Twinning.run(["convert", try sample, "-o", "out.unknown"]).status, 2)
        XCTAssertEqual(try Twinning.run(["frobnicate"]).status, 2)
    }

    func testEveryCommandHelpHasAnExample() throws {
        for command in ["validate", "stats", "convert", "centrality", "clustering", "communities", "path", "render",
                        "report", "rollup", "timeline", "brokerage", "homophily", "geography", "ego"] {
            let result = try Twinning.run([command, "--help"])
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.stdout.contains("Example:") && result.stdout.contains("twinning \(command) "), "\(command): \(result.stdout)")
        }
    }

    func testStatsJSONAndFilters() throws {
        let result = try Twinning.run(["stats", try sample, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(json["nodes"] as? Int, 5)
        XCTAssertEqual(json["agreements"] as? Int, 3)
        XCTAssertEqual(json["edges"] as? Int, 2)
        XCTAssertEqual(json["components"] as? Int, 3)
        XCTAssertEqual(json["largest_component"] as? Int, 3)
        XCTAssertEqual(json["isolates"] as? Int, 2)
        XCTAssertEqual(json["density"] as? Double ?? -1, 0.2, accuracy: 1e-12)
        XCTAssertEqual(json["first_date"] as? String, "1992")
        XCTAssertEqual((json["agreements_by_kind"] as? [String: Int])?["twinning"], 1)

        let filtered = try Twinning.run(["stats", try sample, "--format", "json", "--since", "2017", "--status", "signed"])
        let f = try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(f["agreements"] as? Int, 1)
        let typed = try Twinning.run(["stats", try sample, "--format", "csv", "--type", "city,region"])
        XCTAssertTrue(typed.stdout.hasPrefix("section,key,value\nsummary,nodes,2\nsummary,agreements,2\n"), typed.stdout)
    }

    func testBadInputWritesNothingAndLeavesInputUntouched() throws {
        let path = try writeDataset(nodes: "id\na\n", agreements: "from,to\na,ghost\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: path + "/agreements.csv"))
        let output = work.appendingPathComponent("out.json")
        let result = try Twinning.run(["convert", path, "-o", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
        XCTAssertTrue(result.stderr.contains("agreements.csv:2: error:"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path + "/agreements.csv")), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.contains(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testConvertReplacesAnExistingOutputAtomically() throws {
        let output = work.appendingPathComponent("out.json")
        try "old".write(to: output, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Twinning.run(["convert", try sample, "-o", output.path]).status, 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("{"), text)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".") }, [])
    }

    func testStandardInputAndOutput() throws {
        let result = try Twinning.run(["convert", "-", "-o", "-", "--to", "json", "--quiet"], stdin: "a,b\nb,c\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"source\": \"a\""), result.stdout)
        let stats = try Twinning.run(["stats", "-", "--from", "tsv", "--format", "json"], stdin: "a\tb\n")
        XCTAssertTrue(stats.stdout.contains("\"nodes\": 2"), stats.stdout + stats.stderr)
    }

    func testNativeRoundTripThroughTheCommandLine() throws {
        let folder = work.appendingPathComponent("copy").path
        XCTAssertEqual(try Twinning.run(["convert", try sample, "-o", folder]).status, 0)
        XCTAssertEqual(try Twinning.run(["convert", folder, "-o", work.appendingPathComponent("copy.json").path]).status, 0)
        XCTAssertEqual(try Twinning.run(["convert", work.appendingPathComponent("copy.json").path, "-o", work.appendingPathComponent("again").path]).status, 0)
        for file in ["nodes.csv", "agreements.csv", "sources.csv"] {
            XCTAssertEqual(try String(contentsOfFile: folder + "/" + file, encoding: .utf8),
                           try String(contentsOfFile: work.appendingPathComponent("again/" + file).path, encoding: .utf8), file)
        }
    }
}
