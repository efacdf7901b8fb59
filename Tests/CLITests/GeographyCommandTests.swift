import Foundation
import TestSupport
import XCTest

/// `twinning geography`: its output in text, CSV and JSON on a small placed network, the test
/// reproducible for a seed, what is left out said, and the errors: no place, a lat without lon.
final class GeographyCommandTests: XCTestCase {
    var work: URL!
    var network: String { work.appendingPathComponent("placed.json").path }

    /// Minsk, Gomel, Harbin and Chongqing; a university within Minsk, one within Harbin;
    /// Mogilev without a place.
    static let placedNetwork = """
    {"directed": false, "multigraph": true, "graph": {}, "nodes": [
     {"id": "by", "label": "Belarus", "type": "country"},
     {"id": "cn", "label": "China", "type": "country"},
     {"id": "minsk", "label": "Minsk", "type": "city", "within": "by", "lat": 53.9, "lon": 27.5667},
     {"id": "gomel", "label": "Gomel", "type": "city", "within": "by", "lat": 52.4345, "lon": 30.9754},
     {"id": "bsu", "label": "BSU", "type": "university", "within": "minsk"},
     {"id": "harbin", "label": "Harbin", "type": "city", "within": "cn", "latitude": 45.75, "longitude": 126.65},
     {"id": "chongqing", "label": "Chongqing", "type": "city", "within": "cn", "lat": 29.563, "lng": 106.5516},
     {"id": "hit", "label": "HIT", "type": "university", "within": "harbin"},
     {"id": "mogilev", "label": "Mogilev", "type": "city", "country": "Belarus"}
    ], "links": [
     {"source": "minsk", "target": "harbin", "kind": "twinning", "date": "1992"},
     {"source": "minsk", "target": "chongqing", "kind": "friendship", "date": "2014-05"},
     {"source": "gomel", "target": "harbin", "kind": "twinning", "date": "2011"},
     {"source": "bsu", "target": "hit", "kind": "university_agreement", "date": "2005"},
     {"source": "minsk", "target": "gomel", "kind": "cooperation"},
     {"source": "mogilev", "target": "chongqing", "kind": "twinning", "date": "2016"}
    ]}
    """

    override func setUpWithError() throws {
        work = try scratchFolder("geography")
        try Self.placedNetwork.write(toFile: network, atomically: true, encoding: .utf8)
    }

    func testText() throws {
        let run = try Twinning.run(["geography", network, "--permutations", "200", "--seed", "3"])
        XCTAssertEqual(run.status, 0, run.stderr)
        for expected in ["5 of 6 agreements measured", "1 agreement left out: an end without a place",
                         "2 of them placed through within", "by kind", "by country-pair", "Belarus – China", "by decade",
                         "(undated)", "200 permutations of the places among the 6 placed actors, seed 3", "p_nearer",
                         "linear interpolation (numpy's default)"] {
            XCTAssertTrue(run.stdout.contains(expected), "missing '\(expected)' in\n\(run.stdout)")
        }
    }

    func testJSONAndReproducibility() throws {
        let args = ["geography", network, "--permutations", "300", "--format", "json", "--by", "kind,agreements"]
        let a = try Twinning.run(args + ["--seed", "7"]), b = try Twinning.run(args + ["--seed", "7"]), c = try Twinning.run(args + ["--seed", "8"])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, b.stdout, "the same seed gives the same output")
        XCTAssertNotEqual(a.stdout, c.stdout, "another seed, other draws")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["measured"] as? Int, 5)
        XCTAssertEqual(object["placed_through_within"] as? Int, 2)
        XCTAssertEqual((object["left_out"] as? [String: Any])?["end_without_place"] as? Int, 1)
        XCTAssertEqual((object["by_kind"] as? [[String: Any]])?.first?["kind"] as? String, "twinning")
        XCTAssertNil(object["by_decade"], "only --by kind")
        let distances = try XCTUnwrap(object["distances"] as? [[String: Any]])
        XCTAssertEqual(distances.count, 5)
        XCTAssertEqual(distances[0]["km"] as? Double ?? 0, 6569.272414403504, accuracy: 1e-6)
        let test = try XCTUnwrap(object["test"] as? [String: Any])
        let mean = try XCTUnwrap(test["mean"] as? [String: Any])
        XCTAssertEqual(mean["draws"] as? Int, 300)
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(mean["observed_km"] as? Double ?? 0, summary["mean_km"] as? Double ?? 1, accuracy: 1e-9)
    }

    func testCSV() throws {
        let summaries = try Twinning.run(["geography", network, "--format", "csv"])
        XCTAssertEqual(summaries.status, 0, summaries.stderr)
        let lines = summaries.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "grouping,group,count,min_km,q1_km,median_km,q3_km,max_km,mean_km")
        XCTAssertTrue(lines[1].hasPrefix("all,all,5,"), lines[1])
        XCTAssertTrue(lines.contains { $0.hasPrefix("country-pair,Belarus – Belarus,1,") }, summaries.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("decade,(undated),1,") }, summaries.stdout)
        XCTAssertTrue(summaries.stderr.contains("1 agreement left out"), summaries.stderr)

        let agreements = try Twinning.run(["geography", network, "--by", "agreements", "-o", work.appendingPathComponent("d.csv").path])
        XCTAssertEqual(agreements.status, 0, agreements.stderr)
        let written = try String(contentsOf: work.appendingPathComponent("d.csv"), encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("id,from,to,kind,date,km\n"), written)
        XCTAssertTrue(written.contains("minsk,gomel,cooperation,,279.56553798"), written)
    }

    func testNoPlaceIsAnErrorSayingHowToAddOne() throws {
        let bare = work.appendingPathComponent("bare.json").path
        try """
        {"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}
        """.write(toFile: bare, atomically: true, encoding: .utf8)
        let run = try Twinning.run(["geography", bare])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("no actor of the input has a place") && run.stderr.contains("'lat' and 'lon'"), run.stderr)
        XCTAssertEqual(run.stdout, "")
        let unknown = try Twinning.run(["geography", network, "--by", "continent"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown grouping 'continent'"), unknown.stderr)
    }

    func testLatitudeWithoutLongitudeNamesFileAndLine() throws {
        let folder = work.appendingPathComponent("halfplaced")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id,label,lat,lon\nminsk,Minsk,53.9,27.5667\nharbin,Harbin,45.75,\n".write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try "id,from,to\ne1,minsk,harbin\n".write(to: folder.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        let run = try Twinning.run(["geography", folder.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("nodes.csv:3"), run.stderr)
        XCTAssertTrue(run.stderr.contains("lat without lon"), run.stderr)
    }
}
