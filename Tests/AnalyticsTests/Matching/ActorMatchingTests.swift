import Foundation
import Graph
import TestSupport
import XCTest
@testable import Analytics

/// `ActorMatching` on datasets with a known truth (`MatchingTestPairs`): precision and recall of
/// the `match` decisions at least 0.95, never a city matched to a region, one to one; and the
/// rules one by one on small cases (the veto between a city and its region, countries, the
/// gazetteer's ambiguity, the margin over the runner-up, the within pass).
final class ActorMatchingTests: XCTestCase {
    static let gazetteerPath = "graphs/belarus-asia/tools/gazetteer.tsv"

    func gazetteer() throws -> Gazetteer {
        let path = Repository.path(Self.gazetteerPath)
        return try Gazetteer.read(InputFile.read(path), file: path)
    }

    func testPrecisionAndRecallOnConstructedPairs() throws {
        let gazetteer = try gazetteer()
        for seed: UInt64 in [1, 2, 3] {
            let pairs = MatchingTestPairs(seed: seed)
            let result = ActorMatching(pairs.datasetA, pairs.datasetB, gazetteer: gazetteer)
            var correct = 0, matched = 0, cityToRegion = 0
            var claimed = Set<Int>()
            var wrong: [String] = []
            for row in result.rows where row.decision == .match {
                let aID = result.a.ids[row.a], bID = result.b.ids[row.best!.b]
                matched += 1
                XCTAssertTrue(claimed.insert(row.best!.b).inserted, "\(bID) matched twice")
                if pairs.truth[aID] == bID { correct += 1 } else {
                    wrong.append("\(result.a.labels[row.a]) → \(result.b.labels[row.best!.b]) (\(row.best!.evidence.joined(separator: "; ")))")
                }
                if pairs.level[aID] != pairs.level[bID] { cityToRegion += 1 }
            }
            let precision = Double(correct) / Double(max(1, matched)), recall = Double(correct) / Double(pairs.truth.count)
            let missed = pairs.truth.filter { aID, bID in
                !result.rows.contains { $0.decision == .match && result.a.ids[$0.a] == aID && result.b.ids[$0.best!.b] == bID }
            }.keys.sorted().prefix(10).map { aID -> String in
                let i = result.a.ids.firstIndex(of: aID)!, row = result.rows[i]
                let truth = result.b.labels[result.b.ids.firstIndex(of: pairs.truth[aID]!)!]
                return "\(result.a.labels[i]) ~ \(truth) [\(row.decision.rawValue) \(row.best.map { result.b.labels[$0.b] } ?? "-")]"
            }
            print("seed \(seed): \(pairs.a.count) actors in A, \(pairs.b.count) in B, \(pairs.truth.count) true pairs; "
                  + "\(matched) matched, precision \(precision), recall \(recall)")
            XCTAssertGreaterThanOrEqual(precision, 0.95, "seed \(seed): wrong matches: \(wrong)")
            XCTAssertGreaterThanOrEqual(recall, 0.95, "seed \(seed): missed: \(missed)")
            XCTAssertEqual(cityToRegion, 0, "seed \(seed): a city matched to a region: \(wrong)")
        }
    }

    func testCityNeverMatchesItsRegion() {
        let a = Dataset(nodes: [Node(id: "vitebsk-region", label: "Vitebsk Region", type: .region, country: "Belarus")])
        // Only the city on B's side, with and without a type: review at most, never match.
        for type in [NodeType.city, nil] {
            let b = Dataset(nodes: [Node(id: "q1", label: "Vitebsk", type: type)])
            let row = ActorMatching(a, b).rows[0]
            XCTAssertNotEqual(row.decision, .match, "type \(String(describing: type))")
        }
        let cityA = Dataset(nodes: [Node(id: "minsk", label: "Minsk", type: .city)])
        let regionB = Dataset(nodes: [Node(id: "r", label: "Minsk Oblast")])
        XCTAssertNil(ActorMatching(cityA, regionB).rows[0].best, "the generic word gives the untyped side its level: vetoed")
    }

    func testCountriesAndDistanceVeto() {
        var minsk = Node(id: "minsk", label: "Minsk", type: .city, country: "Belarus")
        minsk.attributes["lat"] = .double(53.9); minsk.attributes["lon"] = .double(27.57)
        let a = Dataset(nodes: [minsk])
        XCTAssertNil(ActorMatching(a, Dataset(nodes: [Node(id: "x", label: "Minsk", country: "Poland")])).rows[0].best)
        var far = Node(id: "y", label: "Minsk")
        far.attributes["lat"] = .double(40.0); far.attributes["lon"] = .double(-75.0)
        XCTAssertNil(ActorMatching(a, Dataset(nodes: [far])).rows[0].best, "over 300 km apart")
        var near = Node(id: "z", label: "Minsk")
        near.attributes["lat"] = .double(53.91); near.attributes["lon"] = .double(27.55)
        let row = ActorMatching(a, Dataset(nodes: [near])).rows[0]
        XCTAssertEqual(row.decision, .match)
        XCTAssertEqual(row.best?.score ?? 0, 1.0, accuracy: 1e-9, "0.95 for the label, +0.05 within 30 km")
        XCTAssertTrue(row.best?.evidence.contains("distance 2 km") ?? false, "\(String(describing: row.best?.evidence))")
    }

    func testGazetteerResolvesExonymsAndAmbiguousNames() throws {
        let gazetteer = try gazetteer()
        let a = Dataset(nodes: [Node(id: "brest", label: "Brest", type: .city, country: "Belarus"),
                                Node(id: "beijing", label: "Beijing", type: .city, country: "China")])
        let b = Dataset(nodes: [Node(id: "q1", label: "Brest"), Node(id: "q2", label: "Brest-Litowsk"), Node(id: "q3", label: "Peking")])
        let with = ActorMatching(a, b, gazetteer: gazetteer)
        XCTAssertEqual(with.rows.map(\.decision), [.match, .match])
        XCTAssertEqual(with.rows.map { $0.best.map { b.nodes[$0.b].id } }, ["q2", "q3"])
        XCTAssertEqual(with.rows[0].runnerUp.map { b.nodes[$0.b].id }, "q1", "Brest alone: a name of places in two countries")
        XCTAssertEqual(with.rows[0].runnerUp?.score ?? 0, 0.75, accuracy: 1e-9, "capped, and no country to add: Brest alone names two")
        let without = ActorMatching(a, b)
        XCTAssertEqual(without.rows[0].best.map { b.nodes[$0.b].id }, "q1", "without a gazetteer, the same label wins")
        XCTAssertNil(without.rows[1].best, "and Peking is nothing like Beijing")
    }

    func testMarginAndOneToOne() {
        // Two actors of B named alike: neither is ahead by the margin, so a person decides.
        let a = Dataset(nodes: [Node(id: "a", label: "Dubai", type: .city)])
        let twins = Dataset(nodes: [Node(id: "x", label: "Dubai"), Node(id: "y", label: "Dubai")])
        let row = ActorMatching(a, twins).rows[0]
        XCTAssertEqual(row.decision, .review)
        XCTAssertEqual(row.runnerUp?.score, row.best?.score)
        // Two actors of A want one of B: the better keeps it, the other is left to review.
        let two = Dataset(nodes: [Node(id: "homel", label: "Homel", type: .city), Node(id: "gomel", label: "Gomel", type: .city)])
        let one = Dataset(nodes: [Node(id: "g", label: "Gomel", type: .city)])
        let rows = ActorMatching(two, one).rows
        XCTAssertEqual(rows[1].decision, .match)
        XCTAssertEqual(rows[0].decision, .review)
        XCTAssertTrue(rows[0].best?.evidence.last?.contains("also the best candidate of gomel") ?? false)
    }

    func testParentsMatchedRaiseTheChild() {
        func side(_ prefix: String, _ region: String, _ city: String) -> Dataset {
            Dataset(nodes: [Node(id: "\(prefix)r", label: region, type: .region),
                            Node(id: "\(prefix)c", label: city, type: .university, within: "\(prefix)r")])
        }
        let result = ActorMatching(side("a", "Gomel Region", "Gomel State University"),
                                   side("b", "Gomel Region", "Gomel State University"))
        XCTAssertEqual(result.rows[1].decision, .match)
        XCTAssertEqual(result.rows[1].best?.evidence.last, "within")
        XCTAssertEqual(result.rows[1].best?.score ?? 0, 1.0, accuracy: 1e-9, "0.95 + 0.02 type + 0.03 within")
    }

    func testTheMostPopulousPlaceOfANameWhenItDominates() {
        // Two places called Wuxi, one of ten times the other's size: the name means the larger.
        // Two called Fuzhou of comparable size: the name alone says neither.
        let gazetteer = Gazetteer(places: [
            Gazetteer.Place(geonamesID: 1, country: "China", population: 3_000_000, name: "Wuxi", names: []),
            Gazetteer.Place(geonamesID: 2, country: "China", population: 100_000, name: "Wuxi", names: []),
            Gazetteer.Place(geonamesID: 3, country: "China", population: 2_800_000, name: "Fuzhou", names: []),
            Gazetteer.Place(geonamesID: 4, country: "China", population: 1_000_000, name: "Fuzhou", names: []),
        ])
        var wuxi = Node(id: "wuxi", label: "Wuxi", type: .city, country: "China")
        wuxi.attributes["geonames_id"] = .integer(1)
        var fuzhou = Node(id: "fuzhou-jiangxi", label: "Fuzhou (Jiangxi)", type: .city, country: "China")
        fuzhou.attributes["geonames_id"] = .integer(4)
        let a = Dataset(nodes: [wuxi, fuzhou])
        let b = Dataset(nodes: [Node(id: "q1", label: "Wuxi"), Node(id: "q2", label: "Fuzhou")])
        let rows = ActorMatching(a, b, gazetteer: gazetteer).rows
        XCTAssertEqual(rows[0].decision, .match)
        XCTAssertEqual(rows[0].best?.evidence.first, "gazetteer")
        XCTAssertEqual(rows[1].decision, .review)
        XCTAssertEqual(rows[1].best?.evidence.first, "label (the gazetteer has 2 places of this name)")
    }
}
