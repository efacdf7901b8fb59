import XCTest
@testable import Analytics

final class ClusteringTests: XCTestCase {
    func testTrianglesAndClustering() {
        for f in Fixture.undirected {
            assertMatches(Triangles.count(on: f.graph), f, "triangles")
            assertMatches(Clustering.local(on: f.graph), f, "clustering")
            assertMatches(Clustering.local(on: f.graph, weighted: true), f, "clustering_weighted")
            assertNumber(Clustering.average(on: f.graph), f, "average_clustering")
            assertNumber(Clustering.average(on: f.graph, countZeros: false), f, "average_clustering_nonzero")
            assertNumber(Triangles.transitivity(of: f.graph), f, "transitivity")
            assertMatches(SquareClustering.compute(on: f.graph), f, "square_clustering")
        }
    }

    func testCoreNumbers() {
        for f in Fixture.undirected {
            assertMatchesOrThrows(try KCore.coreNumbers(of: f.graph).map(Double.init), f, "core_number")
        }
    }
}
