import Graph
import XCTest
@testable import Analytics

/// `DistancePermutation`: reproducible for a seed and different for another, the observed
/// figures equal to `PartnerDistances`', a planted network where partners are plainly nearer
/// than random pairs gives the smallest p, and the null mean of a small case equals the mean
/// over every arrangement of the places (computed by hand).
final class DistancePermutationTests: XCTestCase {
    func testReproducibleForASeed() {
        let measured = PartnerDistances(GeographyTestData.smallNetwork)
        let a = DistancePermutation(measured, permutations: 300, seed: 11)
        let b = DistancePermutation(measured, permutations: 300, seed: 11)
        let c = DistancePermutation(measured, permutations: 300, seed: 12)
        XCTAssertEqual(a.nullMeans, b.nullMeans)
        XCTAssertEqual(a.nullMedians, b.nullMedians)
        XCTAssertEqual(a.mean, b.mean)
        XCTAssertNotEqual(a.nullMeans, c.nullMeans)
        XCTAssertEqual(a.permutedActors, 6)
        XCTAssertEqual(a.mean.draws, 300)
        XCTAssertEqual(a.mean.observed!, measured.summary.mean!, accuracy: 1e-9)
        XCTAssertEqual(a.median.observed!, measured.summary.median!, accuracy: 1e-9)
    }

    func testPartnersPlantedNearbyAreNearerThanRandom() {
        let measured = PartnerDistances(GeographyTestData.plantedNearby())
        let test = DistancePermutation(measured, permutations: 999, seed: 1)
        XCTAssertLessThan(test.mean.observed!, 100)
        XCTAssertGreaterThan(test.mean.mean!, 2000)
        XCTAssertEqual(test.mean.pLower!, 1.0 / 1000, accuracy: 1e-12, "no draw is as near: p = 1 / (1 + N)")
        XCTAssertLessThanOrEqual(test.mean.p!, 0.002)
        XCTAssertLessThan(test.mean.z!, -3)
        XCTAssertLessThanOrEqual(test.median.pLower!, 0.002)
        XCTAssertGreaterThan(test.mean.pUpper!, 0.99)
    }

    /// One agreement a–b among three placed actors (b and c also partners, so all three are
    /// permuted): under the null, a–b is a uniformly random pair of distinct places, so the
    /// null mean of a–b's distance is the mean of the three pairwise distances.
    func testNullMeanOfASmallCaseMatchesTheExactValue() {
        let nodes = [GeographyTestData.placed("a", "a", 0, 0), GeographyTestData.placed("b", "b", 0, 10), GeographyTestData.placed("c", "c", 20, 0)]
        let data = Dataset(nodes: nodes, agreements: [Agreement(id: "ab", from: "a", to: "b"), Agreement(id: "bc", from: "b", to: "c")])
        let test = DistancePermutation(PartnerDistances(data), permutations: 6000, seed: 3)
        let p = nodes.map { $0.location! }
        let d = [Haversine.kilometres(p[0], p[1]), Haversine.kilometres(p[1], p[2]), Haversine.kilometres(p[0], p[2])]
        // The mean of the two agreements' distances: each a uniformly random distinct pair.
        let exact = d.reduce(0, +) / 3
        let sd = test.mean.standardDeviation!
        XCTAssertEqual(test.mean.mean!, exact, accuracy: 4 * sd / Double(6000).squareRoot())
    }

    func testOneSidedPValues() {
        let d = NullDistribution(observed: 1, draws: [0, 1, 2, 3])
        XCTAssertEqual(d.pLower, 3.0 / 5)
        XCTAssertEqual(d.pUpper, 4.0 / 5)
        XCTAssertNil(NullDistribution(observed: nil, draws: [1]).pLower)
    }
}
