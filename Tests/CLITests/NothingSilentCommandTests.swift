import Foundation
import TestSupport
import XCTest

/// Issue 13's "errors, not silence", end to end: `--weight` naming nothing or text is a usage
/// error listing the numeric attributes; agreements without a value are counted; a filter value
/// that matches nothing warns with the values present; tables say whom they left out; and
/// `--largest-component` restricts any command to the largest component and says so.
final class NothingSilentCommandTests: XCTestCase {
    var folder: String!

    /// Six actors in two components (a–b–c–d with a triangle b–c–d, and e–f), plus g alone;
    /// `amount` on two of the five agreements, `note` text on one; g has no country.
    override func setUpWithError() throws {
        let work = try scratchFolder("nothing-silent")
        let dataset = work.appendingPathComponent("dataset")
        try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
        try """
        id,label,type,country
        a,A,city,Belarus
        b,B,region,Belarus
        c,C,city,China
        d,D,region,China
        e,E,city,China
        f,F,city,Belarus
        g,G,firm,

        """.write(to: dataset.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try """
        id,from,to,kind,date,amount:double,note
        e1,a,b,twinning,2001,2.5,
        e2,b,c,twinning,2005,,first
        e3,c,d,memorandum,2010,4,
        e4,b,d,friendship,2012,,
        e5,e,f,twinning,2015,,

        """.write(to: dataset.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        try "id,title\n".write(to: dataset.appendingPathComponent("sources.csv"), atomically: true, encoding: .utf8)
        folder = dataset.path
    }

    func testWeightNamingNothingOrTextIsAUsageError() throws {
        let absent = try Twinning.run(["centrality", folder, "--weight", "budget"])
        XCTAssertEqual(absent.status, 2)
        XCTAssertEqual(absent.stdout, "")
        XCTAssertTrue(absent.stderr.contains("--weight budget: no agreement has an attribute 'budget'; numeric agreement attributes: amount (or 'agreements'"), absent.stderr)
        let text = try Twinning.run(["clustering", folder, "--weight", "note"])
        XCTAssertEqual(text.status, 2)
        XCTAssertTrue(text.stderr.contains("--weight note: agreement 'e2' (b – c) has 'first' there, not a number"), text.stderr)
        for command in ["path", "communities"] {
            let actors = command == "path" ? ["a", "d"] : []
            let run = try Twinning.run([command, folder] + actors + ["--weight", "budget"])
            XCTAssertEqual(run.status, 2, "\(command): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--weight budget: no agreement has an attribute 'budget'"), "\(command): \(run.stderr)")
        }
    }

    func testAgreementsWithoutTheWeightAreCounted() throws {
        let run = try Twinning.run(["centrality", folder, "--weight", "amount", "--format", "csv"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("--weight amount: 3 of 5 agreements have no amount; each of them weighs 1"), run.stderr)
        let quiet = try Twinning.run(["centrality", folder, "--weight", "amount", "--quiet"])
        XCTAssertEqual(quiet.stderr, "")
    }

    func testFilterValuesMatchingNothingWarn() throws {
        let run = try Twinning.run(["stats", folder, "--kind", "twining", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("--kind twining matches no agreement; kinds present: twinning (3), friendship (1), memorandum (1)"), run.stderr)
        XCTAssertTrue(run.stderr.contains("the filters keep no agreement"), run.stderr)
        let country = try Twinning.run(["stats", folder, "--country", "Atlantis"])
        XCTAssertTrue(country.stderr.contains("--country atlantis matches no actor; countries present: Belarus (3), China (3)"), country.stderr)
        let matched = try Twinning.run(["stats", folder, "--kind", "twinning", "--since", "2001"])
        XCTAssertEqual(matched.stderr, "", "a filter that matches says nothing")
    }

    func testHomophilySaysWhomItLeftOut() throws {
        let text = try Twinning.run(["homophily", folder, "--groups", "country"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("left out: 1 actor without a country left out, with 0 ties"), text.stdout)
        let json = try Twinning.run(["homophily", folder, "--groups", "country", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["left_out_actors"] as? Int, 1)
        let csv = try Twinning.run(["homophily", folder, "--groups", "country", "--format", "csv"])
        XCTAssertTrue(csv.stderr.contains("note: 1 actor without a country left out"), csv.stderr)
        let brokerage = try Twinning.run(["brokerage", folder, "--groups", "country"])
        XCTAssertTrue(brokerage.stderr.contains("1 actor without a country: listed with an empty group"), brokerage.stderr)
    }

    func testTopSaysHowManyRowsItLeftOut() throws {
        let text = try Twinning.run(["centrality", folder, "--top", "2"])
        XCTAssertTrue(text.stdout.hasSuffix("… 5 more rows not shown (--top 2 of 7)\n"), text.stdout)
        let csv = try Twinning.run(["clustering", folder, "--top", "3", "--format", "csv"])
        XCTAssertEqual(csv.stdout.split(separator: "\n").count, 4, csv.stdout)
        XCTAssertTrue(csv.stderr.contains("note: 4 more rows not shown (--top 3 of 7)"), csv.stderr)
        let all = try Twinning.run(["brokerage", folder, "--top", "7", "--groups", "type"])
        XCTAssertFalse(all.stdout.contains("not shown"), all.stdout)
    }

    func testCommunitiesOfOneActorAreCountedNotListed() throws {
        let run = try Twinning.run(["communities", folder, "--seed", "1"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("1 of them is a single actor"), run.stdout)
        XCTAssertFalse(run.stdout.contains(": G"), run.stdout)
    }

    func testLargestComponent() throws {
        let run = try Twinning.run(["stats", folder, "--largest-component", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("--largest-component: the largest of 3 components: 4 of 7 actors, 4 of 5 agreements"), run.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["nodes"] as? Int, 4)
        XCTAssertEqual(object?["diameter"] as? Double, 2)
        // The whole network: diameter undefined (networkx raises), the largest component's given.
        let whole = try Twinning.run(["stats", folder, "--format", "json"])
        let all = try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any]
        XCTAssertTrue(all?["diameter"] is NSNull)
        XCTAssertEqual(all?["largest_component_diameter"] as? Double, 2)
        XCTAssertEqual(all?["largest_component_radius"] as? Double, 1)
        XCTAssertEqual(all?["largest_component_average_shortest_path_length"] as? Double, 4.0 / 3.0)
        let text = try Twinning.run(["stats", folder])
        let diameter = text.stdout.split(separator: "\n").first { $0.hasPrefix("  diameter ") }.map { $0.split(separator: " ", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(diameter, "2 (of the largest component: the network is not connected)", text.stdout)
        let centrality = try Twinning.run(["centrality", folder, "--largest-component", "--format", "csv"])
        XCTAssertEqual(centrality.stdout.split(separator: "\n").count, 5, centrality.stdout)
    }
}

/// `path --directed`: directed agreements are followed from origin to destination only.
final class DirectedPathCommandTests: XCTestCase {
    func testDirectedPathFollowsArcs() throws {
        let work = try scratchFolder("directed-path")
        let file = work.appendingPathComponent("g.csv")
        // a → b → c directed, and an undirected a – x – y – c: undirected the shortest is a-b-c
        // (2 steps); from c to a only the undirected chain leads (3 steps); a → z, and nothing
        // leaves z.
        try """
        from,to,directed
        a,z,true
        a,b,true
        b,c,true
        a,x,false
        x,y,false
        y,c,false

        """.write(to: file, atomically: true, encoding: .utf8)
        let forward = try Twinning.run(["path", file.path, "a", "c", "--directed", "--format", "json"])
        XCTAssertEqual(forward.status, 0, forward.stderr)
        XCTAssertTrue(forward.stdout.contains("\"length\" : 2") || forward.stdout.contains("\"length\": 2"), forward.stdout)
        let back = try Twinning.run(["path", file.path, "c", "a", "--directed", "--format", "json"])
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertTrue(back.stdout.contains("\"y\""), back.stdout)
        let undirected = try Twinning.run(["path", file.path, "c", "a", "--format", "json"])
        XCTAssertFalse(undirected.stdout.contains("\"y\""), undirected.stdout)
        let none = try Twinning.run(["path", file.path, "z", "a", "--directed"])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("no directed path leads from 'z' to 'a'"), none.stderr)
    }
}
