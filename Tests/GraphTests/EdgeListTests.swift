import XCTest
@testable import Graph

final class EdgeListTests: XCTestCase {
    func testHeaderlessTSVWithNames() throws {
        let names = try EdgeList.readNames(Array("Q1\tWeimar\nQ2\tBlois\n".utf8), file: "n.tsv", delimiter: .tab)
        let dataset = try EdgeList.read(Array("Q1\tQ2\nQ2\tQ1\nQ2\tQ3\n".utf8), file: "r.tsv", delimiter: .tab, names: names)
        XCTAssertEqual(dataset.nodes.map(\.id), ["Q1", "Q2", "Q3"])
        XCTAssertEqual(dataset.nodes.map(\.label), ["Weimar", "Blois", "Q3"])
        XCTAssertEqual(dataset.agreements.count, 3)
        XCTAssertEqual(dataset.agreementOrigins.map(\.line), [1, 2, 3])
    }

    func testHeaderColumnsBecomeWeightAndAttributes() throws {
        let text = "Source,Target,weight,kind,year\na,b,2.5,twinning,2009\nb,c,,memo,\n"
        let dataset = try EdgeList.read(Array(text.utf8), file: "e.csv", delimiter: .comma)
        XCTAssertEqual(dataset.agreements[0].weight, 2.5)
        XCTAssertEqual(dataset.agreements[0].attributes, ["kind": .string("twinning"), "year": .integer(2009)])
        XCTAssertNil(dataset.agreements[1].weight)
    }

    func testWhitespaceListWithCommentsAndWeights() throws {
        let text = "# comment\n1 2 0.5\n\n2 3   # trailing\n"
        let dataset = try EdgeList.read(Array(text.utf8), file: "e.edgelist", delimiter: .whitespace)
        XCTAssertEqual(dataset.agreements.map { [$0.from, $0.to] }, [["1", "2"], ["2", "3"]])
        XCTAssertEqual(dataset.agreements[0].weight, 0.5)
        XCTAssertEqual(dataset.agreementOrigins.map(\.line), [2, 4])
    }

    func testOneFieldLineIsAnErrorWithItsLine() {
        XCTAssertThrowsError(try EdgeList.read(Array("a,b\nlonely\n".utf8), file: "e.csv", delimiter: .comma)) { error in
            XCTAssertTrue("\(error)".hasPrefix("e.csv:2: error: expected at least two fields"), "\(error)")
        }
    }

    func testBadWeightIsAFinding() throws {
        let dataset = try EdgeList.read(Array("a,b,heavy\n".utf8), file: "e.csv", delimiter: .comma)
        XCTAssertEqual(dataset.readingFindings.map(\.description), ["e.csv:1: error: expected a finite number, found 'heavy'"])
    }

    func testWriteThenReadKeepsEndpointsAndWeights() throws {
        let dataset = TrickyDatasets.make(seed: 3)
        for delimiter in [EdgeList.Delimiter.comma, .tab] {
            let back = try EdgeList.read(Array(EdgeList.write(dataset, delimiter: delimiter).utf8), file: "e", delimiter: delimiter)
            XCTAssertEqual(back.agreements.map(\.from), dataset.agreements.map(\.from))
            XCTAssertEqual(back.agreements.map(\.to), dataset.agreements.map(\.to))
            XCTAssertEqual(back.agreements.map { $0.weight ?? 1 }, dataset.agreements.map { $0.weight ?? 1 })
        }
    }
}
