import Foundation
@testable import Graph
import TestSupport
import XCTest

/// `AtomicFolder`: a folder output is swapped in whole — no stale file survives, a failure
/// leaves the old folder intact, a folder holding somebody else's files is refused.
final class AtomicFolderTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try scratchFolder("folder")
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Every file below `path` with its text.
    func contents(_ path: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            files[name] = try String(contentsOfFile: path + "/" + name, encoding: .utf8)
        }
        return files
    }

    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    let small = Dataset(nodes: [Node(id: "a"), Node(id: "b")], agreements: [Agreement(id: "e1", from: "a", to: "b")])

    func oldDataset() -> Dataset {
        var dataset = Dataset(nodes: [Node(id: "x"), Node(id: "y"), Node(id: "z")],
                              agreements: [Agreement(id: "old", from: "x", to: "y")])
        dataset.metadata["title"] = .string("old")
        return dataset
    }

    func testAStaleFileDoesNotSurviveTheSwap() throws {
        let out = path("out")
        try NativeFolder.write(oldDataset(), to: out)
        XCTAssertEqual(try contents(out).keys.sorted(), ["agreements.csv", "metadata.csv", "nodes.csv", "sources.csv"])
        try NativeFolder.write(small, to: out + "/")
        XCTAssertEqual(try contents(out).keys.sorted(), ["agreements.csv", "nodes.csv", "sources.csv"])
        let read = try NativeFolder.read(folder: out)
        XCTAssertEqual(read.nodes.map(\.id), ["a", "b"])
        XCTAssertEqual(read.agreements.map(\.id), ["e1"])
        XCTAssertTrue(read.metadata.isEmpty)
        XCTAssertEqual(try listing(), ["out"], "no temporary or old folder is left beside it")
    }

    func testAFolderWithAForeignFileIsRefusedAndUntouched() throws {
        let out = path("out")
        try NativeFolder.write(oldDataset(), to: out)
        try "my notes".write(toFile: out + "/README.md", atomically: false, encoding: .utf8)
        let before = try contents(out)
        XCTAssertThrowsError(try NativeFolder.write(small, to: out)) { error in
            XCTAssertEqual("\(error)", "\(out)/README.md: error: refusing to replace the folder '\(out)': it holds 'README.md', which is not a file of a dataset folder (agreements.csv, metadata.csv, nodes.csv, sources.csv); move it away or choose another output folder")
        }
        XCTAssertEqual(try contents(out), before)

        // A subfolder, even one with a writer's name, and a plain file are refused too.
        try FileManager.default.removeItem(atPath: out + "/README.md")
        try FileManager.default.removeItem(atPath: out + "/sources.csv")
        try FileManager.default.createDirectory(atPath: out + "/sources.csv", withIntermediateDirectories: false)
        XCTAssertThrowsError(try NativeFolder.write(small, to: out)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(out)/sources.csv: error: refusing to replace the folder"), "\(error)")
        }
        try "x".write(toFile: path("file"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try Neo4jImport.write(small, to: path("file"))) { error in
            XCTAssertEqual("\(error)", "\(path("file")): error: refusing to replace it with a Neo4j import folder: it exists and is not a folder; choose another output path")
        }
        XCTAssertEqual(try listing(), ["file", "out"])
    }

    func testAFailureMidFolderLeavesTheOldFolderIntact() throws {
        struct Injected: Error {}
        let out = path("out")
        try NativeFolder.write(oldDataset(), to: out)
        let before = try contents(out)
        XCTAssertThrowsError(try AtomicFolder.replace(out, writerFiles: NativeFolder.fileNames, kind: "a dataset folder") { writer in
            try writer.write("nodes.csv", "id\nnew\n")
            throw Injected()
        }) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(out): error: cannot write: "), "\(error)")
        }
        XCTAssertEqual(try contents(out), before)
        XCTAssertEqual(try listing(), ["out"])

        // An InputError or OutputError passes through as it is.
        XCTAssertThrowsError(try AtomicFolder.replace(out, writerFiles: NativeFolder.fileNames, kind: "a dataset folder") { writer in
            try writer.write("nodes.csv", "id\nnew\n")
            try writer.write("stray.txt", "x")
        }) { error in
            XCTAssertEqual("\(error)", "\(out)/stray.txt: error: cannot write: not one of the files of this folder (agreements.csv, metadata.csv, nodes.csv, sources.csv)")
        }
        XCTAssertEqual(try contents(out), before)
        XCTAssertEqual(try listing(), ["out"])
    }

    func testAReplacedFolderKeepsItsModesAndANewOneIsCreatedWithItsParents() throws {
        let out = path("deep/er/out")
        try NativeFolder.write(oldDataset(), to: out)
        XCTAssertEqual(chmod(out, 0o700), 0)
        XCTAssertEqual(chmod(out + "/nodes.csv", 0o600), 0)
        try NativeFolder.write(small, to: out)
        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
        }
        XCTAssertEqual(try mode(out), 0o700)
        XCTAssertEqual(try mode(out + "/nodes.csv"), 0o600)
        let mask = umask(0)
        umask(mask)
        XCTAssertEqual(try mode(out + "/agreements.csv"), 0o666 & ~Int(mask))
        XCTAssertEqual(try NativeFolder.read(folder: out).nodes.map(\.id), ["a", "b"])
    }

    /// Where the atomic exchange is missing (not Linux, or a file system without it), the old
    /// folder is renamed aside, the new one renamed in, the old one removed.
    func testTheTwoStepSwapGivesTheSameFolder() throws {
        RenameExchange.enabled = false
        defer { RenameExchange.enabled = true }
        let out = path("out")
        try NativeFolder.write(oldDataset(), to: out)
        try NativeFolder.write(small, to: out)
        XCTAssertEqual(try contents(out).keys.sorted(), ["agreements.csv", "nodes.csv", "sources.csv"])
        XCTAssertEqual(try NativeFolder.read(folder: out).nodes.map(\.id), ["a", "b"])
        XCTAssertEqual(try listing(), ["out"])
    }

    func testNeo4jFolderIsSwappedToo() throws {
        let out = path("neo")
        try Neo4jImport.write(oldDataset(), to: out)
        try Neo4jImport.write(small, to: out)
        XCTAssertEqual(try contents(out).keys.sorted(), ["README.md", "actors.csv", "agreements.csv", "sources.csv", "within.csv"])
        XCTAssertTrue(try contents(out)["actors.csv"]!.contains("\na,"))
        XCTAssertFalse(try contents(out)["actors.csv"]!.contains("\nx,"))
        XCTAssertEqual(try listing(), ["neo"])
    }
}
