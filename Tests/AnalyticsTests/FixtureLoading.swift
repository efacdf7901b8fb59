import Foundation
import TestSupport
import XCTest
@testable import Analytics

/// The bundled dataset `graphs/belarus-asia`.
let belarusAsiaFolder = Repository.path("graphs/belarus-asia")

/// Reads a JSON fixture made by a script beside it in `Fixtures/`.
func loadFixture(_ name: String, in folder: String) throws -> [String: Any] {
    let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/" + folder),
                            "missing fixture Fixtures/\(folder)/\(name).json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try XCTUnwrap(object as? [String: Any])
}

/// A graph stored in a fixture as node names and `[u, v, weight]` rows.
struct FixtureGraph {
    let name: String
    let graph: CompactGraph
    let nodes: [String]
    let record: [String: Any]

    init(_ record: [String: Any]) throws {
        self.record = record
        name = try XCTUnwrap(record["name"] as? String)
        nodes = try XCTUnwrap(record["nodes"] as? [String])
        let rows = try XCTUnwrap(record["edges"] as? [[NSNumber]])
        graph = CompactGraph(nodeCount: nodes.count, edges: rows.map { (Int32($0[0].intValue), Int32($0[1].intValue)) },
                             weights: rows.map { $0[2].doubleValue }, directed: try XCTUnwrap(record["directed"] as? Bool))
    }

    /// A list of numbers where null stands for NaN.
    func numbers(_ key: String) throws -> [Double] {
        let values = try XCTUnwrap(record[key] as? [Any], "\(name): no \(key)")
        return values.map { ($0 as? NSNumber)?.doubleValue ?? .nan }
    }
}

/// Equal to `tolerance`, NaN equal to NaN.
func assertClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9, _ message: String,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, message, file: file, line: line)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        let same = (a.isNaN && e.isNaN) || abs(a - e) <= tolerance
        XCTAssertTrue(same, "\(message) [\(i)]: \(a) vs \(e)", file: file, line: line)
    }
}
