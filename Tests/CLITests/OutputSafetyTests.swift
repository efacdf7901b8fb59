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

/// Outputs that cannot half-happen (issue 12): write errors are a clean exit 1 naming the
/// output, devices and pipes are written in place, a closed pipe ends quietly, signals leave
/// no temporary, a replaced file keeps its permissions, FIFO inputs are read.
final class OutputWriteTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws {
        work = try scratchFolder("outputs")
        try "from,to,weight\na,b,2\nb,c,1\nc,a,3\nc,d,1\n".write(to: work.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
    }

    func path(_ name: String) -> String { work.appendingPathComponent(name).path }

    /// Runs twinning with standard output sent to `device`; returns the status and stderr.
    func run(_ arguments: [String], stdoutTo device: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Twinning.executable
        process.arguments = arguments
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle(forWritingAtPath: device)!
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a bash script in the work folder, `$T` being the twinning executable.
    func bash(_ script: String) throws -> CommandResult {
        try ProcessRunner.run(named: "bash", ["-c", "T='\(Twinning.executable.path)'; " + script], in: work)
    }

    func testAFullStandardOutputIsExit1ForEveryCommand() throws {
        let commands = [["stats", "edges.csv"], ["validate", "edges.csv"], ["centrality", "edges.csv"],
                        ["convert", "edges.csv", "-o", "-", "--to", "json"], ["timeline", "edges.csv", "--format", "json"]]
        for arguments in commands {
            let result = try run(arguments, stdoutTo: "/dev/full")
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertEqual(result.stderr, "<stdout>: error: cannot write: No space left on device\n", "\(arguments)")
        }
    }

    func testAFullDiskThroughDashOIsExit1NamingTheOutput() throws {
        let commands = [["stats", "edges.csv", "-o", "/dev/full"], ["centrality", "edges.csv", "-o", "/dev/full", "--format", "csv"],
                        ["convert", "edges.csv", "-o", "/dev/full", "--to", "graphml"], ["communities", "edges.csv", "-o", "/dev/full"]]
        for arguments in commands {
            let result = try Twinning.run(arguments, in: work)
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, "/dev/full: error: cannot write: No space left on device\n", "\(arguments)")
        }
    }

    func testDevNullAndDevStdoutKeepTheDevice() throws {
        for arguments in [["stats", "edges.csv", "-o", "/dev/null"], ["convert", "edges.csv", "-o", "/dev/null", "--to", "gml"]] {
            let result = try Twinning.run(arguments, in: work)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
        let direct = try Twinning.run(["convert", "edges.csv", "-o", "/dev/stdout", "--to", "json"], in: work)
        let dash = try Twinning.run(["convert", "edges.csv", "-o", "-", "--to", "json"], in: work)
        XCTAssertEqual(direct.status, 0, direct.stderr)
        XCTAssertEqual(direct.stdout, dash.stdout)
        XCTAssertTrue(direct.stdout.hasPrefix("{"), direct.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["edges.csv"])
    }

    func testAReplacedFileKeepsMode0600() throws {
        XCTAssertEqual(try Twinning.run(["convert", "edges.csv", "-o", "out.graphml"], in: work).status, 0)
        XCTAssertEqual(chmod(path("out.graphml"), 0o600), 0)
        XCTAssertEqual(try Twinning.run(["convert", "edges.csv", "--kind", "x", "-o", "out.graphml"], in: work).status, 0)
        let mode = try FileManager.default.attributesOfItem(atPath: path("out.graphml"))[.posixPermissions] as! NSNumber
        XCTAssertEqual(mode.intValue, 0o600)
        XCTAssertFalse(try String(contentsOfFile: path("out.graphml"), encoding: .utf8).contains("<edge "), "the file was replaced")
    }

    func testFIFOAndProcessSubstitutionInputsAreRead() throws {
        let expected = try Twinning.run(["stats", "edges.csv", "--format", "csv"], in: work)
        XCTAssertEqual(expected.status, 0)
        let substituted = try bash("\"$T\" stats <(cat edges.csv) --format csv; echo \"exit $?\"")
        XCTAssertEqual(substituted.stdout, expected.stdout + "exit 0\n", substituted.stderr)
        let gzipped = try bash("\"$T\" stats <(gzip -c edges.csv) --format csv")
        XCTAssertEqual(gzipped.stdout, expected.stdout, gzipped.stderr)
        let fifo = try bash("mkfifo pipe && { cat edges.csv > pipe & } && \"$T\" stats pipe --format csv; rm pipe")
        XCTAssertEqual(fifo.stdout, expected.stdout, fifo.stderr)
    }

    /// `| head` takes what it wants and closes the pipe: twinning stops quietly with exit 0.
    func testAClosedPipeEndsQuietlyWithExit0() throws {
        var lines = "from,to\n"
        for i in 0..<20_000 { lines += "n\(i),n\(i + 1)\n" }
        try lines.write(to: work.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)
        let result = try bash("\"$T\" convert long.csv -o - --to json --quiet | head -c 5; echo \" ${PIPESTATUS[0]}\"")
        XCTAssertEqual(result.stdout, "{\n \"d 0\n")
        XCTAssertEqual(result.stderr, "")
        let validate = try bash("\"$T\" validate long.csv | head -c 0; echo \"${PIPESTATUS[0]}\"")
        XCTAssertEqual(validate.stdout, "0\n", validate.stderr)
    }

    /// An edge list of `count` agreements among a few thousand nodes.
    func writeLargeEdgeList(_ name: String, count: Int) throws {
        var text = "from,to,weight\n"
        text.reserveCapacity(count * 24)
        for i in 0..<count { text += "n\(i % 7919),m\((i * 31) % 6007),\(i % 5 + 1)\n" }
        try text.write(to: work.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Starts `arguments`, sends `signalNumber` as soon as the path `temporary(pid)` (relative
    /// to the work folder) exists, and returns the finished process.
    func interrupt(_ arguments: [String], with signalNumber: Int32, when temporary: (Int32) -> String) throws -> Process {
        let process = Process()
        process.executableURL = Twinning.executable
        process.arguments = arguments
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watched = path(temporary(process.processIdentifier))
        var seen = false
        while process.isRunning && !seen {
            seen = FileManager.default.fileExists(atPath: watched)
            if seen { kill(process.processIdentifier, signalNumber) } else { usleep(200) }
        }
        process.waitUntilExit()
        XCTAssertTrue(seen, "the command ended before \(watched) appeared")
        return process
    }

    func testSignalsDuringALongWriteLeaveNoTemporaryAndTheOldOutput() throws {
        try writeLargeEdgeList("big.csv", count: 30_000)
        // An SQLite database is built in a temporary file for a long while: SIGINT then.
        XCTAssertEqual(try Twinning.run(["convert", "edges.csv", "-o", "out.sqlite"], in: work).status, 0)
        let oldDatabase = try Data(contentsOf: work.appendingPathComponent("out.sqlite"))
        let sqlite = try interrupt(["convert", "big.csv", "-o", "out.sqlite", "--quiet"], with: SIGINT,
                                   when: { ".out.sqlite.twinning-\($0).tmp" })
        XCTAssertEqual(sqlite.terminationReason, .uncaughtSignal)
        XCTAssertEqual(sqlite.terminationStatus, SIGINT)
        XCTAssertEqual(try Data(contentsOf: work.appendingPathComponent("out.sqlite")), oldDatabase)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted(), ["big.csv", "edges.csv", "out.sqlite"])

        // A dataset folder is built in a temporary folder, file by file: SIGTERM once the new
        // nodes.csv is written there (new actors, old agreements, if it were written in place).
        XCTAssertEqual(try Twinning.run(["convert", "edges.csv", "-o", "folder"], in: work).status, 0)
        let oldFolder = try FileManager.default.contentsOfDirectory(atPath: path("folder")).sorted().map {
            try String(contentsOfFile: path("folder/" + $0), encoding: .utf8)
        }
        let folder = try interrupt(["convert", "big.csv", "-o", "folder", "--quiet"], with: SIGTERM,
                                   when: { ".folder.twinning-\($0).tmp/nodes.csv" })
        XCTAssertEqual(folder.terminationReason, .uncaughtSignal)
        XCTAssertEqual(folder.terminationStatus, SIGTERM)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path("folder")).sorted().map {
            try String(contentsOfFile: path("folder/" + $0), encoding: .utf8)
        }, oldFolder)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted(), ["big.csv", "edges.csv", "folder", "out.sqlite"])
    }
}
