import Graph
import XCTest

/// `--sides KEY=VALUE`: parsing, what each key matches, and the errors that name the key.
final class SidePredicateTests: XCTestCase {
    let dataset = Dataset(nodes: [
        Node(id: "belarus", label: "Belarus", type: .country, country: "Belarus"),
        Node(id: "vitebsk-region", label: "Vitebsk Region", type: .region, country: "Belarus", within: "belarus",
             aliases: ["Viciebsk Voblast"]),
        Node(id: "polotsk", label: "Polotsk", type: .city, country: "Belarus", within: "vitebsk-region",
             attributes: ["population": .integer(82_000), "port": .boolean(false)]),
        Node(id: "liozno", label: "Liozno District", type: .district, country: "Belarus", within: "vitebsk-region"),
        Node(id: "jinan", label: "Jinan", type: .city, country: "China", attributes: ["population": .double(9_200_000)]),
        Node(id: "bsu", label: "Belarusian State University", type: .researchInstitute),
    ])

    func matched(_ text: String) throws -> [String] {
        let matches = try SidePredicate(parsing: text).membership(in: dataset)
        return dataset.nodes.indices.filter { matches[$0] }.map { dataset.nodes[$0].id }
    }

    func testParsingFoldsFieldNamesAndSplitsValues() throws {
        let predicate = try SidePredicate(parsing: " Country = Belarus, China ")
        XCTAssertEqual(predicate.key, "country")
        XCTAssertEqual(predicate.values, ["Belarus", "China"])
        XCTAssertEqual(predicate.description, "country=Belarus,China")
        XCTAssertEqual(try SidePredicate(parsing: "Population=1").key, "Population", "attribute names keep their case")
        for bad in ["country", "=Belarus", "country=", "country= , "] {
            XCTAssertThrowsError(try SidePredicate(parsing: bad), bad) { error in
                XCTAssertTrue("\(error)".contains("--sides expects KEY=VALUE"), "\(error)")
            }
        }
    }

    func testEachFieldMatchesAsDocumented() throws {
        XCTAssertEqual(try matched("country=belarus"), ["belarus", "vitebsk-region", "polotsk", "liozno"])
        XCTAssertEqual(try matched("type=region,district"), ["vitebsk-region", "liozno"])
        XCTAssertEqual(try matched("type=Research institute"), ["bsu"])
        XCTAssertEqual(try matched("id=JINAN"), ["jinan"])
        XCTAssertEqual(try matched("label=polotsk"), ["polotsk"])
        // within: the actor named (by id, label or alias) and everything within it, at any depth.
        XCTAssertEqual(try matched("within=Viciebsk Voblast"), ["vitebsk-region", "polotsk", "liozno"])
        XCTAssertEqual(try matched("within=polotsk,jinan"), ["polotsk", "jinan"])
        // Attributes: as text without case, or as numbers.
        XCTAssertEqual(try matched("population=82000.0"), ["polotsk"])
        XCTAssertEqual(try matched("population=9200000,82000"), ["polotsk", "jinan"])
        XCTAssertEqual(try matched("port=FALSE"), ["polotsk"])
    }

    func testErrorsNameTheKeyTheValueAndWhatTheDatasetHas() {
        func message(_ text: String) -> String {
            do { _ = try matched(text); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(message("country=Belarusia"),
                       "--sides country=Belarusia matches no actor; 5 of the 6 actors have a value for 'country' (most often Belarus: 4, China: 1)")
        XCTAssertEqual(message("type=firm"),
                       "--sides type=firm matches no actor; 6 of the 6 actors have a value for 'type' (most often city: 2, country: 1, district: 1)")
        XCTAssertEqual(message("population=5"),
                       "--sides population=5 matches no actor; 2 of the 6 actors have a value for 'population' (most often 82000: 1, 9200000.0: 1)")
        XCTAssertEqual(message("colour=red"),
                       "--sides: no field or node attribute is called 'colour'; the keys are id, label, type, country, within, or a node attribute: population, port")
        XCTAssertEqual(message("within=Minsk"), "--sides within=Minsk: no node has the id, label or alias 'Minsk'")
        XCTAssertEqual(message("id=belarus,vitebsk-region,polotsk,liozno,jinan,bsu"),
                       "--sides id=belarus,vitebsk-region,polotsk,liozno,jinan,bsu matches every actor (all 6): no actor is left for the other side")
    }
}
