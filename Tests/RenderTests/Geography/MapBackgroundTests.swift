import Foundation
import Graph
import GraphvizBridge
@testable import Render
import XCTest

/// The world drawn beneath pinned nodes by Graphviz 2.42 through the bridge: `_background`,
/// `bb`, node `pos="x,y!"`, edge `pos` splines and the `nop2` engine (`Placement.pinnedWithSplines`).
final class MapBackgroundTests: XCTestCase {
    let minsk = GeoPoint(latitude: 53.9, longitude: 27.5667)
    let beijing = GeoPoint(latitude: 39.9075, longitude: 116.3972)
    let tokyo = GeoPoint(latitude: 35.6895, longitude: 139.6917)
    let sanFrancisco = GeoPoint(latitude: 37.7749, longitude: -122.4194)
    let capeTown = GeoPoint(latitude: -33.9249, longitude: 18.4241)
    let buenosAires = GeoPoint(latitude: -34.6037, longitude: -58.3816)

    func testFrame() {
        let frame = MapFrame(projection: MapProjection(.equalEarth), width: 1000)
        XCTAssertEqual(frame.scale, 1000 / (2 * 2.7066299836), accuracy: 1e-6)
        XCTAssertEqual(frame.height, 486.72, accuracy: 0.01)
        let centre = frame.point(GeoPoint(latitude: 0, longitude: 0))
        XCTAssertEqual(centre.x, 500, accuracy: 1e-9)
        XCTAssertEqual(centre.y, frame.height / 2, accuracy: 1e-9)
        XCTAssertEqual(frame.point(GeoPoint(latitude: 0, longitude: -180)).x, 0, accuracy: 1e-9)
        XCTAssertEqual(frame.point(GeoPoint(latitude: 90, longitude: 0)).y, frame.height, accuracy: 1e-9)
    }

    func testXdotText() {
        let frame = MapFrame(projection: MapProjection(.robinson), width: 800, margin: 10)
        var style = MapBackground()
        style.graticule = nil
        let text = style.xdot(place: frame.point)
        XCTAssertTrue(text.hasPrefix("C 7 -#f3f7fa c 7 -#f3f7fa P "), String(text.prefix(80)))
        XCTAssertTrue(text.contains("C 7 -#e9e5dc c 7 -#ffffff S 17 -setlinewidth(0.5) P "))
        XCTAssertFalse(text.contains("L "))
        XCTAssertFalse(text.contains("e-"))
        // Every polygon's count matches its coordinates.
        let tokens = text.split(separator: " ")
        var i = 0, polygons = 0
        while i < tokens.count {
            switch tokens[i] {
            case "P", "p", "L":
                let n = Int(tokens[i + 1])!
                for k in 0..<(2 * n) { XCTAssertNotNil(Double(tokens[i + 2 + k])) }
                i += 2 + 2 * n
                polygons += 1
            case "C", "c", "S": i += 3
            default: XCTFail("unexpected \(tokens[i])"); i += 1
            }
        }
        XCTAssertGreaterThan(polygons, 200)
        // Small rings are dropped at a small scale.
        let tiny = MapFrame(projection: MapProjection(.robinson), width: 100)
        var dropping = MapBackground()
        dropping.minimumRingArea = 1
        let polygons100 = dropping.xdot(place: tiny.point).components(separatedBy: " P ").count
        XCTAssertLessThan(polygons100, text.components(separatedBy: " P ").count * 3 / 4)
    }

    /// Renders through GraphvizRenderer and finds the land polygons before the edges and the
    /// edges exactly where `pos` put them.
    func testGraphvizDrawsBackgroundBeneathPinnedNodes() throws {
        let frame = MapFrame(projection: MapProjection(.equalEarth), width: 720, margin: 8)
        let dot = mapDOT(frame: frame, arcs: [(minsk, beijing), (tokyo, sanFrancisco)])
        let svg = String(decoding: try render(dot, frame: frame, format: .svg), as: UTF8.self)
        if let folder = ProcessInfo.processInfo.environment["TWINNING_MAP_PNG_DIR"] {
            try svg.write(toFile: folder + "/pinned.svg", atomically: true, encoding: .utf8)
        }
        let landFill = svg.components(separatedBy: "fill=\"#e9e5dc\"").count - 1
        XCTAssertGreaterThan(landFill, 200, "land polygons in the SVG")
        let firstLand = try XCTUnwrap(svg.range(of: "fill=\"#e9e5dc\""))
        let firstEdge = try XCTUnwrap(svg.range(of: "class=\"edge\""))
        let firstNode = try XCTUnwrap(svg.range(of: "class=\"node\""))
        XCTAssertLessThan(firstLand.lowerBound, firstEdge.lowerBound)
        XCTAssertLessThan(firstEdge.lowerBound, firstNode.lowerBound)
        // The page is the map's extent (the frame less its margins: Graphviz 2.42 computes the
        // bounding box from the drawing, background included) plus the 4 pt pad; coordinates
        // are kept (checked below through the edge's start).
        XCTAssertTrue(svg.contains("viewBox=\"0.00 0.00 711.99 "), String(svg.prefix(600)))
        // The Minsk–Beijing edge starts at Minsk as placed (SVG y is negated).
        let m = frame.point(minsk)
        XCTAssertTrue(svg.contains("d=\"M\(CoordinateText.number(m.x, decimals: 2)),-\(CoordinateText.number(m.y, decimals: 2))C"))
        // Tokyo–San Francisco is one edge in two pieces.
        XCTAssertEqual(svg.components(separatedBy: "<path").count - 1, 3)
    }

    /// Whole-world PNGs with arcs, for looking at: written when TWINNING_MAP_PNG_DIR is set.
    func testWorldPNGs() throws {
        guard let folder = ProcessInfo.processInfo.environment["TWINNING_MAP_PNG_DIR"] else { return }
        let arcs = [(minsk, beijing), (tokyo, sanFrancisco), (capeTown, buenosAires), (minsk, sanFrancisco),
                    (beijing, buenosAires), (minsk, capeTown)]
        for kind in MapProjection.Kind.allCases {
            let frame = MapFrame(projection: MapProjection(kind), width: 1400, margin: 10)
            let png = try render(mapDOT(frame: frame, arcs: arcs), frame: frame, format: .png)
            try Data(png).write(to: URL(fileURLWithPath: folder).appendingPathComponent("world-\(kind.rawValue).png"))
        }
    }

    /// `dot` drawn with the world beneath it: `_background` set through the C API (it is longer
    /// than DOT text may hold), engine nop2.
    private func render(_ dot: String, frame: MapFrame, format: OutputFormat) throws -> [UInt8] {
        let background = MapBackground().xdot(place: frame.point)
        return try GraphvizRenderer.render(dot: dot, placement: .pinnedWithSplines,
                                           graphAttributes: [("_background", background)], formats: [format])[0]
    }

    /// A map drawing: the attributes Graphviz 2.42 needs to keep everything where it is put
    /// (the `_background` comes separately, see `render`).
    private func mapDOT(frame: MapFrame, arcs: [(GeoPoint, GeoPoint)]) -> String {
        var places: [GeoPoint] = []
        for (a, b) in arcs { for p in [a, b] where !places.contains(p) { places.append(p) } }
        var dot = "graph map {\n"
        dot += "  bb=\"0,0,\(CoordinateText.number(frame.width, decimals: 2)),\(CoordinateText.number(frame.height, decimals: 2))\";\n"
        dot += "  notranslate=true; outputorder=edgesfirst; pad=0.0555;\n"
        dot += "  node [shape=circle, width=0.1, height=0.1, fixedsize=true, label=\"\", style=filled, fillcolor=\"#c0392b\", color=\"#7b241c\"];\n"
        dot += "  edge [color=\"#2e86c1\", penwidth=1.2];\n"
        for (i, p) in places.enumerated() {
            var text = ""
            CoordinateText.append(frame.point(p), decimals: 2, to: &text)
            dot += "  n\(i) [pos=\"\(text)!\"];\n"
        }
        for (a, b) in arcs {
            let pieces = GreatCircle.pieces(from: a, to: b).map { ArcSpline.catmullRom($0.map(frame.point)) }
            dot += "  n\(places.firstIndex(of: a)!) -- n\(places.firstIndex(of: b)!) [pos=\"\(ArcSpline.pos(pieces))\"];\n"
        }
        return dot + "}\n"
    }
}
