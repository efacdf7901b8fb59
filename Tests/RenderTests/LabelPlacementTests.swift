@testable import Render
import XCTest

/// Names placed beside their points (LabelPlacement): clear of each other, off the other named
/// points, and tied by a leader only when moved off the first ring.
final class LabelPlacementTests: XCTestCase {
    private func boxes(_ requests: [LabelPlacement.Request], _ placed: [LabelPlacement.Placed]) -> [(Double, Double, Double, Double)] {
        zip(requests, placed).map { r, p in (p.x - r.width / 2, p.y - r.height / 2, p.x + r.width / 2, p.y + r.height / 2) }
    }

    func testALoneNameSitsRightOfItsPointWithoutALeader() {
        let placed = LabelPlacement.place([.init(x: 100, y: 50, width: 40, height: 10)], radius: 2, gap: 3)
        XCTAssertEqual(placed, [.init(x: 100 + 2 + 3 + 20, y: 50, needsLeader: false)])
    }

    func testCrowdedNamesNeverOverlap() {
        // Twenty names of growing length on points within a few units of each other: the case of
        // the hubs at the centre of a large network.
        let requests = (0..<20).map { i in
            LabelPlacement.Request(x: Double(i % 5) * 3, y: Double(i / 5) * 3, width: 30 + Double(i) * 4, height: 12)
        }
        let placed = LabelPlacement.place(requests, radius: 1.5, gap: 2)
        let b = boxes(requests, placed)
        for i in b.indices {
            for j in b.indices where j > i {
                let overlap = b[i].0 < b[j].2 && b[j].0 < b[i].2 && b[i].1 < b[j].3 && b[j].1 < b[i].3
                XCTAssertFalse(overlap, "names \(i) and \(j) overlap: \(b[i]) \(b[j])")
            }
            // No name covers another named point.
            for (k, r) in requests.enumerated() where k != i {
                XCTAssertFalse(r.x > b[i].0 && r.x < b[i].2 && r.y > b[i].1 && r.y < b[i].3, "name \(i) covers point \(k)")
            }
        }
        XCTAssertFalse(placed[0].needsLeader)
        XCTAssertTrue(placed.contains { $0.needsLeader }, "twenty names on one spot cannot all sit on the first ring")
    }

    func testPlacementIsDeterministic() {
        let requests = (0..<10).map { LabelPlacement.Request(x: Double($0), y: 0, width: 20, height: 8) }
        XCTAssertEqual(LabelPlacement.place(requests, radius: 1, gap: 1), LabelPlacement.place(requests, radius: 1, gap: 1))
    }
}
