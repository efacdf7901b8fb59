import Foundation
import Graph
import GraphvizBridge
import Render
import Reports

/// The map benchmark (`render-bench --only map`): the geometry of `render --layout geo` on
/// 100,000 seeded random points and arcs (the issue's bound: under 1 s), and the map of the
/// bundled dataset drawn as `twinning render graphs/belarus-asia --layout geo` draws it
/// (bound: under 2 s). Neither networkx nor igraph draws maps, so there is no ratio column.
func runMapBenchmark(dataset path: String, out: String) throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func random() -> Double {
        // SplitMix64: a fixed sequence, the same points every run.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
    let n = 100_000
    let points = (0..<n).map { _ in GeoPoint(latitude: random() * 180 - 90, longitude: random() * 360 - 180) }
    print("| map work | items | projection | wall (s) |")
    print("|---|---:|---|---:|")
    for kind in MapProjection.Kind.allCases {
        let projection = MapProjection(kind)
        let (sum, projectTime) = clock { points.reduce(0.0) { $0 + projection.project($1).x } }
        print("| project points | \(n) | \(kind.rawValue) | \(String(format: "%.3f", projectTime)) |")
        let (samples, arcTime) = clock { () -> Int in
            var count = 0
            for i in 0..<n {
                for piece in GreatCircle.pieces(from: points[i], to: points[(i * 7 + 1) % n], centralMeridian: 0) {
                    for p in piece { count += projection.project(p).x.isFinite ? 1 : 0 }
                }
            }
            return count
        }
        print("| sample, cut and project arcs (\(samples) points) | \(n) | \(kind.rawValue) | \(String(format: "%.3f", arcTime)) |")
        _ = sum
    }
    guard FileManager.default.fileExists(atPath: path) else {
        print("skipping the bundled dataset's map: \(path) is absent")
        return
    }
    let dataset = try DatasetIO.read(path)
    let ((), drawTime) = try clock {
        let placed = MapView(dataset)
        let cut = DiagramView().cut(placed.dataset)
        var options = DiagramOptions(colorBy: .type)
        options.map = GeoMapOptions()
        let png = try DiagramMaker.draw(cut.dataset, options: options, sizeBy: nil, needsCommunities: false, format: .png, seed: 1)
        try Data(png).write(to: URL(fileURLWithPath: out + "/belarus-asia-map.png"))
    }
    print("| map of \(path) (read, place, draw PNG) | \(dataset.nodes.count) | equal-earth | \(String(format: "%.3f", drawTime)) |")
}
