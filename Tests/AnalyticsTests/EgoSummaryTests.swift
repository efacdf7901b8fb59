import Graph
import XCTest
@testable import Analytics

final class EgoSummaryTests: XCTestCase {
    /// minsk–changchun twice (2016, 1992), minsk–beijing (undated), minsk→huawei (directed),
    /// huawei–shenzhen, shenzhen–x, a self-loop on minsk; y is isolated.
    /// Degrees: minsk 3, huawei 2, shenzhen 2, changchun 1, beijing 1, x 1, y 0.
    /// Agreement counts (distinct-pair weights): minsk 4 (+ loop 1 = 5), changchun 2, huawei 2, shenzhen 2,
    /// beijing 1, x 1.
    let dataset = Dataset(
        nodes: ["minsk", "changchun", "beijing", "huawei", "shenzhen", "x", "y"].map { Node(id: $0, label: $0.capitalized) }
            .map { var n = $0; if n.id == "minsk" { n.aliases = ["Minsk City"] }; return n },
        agreements: [
            Agreement(id: "a1", from: "minsk", to: "changchun", kind: .cooperation, date: PartialDate("2016"),
                      provenance: Provenance(quote: "…coopération…")),
            Agreement(id: "a2", from: "changchun", to: "minsk", kind: .twinning, date: PartialDate("1992")),
            Agreement(id: "a3", from: "minsk", to: "beijing", kind: .twinning),
            Agreement(id: "a4", from: "minsk", to: "huawei", kind: .investment, directed: true),
            Agreement(id: "a5", from: "huawei", to: "shenzhen"),
            Agreement(id: "a6", from: "shenzhen", to: "x"),
            Agreement(id: "a7", from: "minsk", to: "minsk"),
        ])

    func testPartnersAndTheirAgreements() throws {
        let ego = try EgoSummary(dataset, node: "minsk")
        XCTAssertEqual(ego.partners.map(\.node.id), ["changchun", "beijing", "huawei"])
        XCTAssertEqual(ego.partners[0].agreements.map(\.id), ["a2", "a1"])
        XCTAssertEqual(ego.partners[0].agreements[1].provenance.quote, "…coopération…")
        XCTAssertEqual(ego.selfAgreements.map(\.id), ["a7"])
        XCTAssertEqual(ego.degree, 3)
        XCTAssertEqual(ego.agreementCount, 5)
        XCTAssertEqual(ego.degreeRank, 1)
        XCTAssertEqual(ego.agreementRank, 1)
        XCTAssertEqual(ego.rankedNodes, 7)
    }

    func testRanksAreSharedOnTies() throws {
        XCTAssertEqual(try EgoSummary(dataset, node: "shenzhen").degreeRank, 2)
        XCTAssertEqual(try EgoSummary(dataset, node: "huawei").degreeRank, 2)
        XCTAssertEqual(try EgoSummary(dataset, node: "x").degreeRank, 4)
        XCTAssertEqual(try EgoSummary(dataset, node: "y").degreeRank, 7)
        XCTAssertEqual(try EgoSummary(dataset, node: "x").agreementRank, 5)
    }

    /// Radius 2 from minsk: changchun, beijing, huawei at 1; shenzhen at 2. The ego network has
    /// 5 actors and the edges minsk–changchun, minsk–beijing, minsk–huawei, huawei–shenzhen and
    /// the self-loop: 5.
    func testRadius() throws {
        let ego = try EgoSummary(dataset, node: "minsk", radius: 2)
        XCTAssertEqual(ego.reachByDistance, [3, 1])
        XCTAssertEqual(ego.egoNodes, 5)
        XCTAssertEqual(ego.egoEdges, 5)
        let zero = try EgoSummary(dataset, node: "minsk", radius: 0)
        XCTAssertEqual(zero.reachByDistance, [])
        XCTAssertEqual(zero.egoNodes, 1)
        XCTAssertEqual(zero.egoEdges, 1)
    }

    func testFindsByLabelOrAliasAndReportsUnknownNames() throws {
        XCTAssertEqual(try EgoSummary(dataset, node: "minsk city").node.id, "minsk")
        XCTAssertEqual(try EgoSummary(dataset, node: "Shenzhen").node.id, "shenzhen")
        XCTAssertThrowsError(try EgoSummary(dataset, node: "atlantis")) { XCTAssertTrue("\($0)".contains("'atlantis'")) }
        XCTAssertThrowsError(try EgoSummary(dataset, node: "minsk", radius: -1))
    }

    /// One ego network: the summary counts the actors and pairs of `Dataset.egoNetwork`.
    func testCountsTheDatasetsEgoNetwork() throws {
        XCTAssertEqual(dataset.hopDistances(from: 0, limit: 2), [0, 1, 1, 1, 2, -1, -1])
        for radius in 0...3 {
            let ego = try EgoSummary(dataset, node: "minsk", radius: radius)
            let network = try dataset.egoNetwork(of: "minsk", radius: radius)
            XCTAssertEqual(ego.egoNodes, network.nodes.count, "radius \(radius)")
            XCTAssertEqual(ego.egoEdges, IndexedNetwork(network).graph.edgeCount, "radius \(radius)")
            XCTAssertEqual(ego.reachByDistance.reduce(1, +), ego.egoNodes, "radius \(radius)")
        }
        XCTAssertEqual(try dataset.egoNetwork(of: "minsk", radius: 3).nodes.map(\.id), ["minsk", "changchun", "beijing", "huawei", "shenzhen", "x"])
        XCTAssertThrowsError(try EgoSummary(dataset, node: "Minsk City X")) { XCTAssertEqual("\($0)", "no node has the id, label or alias 'Minsk City X'") }
    }
}
