import Graph
import XCTest
@testable import Analytics

/// The `--weight` rule (`EdgeWeighting`): each option value, the weight of each agreement, and
/// what the measures read, as strengths (summed) and as lengths (the lightest).
final class EdgeWeightingTests: XCTestCase {
    /// a–b twice (weight 2, budget 3; weight 5, budget 0.5), b–c once (no weight column, a
    /// `weight` attribute 7, a budget that is not a number), a–c once (weight 4, no budget).
    let dataset = Dataset(
        nodes: ["a", "b", "c"].map { Node(id: $0) },
        agreements: [
            Agreement(id: "p1", from: "a", to: "b", weight: 2, attributes: ["budget": .integer(3)]),
            Agreement(id: "p2", from: "b", to: "a", weight: 5, attributes: ["budget": .double(0.5)]),
            Agreement(id: "q", from: "b", to: "c", attributes: ["weight": .integer(7), "budget": .string("n/a")]),
            Agreement(id: "r", from: "a", to: "c", weight: 4),
        ])

    func testOptionValues() {
        XCTAssertEqual(EdgeWeighting(option: nil), .unit)
        XCTAssertEqual(EdgeWeighting(option: nil, default: .agreementCount), .agreementCount)
        XCTAssertEqual(EdgeWeighting(option: "agreements"), .agreementCount)
        XCTAssertEqual(EdgeWeighting(option: "agreements", default: .unit), .agreementCount)
        XCTAssertEqual(EdgeWeighting(option: "weight"), .attribute("weight"))
        XCTAssertEqual(EdgeWeighting(option: "budget", default: .agreementCount), .attribute("budget"))
        XCTAssertFalse(EdgeWeighting.unit.isWeighted)
        XCTAssertTrue(EdgeWeighting.agreementCount.isWeighted)
        XCTAssertTrue(EdgeWeighting.attribute("budget").isWeighted)
    }

    func testWeightOfOneAgreement() {
        let a = dataset.agreements
        XCTAssertEqual(a.map(EdgeWeighting.unit.weight(of:)), [1, 1, 1, 1])
        XCTAssertEqual(a.map(EdgeWeighting.agreementCount.weight(of:)), [1, 1, 1, 1])
        XCTAssertEqual(a.map(EdgeWeighting.attribute("weight").weight(of:)), [2, 5, 7, 4], "the column, else the attribute, else 1")
        XCTAssertEqual(a.map(EdgeWeighting.attribute("budget").weight(of:)), [3, 0.5, 1, 1], "1 where missing or not a number")
    }

    /// Weights of the pairs a–b, b–c, a–c in the projection.
    private func pairs(_ option: String?, _ parallel: ParallelEdges) -> [Double] {
        let g = IndexedNetwork(dataset, weighting: EdgeWeighting(option: option), parallelEdges: parallel).graph
        return [(0, 1), (1, 2), (0, 2)].map { u, v in
            let row = g.offsets[u]..<g.offsets[u + 1]
            return g.weights[row.first { Int(g.neighbours[$0]) == v }!]
        }
    }

    func testStrengthsSumAndLengthsKeepTheLightest() {
        XCTAssertEqual(pairs(nil, .sum), [1, 1, 1])
        XCTAssertEqual(pairs("agreements", .sum), [2, 1, 1])
        XCTAssertEqual(pairs("weight", .sum), [7, 7, 4])
        XCTAssertEqual(pairs("budget", .sum), [3.5, 1, 1])
        XCTAssertEqual(pairs(nil, .minimum), [1, 1, 1])
        XCTAssertEqual(pairs("agreements", .minimum), [1, 1, 1])
        XCTAssertEqual(pairs("weight", .minimum), [2, 7, 4])
        XCTAssertEqual(pairs("budget", .minimum), [0.5, 1, 1])
    }

    func testCentralityReadsStrengthsAndLengths() throws {
        func values(_ measure: CentralityMeasure, _ weight: String?) -> [Double] {
            CentralityMeasures(dataset, measures: [measure], weight: weight).values[measure]!
        }
        // Strength: without a weight, the number of agreements.
        XCTAssertEqual(values(.strength, nil), [3, 3, 2])
        XCTAssertEqual(values(.strength, "agreements"), [3, 3, 2])
        XCTAssertEqual(values(.strength, "weight"), [11, 14, 11])
        XCTAssertEqual(values(.strength, "budget"), [4.5, 4.5, 2])
        // Closeness on lengths a–b 2, b–c 7 (b–a–c is 6), a–c 4: (n − 1) / Σ distances.
        let closeness = values(.closeness, "weight")
        for (got, want) in zip(closeness, [2.0 / 6, 2.0 / 8, 2.0 / 10]) { XCTAssertEqual(got, want, accuracy: 1e-12) }
        XCTAssertEqual(values(.closeness, "agreements"), [1, 1, 1], "every agreement is 1 long")
        XCTAssertEqual(values(.degree, "weight"), [2, 2, 2], "degree counts partners whatever the weight")
        let edges = try EdgeCentrality(dataset, weight: "weight").scores
        XCTAssertEqual(edges.count, 3)
    }

    /// Weighted clustering of the triangle: (ŵab ŵbc ŵac)^(1/3), ŵ = w / max w, for every node.
    func testClusteringReadsStrengths() {
        XCTAssertEqual(ClusteringMeasures(dataset).clustering, [1, 1, 1])
        for (option, want) in [("agreements", pow(0.25, 1.0 / 3)), ("budget", pow(1 / 12.25, 1.0 / 3))] {
            for got in ClusteringMeasures(dataset, weight: option).clustering { XCTAssertEqual(got, want, accuracy: 1e-12, option) }
        }
    }
}
