import Foundation
import TestSupport
import XCTest
@testable import Graph
import GraphvizBridge

/// The corpus of inputs that broke writers (Fixtures/writer-regressions, each a minimal file):
/// each is read, written in every writable format and read back. A format either gives it back
/// equal (every field it carries) or refuses with a located error naming what it cannot carry;
/// which formats refuse which file is stated here, so a refusal that appears or disappears fails.
final class WriterRegressionTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/writer-regressions")

    /// The formats (by `GraphFormat` raw value) that refuse each file; any other writes it back equal.
    static let refusals: [String: Set<String>] = [
        "attribute-name-empty.json": ["dot"],
        "attribute-names-with-colons.json": [],
        "byte-order-mark-id.json": ["edgelist"],
        "control-character-in-quote.json": ["graphml", "gexf"],
        "dot-backslash-quote-ids.json": ["dot", "edgelist"],
        "edge-ids-space-tab-quote.json": ["edgelist"],
        "edge-table-typed-label-and-type.csv": [],
        "empty-text-values.json": ["dot", "csv", "tsv", "gephi"],
        "line-break-in-id.json": ["edgelist", "pajek"],
        "mixed-type-column.json": ["native", "gephi", "graphml", "gexf", "sqlite"],
        "nodes-without-agreements.json": ["csv", "tsv", "edgelist", "gephi"],
        "numeric-looking-ids.json": [],
        "percent-ids.json": ["dot"],
        "reserved-words.json": [],
        // A kind of form feeds and a status of a no-break space fold to no value (fuzz, write-csv).
        "whitespace-only-kind-and-status.csv": [],
        "rtl-marks-and-controls.json": ["edgelist"],
        // "#-f0000" once became viz:color r="-15", which GEXF reading refuses (fuzz, write-gexf).
        "signed-hex-colours.json": [],
    ]

    func testEveryRegressionInputWritesBackEqualOrIsRefused() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        XCTAssertEqual(Set(names), Set(Self.refusals.keys), "every file in the corpus has its expectations here")
        let scratch = try scratchFolder("writer-regressions")
        for name in names {
            let dataset = try DatasetIO.read(Self.folder.appendingPathComponent(name).path)
            XCTAssertFalse(dataset.readingFindings.contains { $0.severity == .error }, "\(name) reads without error")
            var refused: Set<String> = []
            for target in WriterRoundTripTests.targets {
                switch WriterRoundTripTests.roundTrip(dataset, target, in: scratch) {
                case .equal: continue
                case .refused(let message):
                    refused.insert(target.format.rawValue)
                    XCTAssertTrue(WriterRoundTripTests.isClearRefusal(message, target), "\(name) → \(target.file): \(message)")
                case .broken(let problems):
                    XCTFail("\(name) → \(target.file): \(problems.joined(separator: "\n"))")
                }
            }
            XCTAssertEqual(refused, Self.refusals[name], name)
        }
    }
}

extension WriterRegressionTests {
    /// A colour is Gephi's only when every character after `#` is a hex digit: a sign that
    /// Int(_:radix:) would take makes it plain text.
    func testAColourWithASignIsNotAGephiColour() {
        XCTAssertNil(GEXFVisual.channels("#-f0000"))
        XCTAssertNil(GEXFVisual.channels("#+f0000"))
        XCTAssertNil(GEXFVisual.channels("#00ff00+f"))
        XCTAssertEqual(GEXFVisual.channels("#0F00ff").map { [$0.r, $0.g, $0.b] }, [15, 0, 255])
        XCTAssertEqual(GEXFVisual.channels("#0f00ff80")?.a, 128)
    }

    /// An edge table's typed column may not take a field's own name (it would be a free
    /// attribute that every writer then writes as the field).
    func testEdgeTableRefusesATypedFieldColumn() {
        let text = "from,to,kind:string\na,b,x\n"
        XCTAssertThrowsError(try DatasetIO.parse(Array(text.utf8), file: "t.csv", format: .csv)) { error in
            XCTAssertEqual("\(error)", "t.csv:1:9: error: expected a free attribute name after which ':string' declares a type, found 'kind', a field with a fixed meaning that takes no type")
        }
    }
}
