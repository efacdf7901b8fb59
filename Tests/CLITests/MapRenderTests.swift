import Foundation
import TestSupport
import XCTest

/// `render --layout geo`: actors where they are, spread apart where they share a place, the
/// countries beneath, what has no place said; the errors.
final class MapRenderTests: XCTestCase {
    func testActorsAreDrawnWhereTheyAreOverTheOutlines() throws {
        let work = try scratchFolder("map")
        let input = work.appendingPathComponent("placed.json").path, output = work.appendingPathComponent("map.svg")
        try GeographyCommandTests.placedNetwork.write(toFile: input, atomically: true, encoding: .utf8)
        for extent in ["data", "world"] {
            let run = try Twinning.run(["render", input, "--layout", "geo", "--extent", extent, "-o", output.path])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stderr.contains("3 actors without a place"), "the two countries and Mogilev: " + run.stderr)
            let svg = try SVGGeometry.parse(file: output)
            func centre(_ id: String) throws -> (x: Double, y: Double) { try XCTUnwrap(svg.element("node-\(id)"), id).shapes.center }
            let (minsk, gomel, harbin, chongqing, bsu) = try (centre("minsk"), centre("gomel"), centre("harbin"), centre("chongqing"), centre("bsu"))
            XCTAssertLessThan(minsk.x, gomel.x, extent); XCTAssertLessThan(gomel.x, chongqing.x, extent)
            XCTAssertLessThan(chongqing.x, harbin.x, extent)
            XCTAssertLessThan(minsk.y, gomel.y, "Minsk lies north of Gomel (\(extent))")
            XCTAssertLessThan(harbin.y, chongqing.y, "Harbin lies north of Chongqing (\(extent))")
            let apart = ((bsu.x - minsk.x) * (bsu.x - minsk.x) + (bsu.y - minsk.y) * (bsu.y - minsk.y)).squareRoot()
            XCTAssertGreaterThan(apart, 5, "a body within Minsk is drawn beside it, not on it (\(extent))")
            XCTAssertLessThan(apart, 20, extent)
            XCTAssertNil(svg.element("node-mogilev"), "no place, not drawn")
            let text = try String(contentsOf: output, encoding: .utf8)
            XCTAssertGreaterThan(text.components(separatedBy: "<polygon").count, 30, "country outlines beneath (\(extent))")
            XCTAssertTrue(text.contains("without a place"), "the caption says what has no place")
        }
    }

    func testErrors() throws {
        let work = try scratchFolder("map-errors")
        let input = work.appendingPathComponent("unplaced.json").path
        try #"{"directed": false, "multigraph": true, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}"#
            .write(toFile: input, atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("m.svg").path
        let none = try Twinning.run(["render", input, "--layout", "geo", "-o", out])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("no actor has a place; give nodes 'lat' and 'lon'"), none.stderr)
        for bad in [["--projection", "mercator"], ["--extent", "europe"], ["--layout", "mapp"]] {
            let run = try Twinning.run(["render", input] + (bad[0] == "--layout" ? bad : ["--layout", "geo"] + bad) + ["-o", out])
            XCTAssertEqual(run.status, 2, "\(bad): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(bad[1]), run.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing written")
    }
}
