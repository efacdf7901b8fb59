import XCTest
@testable import Analytics

final class BurtConstraintTests: XCTestCase {
    /// Every fixture graph, weighted and unweighted, against networkx to 1e-9.
    func testMatchesNetworkx() throws {
        let fixture = try loadFixture("structural_holes", in: "brokerage")
        let graphs = try XCTUnwrap(fixture["graphs"] as? [[String: Any]])
        XCTAssertEqual(graphs.count, 6)
        for record in graphs {
            let g = try FixtureGraph(record)
            let weighted = BurtConstraint(of: g.graph, weighted: true)
            let unweighted = BurtConstraint(of: g.graph, weighted: false)
            assertClose(weighted.constraint, try g.numbers("constraint_weighted"), "\(g.name) weighted constraint")
            assertClose(unweighted.constraint, try g.numbers("constraint_unweighted"), "\(g.name) constraint")
            assertClose(weighted.effectiveSize, try g.numbers("effective_size_weighted"), "\(g.name) weighted effective size")
            assertClose(unweighted.effectiveSize, try g.numbers("effective_size_unweighted"), "\(g.name) effective size")
        }
    }

    /// A star with centre 0 and leaves 1, 2, 3, plus the tie 1–2. By hand (Burt 1992):
    /// p(0, x) = 1/3 for each leaf; p(1, 0) = p(1, 2) = 1/2, p(3, 0) = 1.
    /// c(0) = (1/3 + 1/3·1/2)² · 2 + (1/3)² = 0.5 + 1/9 = 11/18.
    /// Leaf 3: c(3) = 1 (one partner). Leaf 1: to 0, 1/2 + p(1,2)p(2,0) = 3/4; to 2,
    /// 1/2 + p(1,0)p(0,2) = 2/3; c(1) = 9/16 + 4/9 = 145/144.
    /// Effective size of 0: 3 − 2·1/3 = 7/3 (Borgatti: n − 2t/n = 3 − 2/3).
    func testHandComputedStar() {
        let graph = CompactGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (1, 2)])
        let holes = BurtConstraint(of: graph, weighted: false)
        assertClose(Array(holes.constraint.prefix(4)), [11.0 / 18, 145.0 / 144, 145.0 / 144, 1], "constraint")
        assertClose(Array(holes.effectiveSize.prefix(4)), [7.0 / 3, 1, 1, 1], "effective size")
        XCTAssertTrue(holes.constraint[4].isNaN)
        XCTAssertTrue(holes.effectiveSize[4].isNaN)
        // Weighted with unit weights, Burt's formula gives the same effective size.
        assertClose(BurtConstraint(of: graph, weighted: true).effectiveSize.prefix(4).map { $0 }, [7.0 / 3, 1, 1, 1], "weighted")
    }
}
