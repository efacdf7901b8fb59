import Foundation
import XCTest
@testable import Graph

final class NativeFolderTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "twinning-native-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testRoundTripIsLossless() throws {
        for seed in 1...8 as ClosedRange<UInt64> {
            let dataset = TrickyDatasets.make(seed: seed)
            try NativeFolder.write(dataset, to: folder)
            let back = try NativeFolder.read(folder: folder)
            XCTAssertEqual(back.readingFindings, [], "seed \(seed)")
            XCTAssertEqual(back.nodes, dataset.nodes, "seed \(seed)")
            XCTAssertEqual(back.agreements, dataset.agreements, "seed \(seed)")
            XCTAssertEqual(back.sources, dataset.sources, "seed \(seed)")
            XCTAssertEqual(back.metadata, dataset.metadata, "seed \(seed)")
        }
    }

    func testTypedHeaderSuffixesAndOriginLines() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "id,label,population:int,share:double,capital:bool,note\nminsk,Minsk,2000000,0.5,true,x\n\"gomel\",Gomel,,1e3,false,\n"
            .write(toFile: folder + "/nodes.csv", atomically: true, encoding: .utf8)
        try "from,to,kind,date\nminsk,gomel,twinning,2009-05\n".write(toFile: folder + "/agreements.csv", atomically: true, encoding: .utf8)
        let dataset = try NativeFolder.read(folder: folder)
        XCTAssertEqual(dataset.nodes[0].attributes, ["population": .integer(2_000_000), "share": .double(0.5),
                                                     "capital": .boolean(true), "note": .string("x")])
        XCTAssertEqual(dataset.nodes[1].attributes, ["share": .double(1000), "capital": .boolean(false)])
        XCTAssertEqual(dataset.agreements[0].id, "e1")
        XCTAssertEqual(dataset.agreements[0].date?.precision, .month)
        XCTAssertEqual(dataset.nodeOrigins.map(\.line), [2, 3])
        XCTAssertEqual(dataset.agreementOrigins[0].description, folder + "/agreements.csv:2")
    }

    func testBadValuesBecomeFindingsWithTheirPlace() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "id,population:int\na,12x\nb,\n".write(toFile: folder + "/nodes.csv", atomically: true, encoding: .utf8)
        try "id,from,to,date,weight,directed\ne1,a,b,2017-02-30,heavy,maybe\n".write(toFile: folder + "/agreements.csv", atomically: true, encoding: .utf8)
        let findings = try NativeFolder.read(folder: folder).readingFindings.map(\.description)
        XCTAssertEqual(findings.count, 4, "\(findings)")
        XCTAssertTrue(findings.contains { $0.contains("nodes.csv:2 (column 'population'): error: expected a value of type int, found '12x'") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.contains("agreements.csv:2 (column 'date'): error: expected a date") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.contains("(column 'weight'): error: expected a finite number, found 'heavy'") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.contains("(column 'directed'): error: expected true or false, found 'maybe'") }, "\(findings)")
    }

    func testStructuralProblemsThrowWithPlace() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "id,label\na,A\n".write(toFile: folder + "/nodes.csv", atomically: true, encoding: .utf8)
        for (content, expected) in [
            ("from,kind\na,twinning\n", "agreements.csv:1: error: expected a column 'to'"),
            ("from,to\na,b,c\n", "agreements.csv:2: error: expected 2 fields as in the header, found 3"),
            ("from,to,from\n", "agreements.csv:1: error: expected each column once"),
            ("from,to,weight:double\n", "column 'weight' has a fixed meaning"),
            ("from,to,size:huge\n", "expected a column type of string, int, double or bool"),
            ("", "expected a header row"),
        ] {
            try content.write(toFile: folder + "/agreements.csv", atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try NativeFolder.read(folder: folder), expected) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error) does not contain \(expected)")
            }
        }
    }

    func testMissingFileIsNamed() {
        XCTAssertThrowsError(try NativeFolder.read(folder: folder)) { error in
            XCTAssertEqual("\(error)", folder + "/nodes.csv: error: no such file or directory")
        }
    }
}
