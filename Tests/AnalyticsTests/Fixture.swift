import Foundation
import XCTest
@testable import Analytics

/// One fixture file written by Fixtures/make_fixtures.py: a graph and networkx's answers.
struct Fixture {
    let name: String
    let graph: CompactGraph
    let measures: [String: Any]
    /// The edges as listed in the file (repeated pairs kept).
    let edgeList: [(Int, Int)]

    static let tolerance = 1e-9

    /// Every simple-graph fixture, in name order (the multigraph one is tested on its own).
    static let all: [Fixture] = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return files.filter { $0.pathExtension == "json" && $0.lastPathComponent != "multigraph.json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .compactMap(Fixture.init(url:))
    }()

    /// The fixture file `name`.json.
    static func named(_ name: String) -> Fixture? {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: "json").flatMap(Fixture.init(url:))
    }

    static var undirected: [Fixture] { all.filter { !$0.graph.isDirected } }
    static var directed: [Fixture] { all.filter { $0.graph.isDirected } }

    init?(url: URL) {
        self.init(url: url, edgesOnly: false)
    }

    init?(url: URL, edgesOnly: Bool) {
        guard let data = try? Data(contentsOf: url),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let name = json["name"] as? String, let n = json["nodes"] as? Int,
              let directed = json["directed"] as? Bool, let edges = json["edges"] as? [[NSNumber]],
              let measures = json["measures"] as? [String: Any]
        else { return nil }
        self.name = name
        self.measures = measures
        self.edgeList = edges.map { ($0[0].intValue, $0[1].intValue) }
        graph = CompactGraph(nodeCount: n, edges: edges.map { (Int32($0[0].intValue), Int32($0[1].intValue)) },
                             weights: edges.map { $0[2].doubleValue }, directed: directed)
    }

    /// True when networkx raised for this measure.
    func isError(_ key: String) -> Bool { (measures[key] as? [String: Any])?["error"] != nil }

    /// A per-node measure (nil entries, networkx's non-finite values, become .infinity).
    func vector(_ key: String) -> [Double]? {
        guard let list = measures[key] as? [Any] else { return nil }
        return list.map { ($0 as? NSNumber)?.doubleValue ?? .infinity }
    }

    func number(_ key: String) -> Double? { (measures[key] as? NSNumber)?.doubleValue }
    func isNull(_ key: String) -> Bool { measures[key] is NSNull }
}

func close(_ a: Double, _ b: Double, tolerance: Double = Fixture.tolerance) -> Bool {
    if a == b { return true }
    if a.isNaN && b.isNaN { return true }
    return abs(a - b) <= tolerance * max(1, abs(b))
}

/// Asserts that `actual` equals networkx's `key` of `fixture` to the fixture tolerance.
func assertMatches(_ actual: [Double], _ fixture: Fixture, _ key: String, tolerance: Double = Fixture.tolerance,
                   file: StaticString = #filePath, line: UInt = #line) {
    guard let expected = fixture.vector(key) else {
        XCTFail("\(fixture.name): no \(key) in fixture", file: file, line: line); return
    }
    XCTAssertEqual(actual.count, expected.count, "\(fixture.name) \(key): count", file: file, line: line)
    for (i, (a, e)) in zip(actual, expected).enumerated() where !close(a, e, tolerance: tolerance) {
        XCTFail("\(fixture.name) \(key)[\(i)]: \(a) ≠ networkx \(e)", file: file, line: line)
        return
    }
}

func assertMatches(_ actual: [Int], _ fixture: Fixture, _ key: String,
                   file: StaticString = #filePath, line: UInt = #line) {
    assertMatches(actual.map(Double.init), fixture, key, file: file, line: line)
}

func assertNumber(_ actual: Double?, _ fixture: Fixture, _ key: String, tolerance: Double = Fixture.tolerance,
                  file: StaticString = #filePath, line: UInt = #line) {
    if fixture.isError(key) || fixture.isNull(key) {
        XCTAssertTrue(actual == nil || actual!.isNaN, "\(fixture.name) \(key): expected undefined, got \(String(describing: actual))",
                      file: file, line: line)
        return
    }
    guard let expected = fixture.number(key) else { XCTFail("\(fixture.name): no \(key)", file: file, line: line); return }
    guard let actual else { XCTFail("\(fixture.name) \(key): nil ≠ networkx \(expected)", file: file, line: line); return }
    XCTAssertTrue(close(actual, expected, tolerance: tolerance), "\(fixture.name) \(key): \(actual) ≠ networkx \(expected)",
                  file: file, line: line)
}

/// Like `assertMatches`, but when networkx raised for `key` the computation must throw too.
func assertMatchesOrThrows(_ compute: @autoclosure () throws -> [Double], _ fixture: Fixture, _ key: String,
                           file: StaticString = #filePath, line: UInt = #line) {
    if fixture.isError(key) {
        XCTAssertThrowsError(try compute(), "\(fixture.name) \(key): networkx raised", file: file, line: line)
        return
    }
    do { assertMatches(try compute(), fixture, key, file: file, line: line) } catch {
        XCTFail("\(fixture.name) \(key): \(error)", file: file, line: line)
    }
}
