import Graph
import TestSupport
import XCTest

/// `Gazetteer.read`: the columns by name, comments and the optional population, every refusal
/// named by file and line; and the bundled table (graphs/belarus-asia/tools/gazetteer.tsv)
/// reads and holds the exonyms the matcher relies on.
final class GazetteerTests: XCTestCase {
    func read(_ text: String) throws -> Gazetteer { try Gazetteer.read(Array(text.utf8), file: "g.tsv") }

    func testReadsColumnsByName() throws {
        let table = try read("""
        # a comment
        name\tgeonames_id\tnames\tcountry\tpopulation
        Brest\t629634\tBrest-Litowsk;Brest Litovsk; ;Брэст\tBelarus\t347138
        Brest\t3030300\t\tFrance\t

        """)
        XCTAssertEqual(table.places, [
            Gazetteer.Place(geonamesID: 629634, country: "Belarus", population: 347138, name: "Brest",
                            names: ["Brest-Litowsk", "Brest Litovsk", "Брэст"]),
            Gazetteer.Place(geonamesID: 3030300, country: "France", population: nil, name: "Brest", names: []),
        ])
    }

    func testRefusals() {
        let header = "geonames_id\tcountry\tname\tnames\tpopulation\n"
        let cases: [(String, String)] = [
            ("geonames_id\tname\tnames\n", "g.tsv:1: error: expected a gazetteer header with the column 'country'"),
            (header + "1\tBelarus\tMinsk\n", "g.tsv:2: error: expected 5 tab-separated cells, found 3"),
            (header + "x\tBelarus\tMinsk\t\t1\n", "g.tsv:2: error: expected a GeoNames id (a whole number), found 'x'"),
            (header + "1\tBelarus\tMinsk\t\t1\n1\tBelarus\tGomel\t\t1\n", "g.tsv:3: error: GeoNames id 1 is already on line 2"),
            (header + "1\tBelarus\t\t\t1\n", "g.tsv:2: error: expected the place's name, found an empty cell"),
            (header + "1\tBelarus\tMinsk\t\tmany\n", "g.tsv:2: error: expected a population (a whole number), found 'many'"),
            ("# only a comment\n", "g.tsv:1: error: expected a gazetteer header"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try read(text), expected) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error)\nexpected: \(expected)")
            }
        }
    }

    func testBundledTable() throws {
        let path = Repository.path("graphs/belarus-asia/tools/gazetteer.tsv")
        let table = try Gazetteer.read(InputFile.read(path), file: path)
        XCTAssertGreaterThan(table.places.count, 2000)
        func place(_ id: Int) -> Gazetteer.Place? { table.places.first { $0.geonamesID == id } }
        XCTAssertTrue(place(1816670)?.names.contains("Peking") ?? false, "Beijing")
        XCTAssertTrue(place(629634)?.names.contains("Brest-Litowsk") ?? false, "Brest, Belarus")
        XCTAssertEqual(place(3030300)?.country, "France", "Brest, France: the homonym is listed")
        XCTAssertTrue(place(625665)?.names.contains("Mahiljou") ?? false, "Mogilev")
    }
}
