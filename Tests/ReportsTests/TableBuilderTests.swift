import Analytics
import Graph
import Reports
import Tables
import XCTest

/// The tables the commands print, built in-process on `SmallNetwork` and checked cell by cell.
final class TableBuilderTests: XCTestCase {
    let dataset = SmallNetwork.dataset

    func testCentralityColumnsAndValues() {
        let built = CentralityTable.table(dataset, measures: CentralityMeasure.standard + [.strength], weight: nil)
        XCTAssertEqual(built.table.columns, ["id", "label", "degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "strength"])
        XCTAssertEqual(built.warnings, [])
        XCTAssertEqual(SmallNetwork.column("degree", of: built.table), ["a": .integer(2), "b": .integer(2), "c": .integer(3), "d": .integer(1)])
        XCTAssertEqual(SmallNetwork.column("strength", of: built.table), ["a": .double(3), "b": .double(3), "c": .double(3), "d": .double(1)])
        guard case .double(let between)? = SmallNetwork.column("betweenness", of: built.table)["c"] else { return XCTFail("no betweenness") }
        XCTAssertEqual(between, 2.0 / 3.0, accuracy: 1e-12)  // on a–d and b–d, normalised by (n−1)(n−2)/2 = 3
        XCTAssertEqual(built.table.rows.map { ResultTable.plain($0[0]) }, ["a", "b", "c", "d"], "the dataset's order")
    }

    func testCentralityMeasureNamesAndRankingByColumnName() throws {
        XCTAssertEqual(try CentralityTable.measures(named: ["katz", "degree"], only: false), CentralityMeasure.standard + [.katz])
        XCTAssertEqual(try CentralityTable.measures(named: ["katz", "katz"], only: true), [.katz])
        XCTAssertThrowsError(try CentralityTable.measures(named: ["fame"], only: false)) { error in
            XCTAssertEqual((error as? CentralityTable.UnknownMeasure)?.name, "fame")
        }
        let table = CentralityTable.table(dataset, measures: [.degree], weight: nil).table
        XCTAssertEqual(table.ranked(byColumnNamed: "degree", format: .text, top: 2).rows.map { ResultTable.plain($0[0]) }, ["c", "a"])
        XCTAssertEqual(table.ranked(byColumnNamed: "degree", format: .csv, top: nil).rows.map { ResultTable.plain($0[0]) }, ["a", "b", "c", "d"])
    }

    func testEdgeBetweenness() throws {
        let table = try CentralityTable.edges(dataset, weight: nil)
        XCTAssertEqual(table.columns, ["from", "to", "betweenness"])
        XCTAssertEqual(table.rows.count, 4)
        let cd = table.rows.first { ResultTable.plain($0[0]) == "c" && ResultTable.plain($0[1]) == "d" || ResultTable.plain($0[0]) == "d" && ResultTable.plain($0[1]) == "c" }
        guard case .double(let value)? = cd?[2] else { return XCTFail("no c–d row") }
        XCTAssertEqual(value, 3.0 / 6.0, accuracy: 1e-12)  // 3 of the 6 pairs cross c–d
    }

    func testClustering() {
        let built = ClusteringTable.table(dataset, weight: nil)
        XCTAssertEqual(built.table.columns, ["id", "label", "triangles", "clustering", "square_clustering", "core"])
        XCTAssertEqual(SmallNetwork.column("triangles", of: built.table), ["a": .integer(1), "b": .integer(1), "c": .integer(1), "d": .integer(0)])
        XCTAssertEqual(SmallNetwork.column("clustering", of: built.table)["c"], .double(1.0 / 3.0))
        XCTAssertEqual(SmallNetwork.column("core", of: built.table), ["a": .integer(2), "b": .integer(2), "c": .integer(2), "d": .integer(1)])
        XCTAssertEqual(built.warnings, [])
    }

    func testBrokerageSortedByTotal() {
        let table = BrokerageTable.table(dataset, groupsBy: .country, weighted: true)
        XCTAssertEqual(table.columns.prefix(5), ["id", "label", "group", "constraint", "effective_size"])
        XCTAssertEqual(table.columns.last, "total")
        XCTAssertEqual(ResultTable.plain(table.rows[0][0]), "c", "only c brokers (a–c–d, b–c–d)")
        XCTAssertEqual(SmallNetwork.column("group", of: table), ["a": .string("BY"), "b": .string("BY"), "c": .string("CN"), "d": .string("CN")])
        XCTAssertEqual(SmallNetwork.column("total", of: table)["d"], .integer(0))
    }

    func testHomophilyByCountry() {
        let h = HomophilyTables(dataset, groupsBy: .country, weighted: false)
        XCTAssertEqual(h.ei.network.index, 0)  // two pairs inside countries (a–b, c–d), two across (a–c, b–c)
        XCTAssertEqual(h.groupTable.columns, ["group", "actors", "external", "internal", "ei_index"])
        XCTAssertEqual(h.groupTable.rows.count, 2)
        XCTAssertEqual(h.mixingTable.columns, ["country", "BY", "CN"])
        XCTAssertTrue(h.text(groupsBy: "country").hasPrefix("groups by country\n"))
    }

    func testStatsFigures() {
        let stats = StatsTables(dataset)
        let scalars = Dictionary(uniqueKeysWithValues: StatsTables.scalars(stats.summary, stats.structure))
        XCTAssertEqual(scalars["nodes"], .integer(4))
        XCTAssertEqual(scalars["agreements"], .integer(5))
        XCTAssertEqual(scalars["edges"], .integer(4))
        XCTAssertEqual(scalars["components"], .integer(1))
        XCTAssertEqual(scalars["bridges"], .integer(1))
        XCTAssertEqual(scalars["first_date"], .string("2001"))
        XCTAssertTrue(stats.printed(.csv, name: "x").hasPrefix("section,key,value\nsummary,nodes,4\n"))
        XCTAssertNil(stats.note)
    }

    func testTimelineAddsUndatedRowOnlyToText() {
        let table = TimelineTable.printed(dataset, topActors: 1, format: .csv)
        XCTAssertEqual(table.columns.prefix(3), ["year", "new_agreements", "new_twinning"])
        XCTAssertEqual(table.rows.map { ResultTable.plain($0[0]) }, (2001...2010).map(String.init))
        XCTAssertEqual(table.rows[4][1], .integer(2), "2005: e2 and e3")
        var undated = dataset
        undated.agreements[0].date = nil
        let text = TimelineTable.printed(undated, topActors: 1, format: .text)
        XCTAssertEqual(text.rows.last?[0], .string("undated"))
        XCTAssertEqual(text.rows.last?[1], .integer(1))
    }

    func testCommunitiesShareOneGrouping() {
        let found = CommunitySearch(algorithm: .louvain, seed: 1).communities(of: dataset)
        let groups = CommunityTable.groups(dataset, found)
        XCTAssertEqual(groups.columns, ["community", "size", "members"])
        XCTAssertEqual(groups.rows.map { $0[1] }.reduce(0) { if case .integer(let n) = $1 { return $0 + n }; return $0 }, 4)
        XCTAssertEqual(CommunityTable.memberLists(found).flatMap { $0 }.sorted(), [0, 1, 2, 3])
        XCTAssertEqual(CommunityTable.members(dataset, found).columns, ["id", "label", "community"])
    }

    func testPathAndEgo() throws {
        let path = try PathTable(dataset, from: "Alpha", to: "d", weight: nil)
        XCTAssertEqual(path.path, [0, 2, 3])
        XCTAssertEqual(path.table.rows.map { ResultTable.plain($0[3]) }, ["e3", "e5"])
        XCTAssertTrue(path.text.hasPrefix("Alpha → Gamma → Delta (2 steps)\n"))
        XCTAssertThrowsError(try PathTable(dataset, from: "a", to: "nowhere", weight: nil)) { error in
            XCTAssertEqual("\(error)", "no node has the id, label or alias 'nowhere'")
        }
        let ego = try EgoTables.summary(dataset, actor: "Gamma", radius: 1)
        XCTAssertEqual(ego.degree, 3)
        XCTAssertEqual(EgoTables.agreements(ego).rows.count, 3)
    }

    /// `path --weight` reads lengths: b–c weighs 7 but b–a–c only 2 + 4; `agreements` makes
    /// every step 1 long. Actors may be named by alias.
    func testPathWeightsAndAliases() throws {
        let triangle = Dataset(
            nodes: [Node(id: "a"), Node(id: "b", aliases: ["Bee"]), Node(id: "c", label: "Sea")],
            agreements: [Agreement(id: "ab", from: "a", to: "b", weight: 2), Agreement(id: "ab2", from: "a", to: "b", weight: 9),
                         Agreement(id: "bc", from: "b", to: "c", weight: 7), Agreement(id: "ac", from: "a", to: "c", weight: 4)])
        XCTAssertEqual(try PathTable(triangle, from: "b", to: "c", weight: nil).path, [1, 2])
        XCTAssertEqual(try PathTable(triangle, from: "b", to: "c", weight: "agreements").path, [1, 2])
        XCTAssertEqual(try PathTable(triangle, from: "b", to: "c", weight: "weight").path, [1, 0, 2])
        XCTAssertEqual(try PathTable(triangle, from: "bee", to: "sea", weight: "weight").path, [1, 0, 2], "alias and label")
    }
}
