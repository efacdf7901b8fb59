import Foundation
import TestSupport
import XCTest

/// Outputs never overwrite inputs (exit 2, nothing written), and table commands take their
/// format from -o's extension.
final class OutputSafetyTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws {
        work = try scratchFolder("cli")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("graphs/belarus-asia"),
                                         to: work.appendingPathComponent("ba"))
        try "from,to,weight\na,b,2\nb,c,1\nc,a,3\nc,d,1\n".write(to: work.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        try "id,label\na,Alpha\nb,Beta\nc,Gamma\nd,Delta\n".write(to: work.appendingPathComponent("names.csv"), atomically: true, encoding: .utf8)
    }

    /// Every file below `path` (or the file itself) with its bytes.
    private func snapshot(_ path: String) throws -> [String: Data] {
        let url = work.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [:] }
        guard isDirectory.boolValue else { return [path: try Data(contentsOf: url)] }
        var files: [String: Data] = [:]
        for case let name as String in FileManager.default.enumerator(atPath: url.path)! {
            let file = url.appendingPathComponent(name)
            var dir: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &dir), !dir.boolValue {
                files[name] = try Data(contentsOf: file)
            }
        }
        return files
    }

    /// Runs `arguments` in the work folder and checks that it is refused with exit 2 and
    /// that `input` is unchanged byte for byte.
    private func assertRefused(_ arguments: [String], keeps input: String, mentioning text: String = "refusing",
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try snapshot(input)
        XCTAssertFalse(before.isEmpty, file: file, line: line)
        let result = try Twinning.run(arguments, in: work)
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(text), result.stderr, file: file, line: line)
        XCTAssertEqual(try snapshot(input), before, "\(input) changed", file: file, line: line)
    }

    func testRollupOntoItsInputFolderIsRefusedAndTheInputKept() throws {
        try assertRefused(["rollup", "ba", "--level", "country", "-o", "ba"], keeps: "ba", mentioning: "refusing to write over the input 'ba'")
        try assertRefused(["rollup", "ba/", "--level", "country", "-o", "./ba/../ba"], keeps: "ba")
    }

    func testConvertOntoItselfIsRefused() throws {
        XCTAssertEqual(try Twinning.run(["convert", "ba", "-o", "ba.graphml"], in: work).status, 0)
        try assertRefused(["convert", "ba.graphml", "-o", "ba.graphml"], keeps: "ba.graphml")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try assertRefused(["convert", "ba.graphml", "-o", "sub/../ba.graphml"], keeps: "ba.graphml")
    }

    func testOutputInsideAnInputFolderIsRefusedEvenWhenItDoesNotExistYet() throws {
        try assertRefused(["convert", "ba", "-o", "ba/copy.graphml"], keeps: "ba", mentioning: "inside the input folder")
        try assertRefused(["convert", "ba", "-o", "ba/new/deeper/"], keeps: "ba", mentioning: "inside the input folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("ba/new").path))
    }

    func testOutputFolderHoldingAnInputIsRefused() throws {
        try FileManager.default.createDirectory(at: work.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: work.appendingPathComponent("edges.csv"), to: work.appendingPathComponent("data/edges.csv"))
        try assertRefused(["convert", "data/edges.csv", "-o", "data"], keeps: "data", mentioning: "holds the input")
    }

    func testSymlinkToTheInputIsRefused() throws {
        XCTAssertEqual(try Twinning.run(["convert", "ba", "-o", "ba.graphml"], in: work).status, 0)
        try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("link.graphml").path, withDestinationPath: "ba.graphml")
        try assertRefused(["convert", "ba.graphml", "-o", "link.graphml"], keeps: "ba.graphml")
        try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("folder-link").path, withDestinationPath: "ba")
        try assertRefused(["convert", "ba", "-o", "folder-link/x.json"], keeps: "ba")
    }

    func testNamesFileAndTableOutputsAreGuardedToo() throws {
        try assertRefused(["convert", "edges.csv", "--names", "names.csv", "-o", "names.csv"], keeps: "names.csv")
        try assertRefused(["centrality", "edges.csv", "-o", "edges.csv"], keeps: "edges.csv")
        try assertRefused(["stats", "ba", "-o", "ba/stats.json"], keeps: "ba")
        try assertRefused(["render", "ba", "-o", "ba/picture.svg"], keeps: "ba")
        try assertRefused(["layout", "edges.csv", "-o", "edges.csv"], keeps: "edges.csv")
    }

    func testTableFormatComesFromTheExtension() throws {
        XCTAssertEqual(try Twinning.run(["centrality", "edges.csv", "-o", "c.csv"], in: work).status, 0)
        let csv = try String(contentsOf: work.appendingPathComponent("c.csv"), encoding: .utf8)
        XCTAssertEqual(csv.split(separator: "\n").first, "id,label,degree,betweenness,closeness,harmonic,eigenvector,pagerank")
        XCTAssertEqual(csv.split(separator: "\n").count, 5)

        XCTAssertEqual(try Twinning.run(["centrality", "edges.csv", "-o", "c.json"], in: work).status, 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("c.json"))) as! [[String: Any]]
        XCTAssertEqual(json.map { $0["id"] as? String }, ["a", "b", "c", "d"])
        XCTAssertEqual(json[2]["degree"] as? Int, 3)

        XCTAssertEqual(try Twinning.run(["clustering", "edges.csv", "-o", "k.TXT"], in: work).status, 0)
        let text = try String(contentsOf: work.appendingPathComponent("k.TXT"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("id  label  triangles"), text)

        // --format wins over the extension.
        XCTAssertEqual(try Twinning.run(["stats", "edges.csv", "-o", "s.json", "--format", "csv"], in: work).status, 0)
        XCTAssertTrue(try String(contentsOf: work.appendingPathComponent("s.json"), encoding: .utf8).hasPrefix("section,key,value\n"))
        XCTAssertEqual(try Twinning.run(["stats", "edges.csv", "-o", "s.out", "--format", "json"], in: work).status, 0)
    }

    func testGraphOrUnknownExtensionForATableIsAUsageError() throws {
        let graph = try Twinning.run(["centrality", "edges.csv", "-o", "c.graphml"], in: work)
        XCTAssertEqual(graph.status, 2)
        XCTAssertTrue(graph.stderr.contains("convert IN -o OUT --annotate"), graph.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("c.graphml").path))
        for name in ["c.gexf", "c.dot"] {
            XCTAssertEqual(try Twinning.run(["communities", "edges.csv", "-o", name], in: work).status, 2, name)
        }
        let unknown = try Twinning.run(["timeline", "edges.csv", "-o", "t.xyz"], in: work)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("cannot tell the table format from 't.xyz'"), unknown.stderr)
    }
}
