import XCTest
@testable import Graph

/// CSV/TSV edge tables (with and without a header) and names files.
final class EdgeListTests: XCTestCase {
    func read(_ text: String, _ file: String = "e.csv", delimiter: EdgeList.Delimiter = .comma) throws -> Dataset {
        try EdgeList.read(Array(text.utf8), file: file, delimiter: delimiter)
    }

    func testHeaderlessTSVWithNames() throws {
        let names = try NodeTable.read(Array("Q1\tWeimar\nQ2\tBlois\n".utf8), file: "n.tsv", delimiter: .tab)
        let dataset = try EdgeList.read(Array("Q1\tQ2\nQ2\tQ1\nQ2\tQ3\n".utf8), file: "r.tsv", delimiter: .tab, nodes: names)
        XCTAssertEqual(dataset.nodes.map(\.id), ["Q1", "Q2", "Q3"])
        XCTAssertEqual(dataset.nodes.map(\.label), ["Weimar", "Blois", "Q3"])
        XCTAssertEqual(dataset.agreements.count, 3)
        XCTAssertEqual(dataset.agreementOrigins.map(\.line), [1, 2, 3])
    }

    /// A column is typed as a whole: whole and decimal numbers together are doubles (as pandas
    /// reads them), so GraphML gets one `weight` key that igraph reads; a declared column and a
    /// column of whole numbers only keep their integers.
    func testColumnsMixingWholeAndDecimalNumbersAreDoubles() throws {
        let dataset = try read("from,to,weight,score,count,kept:int\na,b,1,2,3,4\nb,c,2.5,0.5,7,5\n")
        XCTAssertEqual(dataset.agreements.map(\.weightValue), [.double(1), .double(2.5)])
        XCTAssertEqual(dataset.agreements.map { $0.attributes["score"] }, [.double(2), .double(0.5)])
        XCTAssertEqual(dataset.agreements.map { $0.attributes["count"] }, [.integer(3), .integer(7)])
        XCTAssertEqual(dataset.agreements.map { $0.attributes["kept"] }, [.integer(4), .integer(5)])
        let headerless = try read("a,b,1\nb,c,2.5\n")
        XCTAssertEqual(headerless.agreements.map(\.weightValue), [.double(1), .double(2.5)])
        let graphml = GraphMLFormat.write(dataset)
        XCTAssertEqual(graphml.components(separatedBy: "attr.name=\"weight\"").count - 1, 1, graphml)
        let nodes = try NodeTable.read(Array("id,size\na,1\nb,1.5\n".utf8), file: "n.csv", delimiter: .comma)
        XCTAssertEqual(nodes.nodes?.map { $0.attributes["size"] }, [.double(1), .double(1.5)])
    }

    func testHeaderColumnsFillFieldsCaseInsensitively() throws {
        let text = "Source,Target,Weight,KIND,Date,end_date,Status,year,source_id\na,b,2,twinning,2009-03,2012,ended,2009,book\nb,c,,memo,,,,x,\n"
        let dataset = try read(text)
        let a = dataset.agreements[0]
        XCTAssertEqual(a.weightValue, .integer(2))
        XCTAssertEqual(a.kind, .twinning)
        XCTAssertEqual(a.date, PartialDate("2009-03"))
        XCTAssertEqual(a.endDate, PartialDate("2012"))
        XCTAssertEqual(a.status, .ended)
        XCTAssertEqual(a.provenance.source, "book")
        XCTAssertEqual(a.attributes, ["year": .integer(2009)])
        XCTAssertEqual(dataset.agreements[1].weightValue, nil)
        XCTAssertEqual(dataset.agreements[1].kind, AgreementKind(rawValue: "memo"))
        XCTAssertEqual(dataset.agreements[1].attributes, ["year": .string("x")])
        XCTAssertEqual(dataset.agreements.map(\.id), ["e0", "e1"])
        XCTAssertEqual(dataset.readingFindings, [])
    }

    func testFromToHeaderMakesSourceTheProvenance() throws {
        let dataset = try read("id,from,to,source,directed\nx1,a,b,book,true\n")
        XCTAssertEqual(dataset.agreements[0].id, "x1")
        XCTAssertEqual(dataset.agreements[0].from, "a")
        XCTAssertEqual(dataset.agreements[0].provenance.source, "book")
        XCTAssertTrue(dataset.agreements[0].directed)
    }

    func testGephiTypeIdAndLabel() throws {
        let text = "Source,Target,Type,Id,Label,Weight\na,b,Directed,7,first,1.5\nb,c,undirected,8,,\n"
        let dataset = try read(text)
        XCTAssertEqual(dataset.agreements.map(\.id), ["7", "8"])
        XCTAssertEqual(dataset.agreements.map(\.directed), [true, false])
        XCTAssertEqual(dataset.agreements[0].attributes, ["label": .string("first")])
        XCTAssertEqual(dataset.agreements[0].weightValue, .double(1.5))
        XCTAssertEqual(dataset.agreements[1].attributes, [:])
    }

    func testUnparseableValuesAreLocatedErrors() throws {
        let text = "source,target,date,weight,Type\na,b,spring,heavy,Sideways\n"
        let dataset = try read(text)
        XCTAssertEqual(dataset.readingFindings.map(\.description).sorted(), [
            "e.csv:2:12 (weight): error: expected weight as a finite number, found 'heavy'",
            "e.csv:2:18 (Type): error: expected Type as Directed or Undirected, found 'Sideways'",
            "e.csv:2:5 (date): error: expected date as YYYY, YYYY-MM or YYYY-MM-DD, found 'spring'",
        ])
    }

    func testHeaderlessBadWeightIsLocated() throws {
        let dataset = try read("a,b,heavy\n")
        XCTAssertEqual(dataset.readingFindings.map(\.description), ["e.csv:1:5 (weight): error: expected weight as a finite number, found 'heavy'"])
    }

    func testHeaderOnlyIsAnError() {
        XCTAssertThrowsError(try read("source,target,weight\n")) { error in
            XCTAssertEqual("\(error)", "e.csv:2: error: expected edge lines after the header, found none")
        }
    }

    func testColumnTwiceIsAnError() {
        XCTAssertThrowsError(try read("source,target,weight,Weight\na,b,1,2\n")) { error in
            XCTAssertEqual("\(error)", "e.csv:1:22: error: expected each column once, found 'weight' and 'Weight' both naming weight")
        }
        XCTAssertThrowsError(try read("Source,Target,Type,directed\na,b,Directed,true\n")) { error in
            XCTAssertEqual("\(error)", "e.csv:1:20: error: expected each column once, found 'Type' and 'directed' both naming the direction")
        }
        // A second origin column is the origin named twice, not an attribute `from` that no
        // table could write back (fuzz finding, write-csv).
        XCTAssertThrowsError(try read("from,to,From\na,b,c\n")) { error in
            XCTAssertEqual("\(error)", "e.csv:1:9: error: expected each column once, found 'from' and 'From' both naming the origin")
        }
        XCTAssertThrowsError(try read("u,to,TO\na,b,c\n")) { error in
            XCTAssertEqual("\(error)", "e.csv:1:6: error: expected each column once, found 'to' and 'TO' both naming the destination")
        }
    }

    func testAnAttributeNamedLikeAFixedColumnIsRefusedOnWriting() throws {
        for name in ["from", "to", "id", "kind"] {
            let dataset = Dataset(nodes: [Node(id: "a"), Node(id: "b")],
                                  agreements: [Agreement(id: "e1", from: "a", to: "b", attributes: [name: .string("x")])])
            for format in [GraphFormat.csv, .tsv] {
                XCTAssertThrowsError(try DatasetIO.text(of: dataset, as: format, file: "o.\(format.rawValue)"), "\(name) \(format)") { error in
                    XCTAssertTrue("\(error)".contains("found an attribute '\(name)', which would be read as that column"), "\(error)")
                }
            }
        }
    }

    func testHeaderlessWithTooManyFieldsIsAnError() {
        XCTAssertThrowsError(try read("a,b,1,extra\n")) { error in
            XCTAssertEqual("\(error)", "e.csv:1: error: expected source, target and an optional weight, found 4 fields; name the columns in a header row (from,to,…)")
        }
    }

    func testTypeInferenceAndDeclarations() throws {
        let text = "from,to,n,x,flag,code,code2:string,type:string\na,b,3,2.5,True,007,007,road\na,c,-4,1e-07,false,abc,x,rail\n"
        let dataset = try read(text)
        XCTAssertEqual(dataset.agreements[0].attributes, ["n": .integer(3), "x": .double(2.5), "flag": .boolean(true),
                                                          "code": .integer(7), "code2": .string("007"), "type": .string("road")])
        XCTAssertEqual(dataset.agreements[1].attributes, ["n": .integer(-4), "x": .double(1e-7), "flag": .boolean(false),
                                                          "code": .string("abc"), "code2": .string("x"), "type": .string("rail")])
        XCTAssertFalse(dataset.agreements[0].directed)
    }

    func testWriteDeclaresOnlyWhereInferenceWouldChangeAValue() throws {
        var dataset = Dataset(agreements: [
            Agreement(id: "e0", from: "a", to: "b", kind: .twinning, date: PartialDate("2009"), directed: true,
                      attributes: ["n": .integer(3), "x": .double(2.0), "zip": .string("007"), "type": .string("road"),
                                   "label": .string("L"), "Kind": .string("k"), "ok": .boolean(true)]),
            Agreement(id: "e1", from: "b", to: "c", attributes: ["zip": .string("x"), "x": .integer(5)]),
        ])
        dataset.agreements[1].weightValue = .integer(4)
        dataset.addMissingEndpoints()
        let text = try EdgeList.write(dataset, delimiter: .comma)
        XCTAssertEqual(text, """
            from,to,kind,date,directed,weight,label,Kind:string,n,ok,type:string,x:double,zip:string
            a,b,twinning,2009,true,,L,k,3,true,road,2.0,007
            b,c,,,false,4,,,,,,5.0,x

            """)
        let back = try read(text)
        // `x` mixes a double and an integer: a typed column holds doubles, so 5 comes back 5.0.
        dataset.agreements[1].attributes["x"] = .double(5)
        XCTAssertEqual(back.agreements, dataset.agreements)
    }

    func testWriteThenReadIsEqualFieldByField() throws {
        for seed: UInt64 in [3, 8, 21] {
            let dataset = TrickyDatasets.make(seed: seed)
            for delimiter in [EdgeList.Delimiter.comma, .tab] {
                let text = try EdgeList.write(dataset, delimiter: delimiter)
                let back = try EdgeList.read(Array(text.utf8), file: "e", delimiter: delimiter)
                XCTAssertEqual(back.readingFindings, [])
                XCTAssertEqual(back.agreements.count, dataset.agreements.count)
                for (a, b) in zip(back.agreements, dataset.agreements) {
                    XCTAssertEqual(a, b, "seed \(seed)")
                }
            }
        }
    }

    func testWriteLeavesDefaultIDsOut() throws {
        var dataset = Dataset(agreements: [Agreement(id: "e0", from: "a", to: "b"), Agreement(id: "e1", from: "b", to: "c")])
        XCTAssertEqual(try EdgeList.write(dataset, delimiter: .comma), "from,to\na,b\nb,c\n")
        dataset.agreements[1].id = "x"
        XCTAssertEqual(try EdgeList.write(dataset, delimiter: .comma), "from,to,id\na,b,e0\nb,c,x\n")
    }

    func testOneFieldLineIsAnErrorWithItsLine() {
        XCTAssertThrowsError(try read("a,b\nlonely\n")) { error in
            XCTAssertTrue("\(error)".hasPrefix("e.csv:2: error: expected at least two fields"), "\(error)")
        }
    }

    func testValuesAreNotTrimmed() throws {
        let dataset = try read("from,to,note\n\"  a \",b,\"  padded  \"\n")
        XCTAssertEqual(dataset.agreements[0].from, "  a ")
        XCTAssertEqual(dataset.agreements[0].attributes, ["note": .string("  padded  ")])
    }
}
