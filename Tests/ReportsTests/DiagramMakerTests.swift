import Foundation
import Graph
import GraphvizBridge
import Render
import Reports
import TestSupport
import XCTest

/// Large drawings (DiagramMaker's two passes): coloured by community, each coloured community
/// named after its leading actor, names clear of each other, nothing outside the picture.
final class DiagramMakerTests: XCTestCase {
    /// 25 groups: group g is a ring of 60 + 4g actors and a hub `hub-g` joined to some of its
    /// ring, which makes it the group's leading actor by degree; hubs are joined in a ring of
    /// their own. The 16 smaller groups' hubs join every member, the 9 largest groups' hubs every
    /// fourth: the leaders of the largest communities are then not among the actors of highest
    /// degree, and are named only because they lead a coloured community.
    private func groups() -> Dataset {
        var dataset = Dataset()
        for g in 0..<25 {
            let size = 60 + 4 * g
            dataset.nodes.append(Node(id: "hub-\(g)", label: "Hub \(g)"))
            for i in 0..<size { dataset.nodes.append(Node(id: "g\(g)-\(i)")) }
            for i in 0..<size {
                dataset.agreements.append(Agreement(id: "r\(g)-\(i)", from: "g\(g)-\(i)", to: "g\(g)-\((i + 1) % size)"))
            }
            for i in stride(from: 0, to: size, by: g < 16 ? 1 : 4) {
                dataset.agreements.append(Agreement(id: "h\(g)-\(i)", from: "hub-\(g)", to: "g\(g)-\(i)"))
            }
            dataset.agreements.append(Agreement(id: "x\(g)", from: "hub-\(g)", to: "hub-\((g + 1) % 25)"))
        }
        return dataset
    }

    func testLargeDrawingsNameEachColouredCommunityAfterItsLeader() throws {
        let dataset = groups()
        XCTAssertEqual(ColorBy.automatic(nodeCount: dataset.nodes.count), .community)
        XCTAssertEqual(ColorBy.automatic(nodeCount: 300), .type)
        XCTAssertGreaterThan(dataset.nodes.count, 2_000, "a large drawing")
        let options = DiagramOptions(colorBy: .automatic(nodeCount: dataset.nodes.count), labels: .auto, seed: 1)
        let svg = try DiagramMaker.draw(dataset, options: options, sizeBy: .degree, needsCommunities: true, format: .svg, seed: 1)
        let geometry = try SVGGeometry.parse(Data(svg))
        let text = String(decoding: svg, as: UTF8.self)

        // The legend lists nine communities by their leading actor, each a hub, and the hub's
        // name is drawn in the picture as a name box.
        let legend = geometry.texts.map { $0.content.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("Hub ") && $0.hasSuffix(")") }
        XCTAssertEqual(legend.count, ColorBy.communityColors, "\(geometry.texts.map(\.content).prefix(80))")
        let names = Set(geometry.texts.map(\.content))
        for entry in legend {
            let hub = String(entry[..<entry.range(of: " (")!.lowerBound])
            XCTAssertTrue(names.contains(hub), "leader \(hub) is not named in the drawing")
            XCTAssertGreaterThanOrEqual(Int(hub.dropFirst(4)) ?? 0, 16, "the largest communities are the largest groups")
        }
        XCTAssertTrue(text.contains("class=\"node name\"") || text.contains("class=\"name\""), "names are boxes of their own")
        XCTAssertTrue(geometry.textsOutside().isEmpty, "\(geometry.textsOutside().map { "\($0.content) \($0.box)" })")

        // No two names overlap (their estimated boxes, which err wide, may touch by a unit).
        let drawnNames = geometry.texts.filter { $0.content.hasPrefix("Hub ") && !$0.content.hasSuffix(")") }
        for (i, a) in drawnNames.enumerated() {
            for b in drawnNames.dropFirst(i + 1) {
                let overlap = min(a.box.maxX, b.box.maxX) - max(a.box.minX, b.box.minX)
                let vertical = min(a.box.maxY, b.box.maxY) - max(a.box.minY, b.box.minY)
                XCTAssertFalse(overlap > 2 && vertical > 2, "\(a.content) \(a.box) overlaps \(b.content) \(b.box)")
            }
        }
    }
}
