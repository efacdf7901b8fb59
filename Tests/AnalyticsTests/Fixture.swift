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

    /// The JSON files of Fixtures/ that are not make_fixtures.py graphs, or are tested on their own.
    static let notInAll: Set<String> = ["multigraph.json", "sister_cities_reference.json", "largest_component_reference.json"]

    /// Every simple-graph fixture, in name order. A file that does not load fails every test
    /// that asks for the fixtures, naming the file and what is wrong with it.
    static var all: [Fixture] {
        for failure in loaded.failures { XCTFail(failure) }
        return loaded.fixtures
    }

    private static let loaded: (fixtures: [Fixture], failures: [String]) = {
        do {
            var fixtures: [Fixture] = [], failures: [String] = []
            for url in try files() {
                do { fixtures.append(try Fixture(url: url)) } catch { failures.append("\(error)") }
            }
            return (fixtures, failures)
        } catch {
            return ([], ["\(error)"])
        }
    }()

    /// The fixture files of `all`, in name order.
    static func files() throws -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError(file: "Fixtures", problem: "is not in the test bundle")
        }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" && !notInAll.contains($0.lastPathComponent) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The fixture file `name`.json.
    static func named(_ name: String) throws -> Fixture {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: "json") else {
            throw FixtureError(file: "Fixtures/\(name).json", problem: "is not in the test bundle")
        }
        return try Fixture(url: url)
    }

    static var undirected: [Fixture] { all.filter { !$0.graph.isDirected } }
    static var directed: [Fixture] { all.filter { $0.graph.isDirected } }

    /// Reads a fixture file; throws a `FixtureError` naming the file and the field that is wrong.
    init(url: URL) throws {
        let file = "Fixtures/" + url.lastPathComponent
        let json: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else {
                throw FixtureError(file: file, problem: "is not a JSON object")
            }
            json = object
        } catch let error as FixtureError {
            throw error
        } catch {
            throw FixtureError(file: file, problem: "cannot be read: \(error)")
        }
        func field<T>(_ key: String, _ type: T.Type) throws -> T {
            guard let value = json[key] as? T else { throw FixtureError(file: file, problem: "has no \(key) (\(T.self))") }
            return value
        }
        name = try field("name", String.self)
        measures = try field("measures", [String: Any].self)
        let n = try field("nodes", Int.self), directed = try field("directed", Bool.self)
        let edges = try field("edges", [[NSNumber]].self)
        if let bad = edges.firstIndex(where: { $0.count != 3 || $0[0].intValue >= n || $0[1].intValue >= n }) {
            throw FixtureError(file: file, problem: "edge \(bad) is not [u, v, weight] with u, v < \(n)")
        }
        edgeList = edges.map { ($0[0].intValue, $0[1].intValue) }
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
