import Foundation
import TestSupport
import XCTest
@testable import Graph

/// The bundled dataset: it validates without errors, no alias names two nodes, every node
/// sits in the hierarchy it claims, and every quote is found in its book where its locator
/// says (when the seed books are beside the repository, as in CI).
final class BelarusAsiaDatasetTests: XCTestCase {
    static let root = Repository.root
    static let folder = root.appendingPathComponent("graphs/belarus-asia").path
    static let seeds = root.appendingPathComponent("../shared/seeds").standardizedFileURL.path

    func testValidatesWithoutErrorsOrSharedAliases() throws {
        let dataset = try NativeFolder.read(folder: Self.folder)
        let findings = Validation.findings(for: dataset)
        XCTAssertEqual(findings.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertEqual(findings.filter { $0.message.contains("alias") }.map(\.description), [])
        XCTAssertGreaterThan(dataset.agreements.count, 900)
        XCTAssertGreaterThan(dataset.nodes.count, 300)
        XCTAssertEqual(dataset.sources.count, 5)
    }

    func testEveryAgreementIsQuotedAndSourced() throws {
        let dataset = try NativeFolder.read(folder: Self.folder)
        let sourceIDs = Set(dataset.sources.map(\.id))
        for a in dataset.agreements {
            XCTAssertNotNil(a.kind, a.id); XCTAssertNotNil(a.status, a.id)
            XCTAssertFalse((a.provenance.quote ?? "").isEmpty, "\(a.id) has no quote")
            XCTAssertTrue(sourceIDs.contains(a.provenance.source ?? ""), "\(a.id) cites no known source")
            XCTAssertNotNil(Int(a.provenance.locator ?? ""), "\(a.id) has no line locator")
        }
    }

    /// The second edition's promises: every kind is the model's, `other` holds under 3% of the
    /// agreements, every agreement names its act, and `unnamed_party` lists only its own ends.
    func testKindsActsAndUnnamedParties() throws {
        let dataset = try NativeFolder.read(folder: Self.folder)
        let known = Set(AgreementKind.known)
        XCTAssertEqual(dataset.agreements.filter { !known.contains($0.kind ?? .other) }.map(\.id), [])
        let others = dataset.agreements.filter { $0.kind == .other }.count
        XCTAssertLessThan(Double(others), 0.03 * Double(dataset.agreements.count))
        var acts: [String: [Agreement]] = [:]
        for a in dataset.agreements {
            guard case .string(let act)? = a.attributes["act"] else { XCTFail("\(a.id) has no act"); continue }
            acts[act, default: []].append(a)
            guard case .string(let unnamed)? = a.attributes["unnamed_party"] else { continue }
            for end in unnamed.split(separator: ";") {
                XCTAssertTrue([a.from, a.to].contains(String(end)), "\(a.id): unnamed_party \(end) is not one of its ends")
            }
        }
        // An act is named after its first edge, which belongs to it.
        for (act, members) in acts {
            XCTAssertTrue(members.contains { $0.id == act }, "act \(act) does not contain the agreement it is named after")
        }
    }

    func testRegionsAndCapitalsAreApartAndCitiesSitInRegions() throws {
        let dataset = try NativeFolder.read(folder: Self.folder)
        let byID = Dictionary(dataset.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for node in dataset.nodes where node.type == .city || node.type == .region {
            guard let parent = node.within.flatMap({ byID[$0] }) else { continue }
            if node.type == .region { XCTAssertEqual(parent.type, .country, "\(node.id) is within \(parent.id)") }
            if node.type == .city { XCTAssertTrue(parent.type == .region || parent.type == .country, "\(node.id) is within \(parent.id)") }
        }
        XCTAssertNotNil(byID["gomel"]); XCTAssertNotNil(byID["gomel-region"])
    }

    func testEveryQuoteOccursInItsBookWithinTwoLinesOfItsLocator() throws {
        guard FileManager.default.fileExists(atPath: Self.seeds) else {
            throw XCTSkip("the seed books are not at \(Self.seeds); skipping the quote check")
        }
        let dataset = try NativeFolder.read(folder: Self.folder)
        var books: [String: NormalisedBook] = [:]
        for source in dataset.sources {
            guard case .string(let file)? = source.attributes["file"] else { continue }
            books[source.id] = try NormalisedBook(path: Self.seeds + "/" + file)
        }
        XCTAssertEqual(books.count, 5)
        var misplaced: [String] = []
        for a in dataset.agreements {
            guard let book = books[a.provenance.source ?? ""], let line = Int(a.provenance.locator ?? ""),
                  let quote = a.provenance.quote else { continue }
            let starts = book.lines(where: quote)
            if !starts.contains(where: { abs($0 - line) <= 2 }) {
                misplaced.append("\(a.id): locator \(line), found at \(starts)")
            }
        }
        XCTAssertEqual(misplaced, [])
    }
}

/// A book's text with every run of whitespace collapsed to one space, and for each
/// character the line it came from.
struct NormalisedBook {
    let text: Data
    let lineOf: [Int32]

    init(path: String) throws {
        let raw = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var text: [UInt8] = [], lineOf: [Int32] = []
        text.reserveCapacity(raw.count); lineOf.reserveCapacity(raw.count)
        var line: Int32 = 1, pendingSpace = false
        for b in raw {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                if !text.isEmpty { pendingSpace = true }
                if b == 0x0A { line += 1 }
                continue
            }
            if pendingSpace { text.append(0x20); lineOf.append(line); pendingSpace = false }
            text.append(b); lineOf.append(line)
        }
        self.text = Data(text)
        self.lineOf = lineOf
    }

    /// The lines where `quote` (whitespace-collapsed) starts.
    func lines(where quote: String) -> [Int] {
        let needle = Array(quote.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ").utf8)
        guard !needle.isEmpty else { return [] }
        let haystack = text, pattern = Data(needle)
        var found: [Int] = []
        var searchFrom = haystack.startIndex
        // Foundation's search runs compiled code even in a debug build of the tests.
        while let range = haystack.range(of: pattern, in: searchFrom..<haystack.endIndex) {
            found.append(Int(lineOf[range.lowerBound]))
            searchFrom = range.lowerBound + 1
        }
        return found
    }
}
