import Foundation
import TestSupport
import XCTest
@testable import Analytics

/// The networkx fixtures load, every one of them: a file that does not is an error naming it,
/// never a graph silently left out of the comparisons.
final class FixtureTests: XCTestCase {
    func testEveryFixtureFileLoads() throws {
        let files = try Fixture.files()
        XCTAssertGreaterThanOrEqual(files.count, 15)
        var names: [String] = []
        for url in files {
            do { names.append(try Fixture(url: url).name) } catch { XCTFail("\(error)") }
        }
        XCTAssertEqual(names, files.map { $0.deletingPathExtension().lastPathComponent }, "each file holds the graph it is named after")
        XCTAssertEqual(Fixture.all.map(\.name), names)
        XCTAssertEqual(Fixture.undirected.count + Fixture.directed.count, names.count)
        XCTAssertGreaterThanOrEqual(Fixture.directed.count, 4)
        XCTAssertEqual(try Fixture.named("multigraph").name, "multigraph")
    }

    func testAnUnreadableFixtureIsAnErrorNamingTheFile() throws {
        let folder = try scratchFolder("fixture")
        let cases = [
            ("truncated.json", "{\"name\": \"t\", \"nodes\": 3", "Fixtures/truncated.json cannot be read"),
            ("list.json", "[1, 2]", "Fixtures/list.json is not a JSON object"),
            ("noedges.json", "{\"name\": \"e\", \"nodes\": 2, \"directed\": false, \"measures\": {}}", "Fixtures/noedges.json has no edges"),
            ("outside.json", "{\"name\": \"o\", \"nodes\": 2, \"directed\": false, \"measures\": {}, \"edges\": [[0, 2, 1.0]]}",
             "Fixtures/outside.json edge 0 is not [u, v, weight] with u, v < 2"),
        ]
        for (name, text, message) in cases {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try Fixture(url: url), name) { error in
                XCTAssertTrue("\(error)".hasPrefix(message), "\(error)")
            }
        }
        XCTAssertThrowsError(try Fixture.named("no-such-fixture")) { error in
            XCTAssertEqual("\(error)", "Fixtures/no-such-fixture.json is not in the test bundle")
        }
    }
}
