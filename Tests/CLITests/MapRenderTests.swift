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

    /// A directed agreement's line ends in an arrowhead whose tip is at its target's place;
    /// agreements both ways between a pair, at both ends (the `s,` and `e,` points of `pos`).
    func testArrowsPointAlongDirectedAgreements() throws {
        let work = try scratchFolder("map-arrows")
        let input = work.appendingPathComponent("directed.json").path, output = work.appendingPathComponent("arrows.svg")
        try #"""
        {"directed": true, "multigraph": true, "graph": {}, "nodes": [
         {"id": "minsk", "lat": 53.9, "lon": 27.5667}, {"id": "gomel", "lat": 52.4345, "lon": 30.9754},
         {"id": "harbin", "lat": 45.75, "lon": 126.65}],
         "links": [{"source": "minsk", "target": "harbin", "id": "m-h"}, {"source": "gomel", "target": "harbin", "id": "g-h"},
                   {"source": "harbin", "target": "gomel", "id": "h-g"}]}
        """#.write(toFile: input, atomically: true, encoding: .utf8)
        let run = try Twinning.run(["render", input, "--layout", "geo", "-o", output.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let text = try String(contentsOf: output, encoding: .utf8)
        /// A node's ellipse centre, in the SVG's untransformed coordinates, as the polygons'.
        func centre(_ id: String) throws -> (x: Double, y: Double) {
            let group = try XCTUnwrap(text.range(of: "<g id=\"node&#45;\(id)\""), id)
            func number(_ name: String) throws -> Double {
                let at = try XCTUnwrap(text.range(of: " \(name)=\"", range: group.upperBound..<text.endIndex), "\(id) \(name)")
                return try XCTUnwrap(Double(text[at.upperBound...].prefix(while: { $0 != "\"" })), "\(id) \(name)")
            }
            return (try number("cx"), try number("cy"))
        }
        /// The arrowheads of an edge group: each polygon's points.
        func arrowheads(_ id: String) -> [[(x: Double, y: Double)]] {
            guard let start = text.range(of: "<g id=\"\(id)\" class=\"edge"),
                  let end = text.range(of: "</g>", range: start.upperBound..<text.endIndex) else { return [] }
            return text[start.upperBound..<end.lowerBound].components(separatedBy: "<polygon").dropFirst().compactMap { polygon in
                guard let after = polygon.components(separatedBy: "points=\"").dropFirst().first else { return nil }
                let points = after.prefix(while: { $0 != "\"" })
                return points.split(separator: " ").compactMap { pair in
                    let xy = pair.split(separator: ",").compactMap { Double($0) }
                    return xy.count == 2 ? (xy[0], xy[1]) : nil
                }
            }
        }
        func tipsAt(_ heads: [[(x: Double, y: Double)]], _ place: (x: Double, y: Double)) -> Bool {
            heads.contains { $0.contains { abs($0.x - place.x) < 1 && abs($0.y - place.y) < 1 } }
        }
        let (minsk, gomel, harbin) = try (centre("minsk"), centre("gomel"), centre("harbin"))
        let forward = arrowheads("edge&#45;m&#45;h")
        XCTAssertEqual(forward.count, 1, "one arrowhead on Minsk → Harbin")
        XCTAssertTrue(tipsAt(forward, harbin), "its tip at Harbin")
        XCTAssertFalse(tipsAt(forward, minsk), "none at Minsk")
        let both = arrowheads("edge&#45;g&#45;h")
        XCTAssertEqual(both.count, 2, "Gomel ⇄ Harbin: one line, an arrowhead at each end")
        XCTAssertTrue(tipsAt(both, harbin) && tipsAt(both, gomel))
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
