import Foundation
@testable import Graph
import TestSupport
import XCTest

/// `AtomicFile`: replaced files keep their permissions, links and devices are written through,
/// write errors are `OutputError`s with the system's reason, and no temporary is left.
final class AtomicFileTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try scratchFolder("atomic")
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testReplacedFileKeepsItsPermissionsAndANewFileGetsTheUmaskDefault() throws {
        let mask = umask(0)
        umask(mask)
        try AtomicFile.write("new\n", to: path("fresh.txt"))
        XCTAssertEqual(try mode(path("fresh.txt")), 0o666 & ~Int(mask))

        try "old\n".write(toFile: path("secret.txt"), atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(path("secret.txt"), 0o600), 0)
        try AtomicFile.write("replaced\n", to: path("secret.txt"))
        XCTAssertEqual(try mode(path("secret.txt")), 0o600)
        XCTAssertEqual(try String(contentsOfFile: path("secret.txt"), encoding: .utf8), "replaced\n")

        XCTAssertEqual(chmod(path("secret.txt"), 0o640), 0)
        try AtomicFile.replace(path("secret.txt")) { temporary in try Data("built\n".utf8).write(to: URL(fileURLWithPath: temporary)) }
        XCTAssertEqual(try mode(path("secret.txt")), 0o640)
        XCTAssertEqual(try listing(), ["fresh.txt", "secret.txt"])
    }

    func testASymbolicLinkIsFollowedAndKept() throws {
        try "old".write(toFile: path("real.json"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: "real.json")
        try AtomicFile.write("through the link", to: path("link.json"))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.json")), "real.json")
        XCTAssertEqual(try String(contentsOfFile: path("real.json"), encoding: .utf8), "through the link")
        XCTAssertEqual(try listing(), ["link.json", "real.json"])
    }

    func testDevicesAreWrittenInPlace() throws {
        try AtomicFile.write(Array(repeating: UInt8(ascii: "x"), count: 100_000), to: "/dev/null")
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
        XCTAssertEqual(OutputTarget("/dev/null"), .stream("/dev/null"))
        XCTAssertEqual(OutputTarget("/dev/stdout"), .descriptor(1))
        XCTAssertEqual(OutputTarget("-"), .standardOutput)
        XCTAssertEqual(OutputTarget(folder.path), .folder(folder.path))
    }

    func testAFullDiskIsAnOutputErrorWithTheSystemsReason() throws {
        XCTAssertThrowsError(try AtomicFile.write("x", to: "/dev/full")) { error in
            XCTAssertEqual("\(error)", "/dev/full: error: cannot write: No space left on device")
            XCTAssertEqual((error as? OutputError)?.errorNumber, ENOSPC)
            XCTAssertEqual((error as? OutputError)?.isClosedPipe, false)
        }
        XCTAssertThrowsError(try AtomicFile.replace("/dev/full") { _ in XCTFail("must not build") }) { error in
            XCTAssertEqual("\(error)", "/dev/full: error: cannot write this format to a device or a pipe; name a file")
        }
    }

    func testAMissingFolderOrAFolderTargetFailsAndLeavesNothing() throws {
        XCTAssertThrowsError(try AtomicFile.write("x", to: path("missing/out.txt"))) { error in
            XCTAssertEqual("\(error)", "\(path("missing/out.txt")): error: cannot create a temporary file beside it: No such file or directory")
        }
        try FileManager.default.createDirectory(atPath: path("dir"), withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicFile.write("x", to: path("dir"))) { error in
            XCTAssertEqual("\(error)", "\(path("dir")): error: cannot replace: it is a folder; name a file")
        }
        XCTAssertEqual(try listing(), ["dir"])
    }

    func testAFIFOIsWrittenInPlaceAndReadAsAnInput() throws {
        let fifo = path("pipe")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // Writing: a reader on another thread gets the bytes; the FIFO stays a FIFO.
        let received = Received()
        let reader = Thread { received.bytes = (try? InputFile.read(fifo)) ?? [] }
        reader.start()
        try AtomicFile.write("a,b\nb,c\n", to: fifo)
        while !reader.isFinished { usleep(1000) }
        XCTAssertEqual(String(decoding: received.bytes, as: UTF8.self), "a,b\nb,c\n")
        var info = stat()
        XCTAssertEqual(stat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)

        // Reading: the format is sniffed from the bytes, read once; gzip is inflated.
        let writer = Thread { try? AtomicFile.write(Gzip.compress(Array("from,to\na,b\nb,c\nc,a\n".utf8)), to: fifo) }
        writer.start()
        let dataset = try DatasetIO.read(fifo)
        XCTAssertEqual(dataset.nodes.map(\.id), ["a", "b", "c"])
        XCTAssertEqual(dataset.agreements.map { "\($0.from)-\($0.to)" }, ["a-b", "b-c", "c-a"])
        XCTAssertEqual(try listing(), ["pipe"])
    }
}

/// Bytes a reader thread received.
private final class Received: @unchecked Sendable {
    var bytes: [UInt8] = []
}
