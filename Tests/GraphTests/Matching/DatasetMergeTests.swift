import Graph
import XCTest

/// The merge of two small sources with planted overlaps and disagreements: every actor and
/// agreement keeps each source's ids and provenance, each planted conflict is listed exactly
/// once (and nothing else), agreements join only when kind and date are compatible, ids
/// that collide are renamed, and a crosswalk naming a missing actor is refused by line.
final class DatasetMergeTests: XCTestCase {
    /// A: the books. B: a crawl with other ids, a German label, and planted differences.
    let books = Dataset(nodes: [
        Node(id: "minsk", label: "Minsk", type: .city, country: "Belarus", attributes: ["lat": .double(53.9), "lon": .double(27.5667)]),
        Node(id: "gomel", label: "Gomel", type: .city, country: "Belarus"),
        Node(id: "harbin", label: "Harbin", type: .city, country: "China", attributes: ["population": .integer(10_000_000)]),
        Node(id: "chengdu", label: "Chengdu", type: .city, country: "China"),
        Node(id: "q5", label: "Anything", type: .firm, country: "China"),
    ], agreements: [
        Agreement(id: "a1", from: "minsk", to: "harbin", kind: .twinning, date: PartialDate("1993"), provenance: Provenance(source: "book", quote: "Minsk et Harbin")),
        Agreement(id: "a2", from: "gomel", to: "chengdu", kind: .friendship, date: PartialDate("2014"), status: .signed),
        Agreement(id: "a3", from: "gomel", to: "harbin", kind: .memorandum, date: PartialDate("2010")),
        Agreement(id: "a4", from: "minsk", to: "chengdu", kind: .investment, date: PartialDate("2019"), directed: true),
    ], sources: [SourceRecord(id: "book", title: "Le Belarus et la Chine")])

    let crawl = Dataset(nodes: [
        Node(id: "q1", label: "Minsk", type: .city, attributes: ["lat": .double(53.91), "lon": .double(27.55)]),
        Node(id: "q2", label: "Homel", type: .region, country: "Belarus"),
        Node(id: "q3", label: "Charbin", country: "China", attributes: ["population": .integer(5_000_000)]),
        Node(id: "q4", label: "Chengdu", country: "China", attributes: ["lat": .double(30.66), "lon": .double(104.07)]),
        Node(id: "q5", label: "Tehran", type: .city, country: "Iran"),
    ], agreements: [
        // Same as a1: kind and date agree.
        Agreement(id: "a1", from: "q3", to: "q1", kind: .twinning, date: PartialDate("1993"), provenance: Provenance(source: "book", quote: "Minsk ↔ Harbin")),
        // Same as a2 (friendship vs twinning, 2014 vs 2015): two conflicts, plus status.
        Agreement(id: "w2", from: "q2", to: "q4", kind: .twinning, date: PartialDate("2015"), status: .planned),
        // Not a3: a memorandum is not a twinning.
        Agreement(id: "w3", from: "q2", to: "q3", kind: .twinning, date: PartialDate("2010")),
        // Same as a4 but the other way: a direction conflict.
        Agreement(id: "w4", from: "q4", to: "q1", kind: .investment, date: PartialDate("2019"), directed: true),
        // Minsk–Chengdu twinning 2001: no twinning in A for the pair.
        Agreement(id: "w5", from: "q1", to: "q4", kind: .twinning, date: PartialDate("2001")),
        // B's own actor with an id A uses for another.
        Agreement(id: "w6", from: "q5", to: "q1", kind: .friendship),
    ], sources: [SourceRecord(id: "book", title: "Wikidata")])

    let crosswalk = Crosswalk(rows: [
        .init(aID: "minsk", bID: "q1", decision: .match), .init(aID: "gomel", bID: "q2", decision: .match),
        .init(aID: "harbin", bID: "q3", decision: .match), .init(aID: "chengdu", bID: "q4", decision: .match),
        .init(aID: "q5", bID: "q5", decision: .reject),
    ])

    func merged() throws -> DatasetMerge { try DatasetMerge(books, crawl, crosswalk: crosswalk, names: ("books", "wikidata")) }

    func testEachPlantedConflictOnce() throws {
        let merge = try merged()
        let found = merge.conflicts.map { "\($0.record.rawValue) \($0.id) \($0.field): \($0.aValue) | \($0.bValue)" }.sorted()
        XCTAssertEqual(found, [
            "actor gomel type: city | region",
            "actor harbin population: 10000000 | 5000000",
            "agreement a2 date: 2014 | 2015",
            "agreement a2 kind: friendship | twinning",
            "agreement a2 status: signed | planned",
            "agreement a4 direction: minsk → chengdu | chengdu → minsk",
        ], "Minsk's places are 1.3 km apart: no conflict")
        let a2 = try XCTUnwrap(merge.dataset.agreements.first { $0.id == "a2" })
        XCTAssertEqual(a2.attributes["conflict_kind"], .string("books: friendship; wikidata: twinning"))
        XCTAssertEqual(a2.kind, .friendship, "A's value stands")
        let gomel = try XCTUnwrap(merge.dataset.nodes.first { $0.id == "gomel" })
        XCTAssertEqual(gomel.attributes["conflict_type"], .string("books: city; wikidata: region"))
    }

    func testProvenanceOfEverySource() throws {
        let merge = try merged()
        let byID = Dictionary(uniqueKeysWithValues: merge.dataset.agreements.map { ($0.id, $0) })
        XCTAssertEqual(byID["a1"]?.attributes["sources"], .string("books;wikidata"))
        XCTAssertEqual(byID["a1"]?.attributes["source_ids"], .string("books:a1; wikidata:a1"))
        XCTAssertEqual(byID["a1"]?.provenance.quote, "Minsk et Harbin", "A's provenance kept")
        XCTAssertEqual(byID["a1"]?.attributes["quote_wikidata"], .string("Minsk ↔ Harbin"), "and B's beside it")
        XCTAssertEqual(byID["a1"]?.attributes["source_wikidata"], .string("book@wikidata"), "B's source record renamed: A's 'book' is another")
        XCTAssertEqual(byID["a3"]?.attributes["sources"], .string("books"))
        // B-only agreements: the twinning Gomel–Harbin (not A's memorandum), Minsk–Chengdu 2001, and the one with B's own actor.
        let onlyB = merge.dataset.agreements.filter { $0.attributes["sources"] == .string("wikidata") }
        XCTAssertEqual(onlyB.map(\.id), ["w3", "w5", "w6"])
        XCTAssertEqual(onlyB.map { "\($0.from)-\($0.to)" }, ["gomel-harbin", "minsk-chengdu", "q5@wikidata-minsk"])
        XCTAssertEqual(merge.counts, DatasetMerge.Counts(actorsInBoth: 4, actorsOnlyInA: 1, actorsOnlyInB: 1,
                                                         agreementsInBoth: 3, agreementsOnlyInA: 1, agreementsOnlyInB: 3, renamed: 2))
        let nodes = Dictionary(uniqueKeysWithValues: merge.dataset.nodes.map { ($0.id, $0) })
        XCTAssertEqual(nodes["harbin"]?.aliases, ["Charbin"])
        XCTAssertEqual(nodes["gomel"]?.aliases, ["Homel"])
        XCTAssertEqual(nodes["chengdu"]?.location, GeoPoint(latitude: 30.66, longitude: 104.07), "a place only B has fills the gap")
        XCTAssertEqual(nodes["q5@wikidata"]?.attributes["source_ids"], .string("wikidata:q5"))
        XCTAssertEqual(nodes["q5"]?.label, "Anything")
        XCTAssertEqual(merge.dataset.sources.map(\.id), ["book", "book@wikidata"])
        XCTAssertEqual(merge.dataset.metadata["merged_from"], .string("books; wikidata"))
        XCTAssertTrue(Validation.findings(for: merge.dataset).filter { $0.severity == .error }.isEmpty)
    }

    func testMergingADatasetWithItselfJoinsEverything() throws {
        let identity = Crosswalk(rows: books.nodes.map { .init(aID: $0.id, bID: $0.id, decision: .match) })
        let merge = try DatasetMerge(books, books, crosswalk: identity, names: ("x", "y"))
        XCTAssertTrue(merge.conflicts.isEmpty)
        XCTAssertEqual(merge.dataset.nodes.count, books.nodes.count)
        XCTAssertEqual(merge.dataset.agreements.map(\.id), books.agreements.map(\.id))
        XCTAssertEqual(merge.counts.agreementsInBoth, books.agreements.count)
    }

    func testCompatibility() {
        func agreement(_ kind: AgreementKind?, _ date: String?) -> Agreement {
            Agreement(id: "x", from: "a", to: "b", kind: kind, date: date.flatMap(PartialDate.init))
        }
        XCTAssertTrue(DatasetMerge.compatible(agreement(.twinning, "1993"), agreement(.friendship, "1994")))
        XCTAssertFalse(DatasetMerge.compatible(agreement(.twinning, "1993"), agreement(.friendship, "1995")), "two years apart: a renewal")
        XCTAssertFalse(DatasetMerge.compatible(agreement(.twinning, nil), agreement(.memorandum, nil)))
        XCTAssertTrue(DatasetMerge.compatible(agreement(nil, "2001"), agreement(.memorandum, nil)))
    }

    func testCrosswalkNamingAMissingActorIsRefusedByLine() throws {
        let walk = try Crosswalk.read(Array("a_id,b_id,decision\nminsk,q1,match\nvitebsk,q9,match\n".utf8), file: "cw.csv")
        XCTAssertThrowsError(try DatasetMerge(books, crawl, crosswalk: walk, names: ("books", "wikidata"))) { error in
            XCTAssertEqual("\(error)", "cw.csv:3 (column 'a_id'): error: 'vitebsk' is no actor of books; expected an id of its nodes")
        }
        let other = try Crosswalk.read(Array("a_id,b_id,decision\nminsk,q9,match\n".utf8), file: "cw.csv")
        XCTAssertThrowsError(try DatasetMerge(books, crawl, crosswalk: other, names: ("books", "wikidata"))) { error in
            XCTAssertTrue("\(error)".contains("cw.csv:2 (column 'b_id'): error: 'q9' is no actor of wikidata"), "\(error)")
        }
    }
}
