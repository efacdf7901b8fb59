import Foundation
import Graph
import GraphvizBridge
import XCTest

/// Inputs the fuzz harnesses (Fuzz/) found crashing, hanging or exhausting a reader, kept as
/// regression cases in `Fixtures/fuzz-regressions/`: each is read through `DatasetIO.read`
/// (the format from its extension) and must give a dataset or one located error line, never
/// a crash or a hang. `expectations` holds the exact outcome of each.
final class FuzzRegressionTests: XCTestCase {
    /// File name → the start of the first error line after the path (nil: read without errors).
    static let expectations: [String: String?] = [
        // `*Vertices 000004000000001`: 4 billion unlisted vertices from a 45-byte file.
        "pajek-vertex-count.net": ":1:1: error: expected at most 1000000 vertices (a million, or one per byte of the file), found *Vertices 000004000000001",
        // A second `*Vertices 3` after arcs that name vertices 4 and 5 of the first (5): a trap.
        "pajek-second-vertices.net": ":13:1: error: expected one *Vertices section (one network per file), found a second",
    ]

    static var corpus: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/fuzz-regressions")
    }

    override func setUp() {
        Graphviz.register()
    }

    func testEveryRegressionHasAnExpectation() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
        XCTAssertEqual(Set(names), Set(Self.expectations.keys))
    }

    func testEachRegressionReadsOrGivesItsLocatedError() {
        for (name, expected) in Self.expectations.sorted(by: { $0.key < $1.key }) {
            let path = Self.corpus.appendingPathComponent(name).path
            var firstError: String?
            do {
                let dataset = try DatasetIO.read(path)
                firstError = Validation.findings(for: dataset).first { $0.severity == .error }?.description
            } catch {
                firstError = "\(error)"
            }
            guard let expected else {
                XCTAssertNil(firstError, name)
                continue
            }
            XCTAssertEqual(firstError, path + expected, name)
        }
    }
}
