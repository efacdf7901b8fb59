@testable import Render
import XCTest

/// Boxes packed by ClusterPacking: every node inside its box, no two boxes or cells
/// overlapping, near square overall, and the same result for the same input.
final class ClusterPackingTests: XCTestCase {
    /// Box k holds k + 1 cells of 60 × 30 points; node ids run on across boxes.
    private func items(boxes: Int) -> (items: [ClusterPacking.Item], members: [String: [Int]]) {
        var next = 0
        var members: [String: [Int]] = [:]
        let items: [ClusterPacking.Item] = (0..<boxes).map { k in
            let cells = (0...k).map { _ -> ClusterPacking.Item in
                defer { next += 1 }
                members["box\(k)", default: []].append(next)
                return .node(index: next, width: 60, height: 30)
            }
            return .box(key: "box\(k)", label: 14, minWidth: 0, children: cells)
        }
        return (items, members)
    }

    func testNodesSitInsideTheirBoxesAndNothingOverlaps() {
        let (items, members) = items(boxes: 12)
        let placed = ClusterPacking(gap: 10, padding: 6).place(items)
        XCTAssertEqual(placed.boxes.count, 12)
        XCTAssertEqual(placed.nodes.count, members.values.map(\.count).reduce(0, +))
        for (key, nodes) in members {
            let b = placed.boxes[key]!
            for n in nodes {
                let p = placed.nodes[n]!
                XCTAssertTrue(p.x - 30 >= b.x0 && p.x + 30 <= b.x1 && p.y - 15 >= b.y0 && p.y + 15 <= b.y1, "node \(n) outside \(key)")
            }
        }
        let boxes = Array(placed.boxes.values)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let (a, c) = (boxes[i], boxes[j])
                XCTAssertFalse(a.x0 < c.x1 && c.x0 < a.x1 && a.y0 < c.y1 && c.y0 < a.y1, "boxes \(a) and \(c) overlap")
            }
        }
        let cells = placed.nodes.values.map { (x0: $0.x - 30, y0: $0.y - 15, x1: $0.x + 30, y1: $0.y + 15) }
        for i in cells.indices {
            for j in cells.indices where j > i {
                let (a, c) = (cells[i], cells[j])
                XCTAssertFalse(a.x0 < c.x1 && c.x0 < a.x1 && a.y0 < c.y1 && c.y0 < a.y1, "cells overlap")
            }
        }
    }

    func testThePictureIsNearSquareAndStartsAtTheOrigin() {
        for count in [1, 5, 40] {
            let placed = ClusterPacking(gap: 10, padding: 6).place(items(boxes: count).items)
            let x0 = placed.boxes.values.map(\.x0).min()!, x1 = placed.boxes.values.map(\.x1).max()!
            let y0 = placed.boxes.values.map(\.y0).min()!, y1 = placed.boxes.values.map(\.y1).max()!
            XCTAssertEqual(x0, 0, accuracy: 1e-9)
            XCTAssertEqual(y0, 0, accuracy: 1e-9)
            if count > 1 { XCTAssertTrue((0.4...2.5).contains((x1 - x0) / (y1 - y0)), "\(count) boxes: \(x1 - x0) × \(y1 - y0)") }
        }
    }

    func testAGroupKeepsItsItemsTogetherWithoutABox() {
        let points: [ClusterPacking.Item] = (0..<100).map { .node(index: $0, width: 4, height: 4) }
        let placed = ClusterPacking(gap: 2, padding: 3).place([.box(key: "b", label: 10, minWidth: 0, children: [.node(index: 100, width: 80, height: 20), .group(points)])])
        XCTAssertEqual(placed.boxes.count, 1)
        let xs = (0..<100).map { placed.nodes[$0]!.x }, ys = (0..<100).map { placed.nodes[$0]!.y }
        let width = xs.max()! - xs.min()!, height = ys.max()! - ys.min()!
        XCTAssertTrue((0.5...2).contains(width / height), "the points form a block, not a row: \(width) × \(height)")
    }

    func testSameInputSamePlacement() {
        let a = ClusterPacking(gap: 10, padding: 6).place(items(boxes: 9).items)
        let b = ClusterPacking(gap: 10, padding: 6).place(items(boxes: 9).items)
        XCTAssertEqual(a.nodes.keys.sorted().map { a.nodes[$0]!.x }, b.nodes.keys.sorted().map { b.nodes[$0]!.x })
        XCTAssertEqual(a.nodes.keys.sorted().map { a.nodes[$0]!.y }, b.nodes.keys.sorted().map { b.nodes[$0]!.y })
    }
}
