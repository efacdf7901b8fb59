import Foundation
import TestSupport
import XCTest

/// `render --sides`: the portfolio in every format, its caption on standard error, and the
/// errors a bad predicate gets.
final class PortfolioCommandTests: XCTestCase {
    let dataset = "graphs/belarus-asia"

    func testPortfolioInSVGPNGAndPDFWithItsCaptionOnStandardError() throws {
        let work = try scratchFolder("portfolio")
        for (ext, magic) in [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8))] {
            let path = work.appendingPathComponent("p.\(ext)").path
            let result = try Twinning.run(["render", dataset, "--kind", "twinning,friendship", "--sides", "country=Belarus", "-o", path])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stderr.contains("twinning: portfolio: Belarus ("), result.stderr)
            XCTAssertTrue(result.stderr.contains("nothing left out"), result.stderr)
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            XCTAssertEqual(Array(bytes.prefix(magic.count)), magic, ext)
        }
        let ego = work.appendingPathComponent("g.svg").path
        let result = try Twinning.run(["render", dataset, "--ego", "gomel-region", "--sides", "country=Belarus", "-o", ego, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(try String(contentsOfFile: ego, encoding: .utf8).contains("id=\"node&#45;gomel&#45;region\""))
    }

    func testBadPredicatesAreRefusedWithTheirReason() throws {
        let out = try scratchFolder("portfolio").appendingPathComponent("p.svg").path
        let none = try Twinning.run(["render", dataset, "--sides", "country=Belarusia", "-o", out])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("--sides country=Belarusia matches no actor;"), none.stderr)
        XCTAssertTrue(none.stderr.contains("have a value for 'country' (most often Belarus:"), none.stderr)
        let unknown = try Twinning.run(["render", dataset, "--sides", "colour=red", "-o", out])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no field or node attribute is called 'colour'; the keys are id, label, type, country, within"), unknown.stderr)
        let malformed = try Twinning.run(["render", dataset, "--sides", "Belarus", "-o", out])
        XCTAssertNotEqual(malformed.status, 0)
        XCTAssertTrue(malformed.stderr.contains("--sides expects KEY=VALUE"), malformed.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing is written")
    }
}
