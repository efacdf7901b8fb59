import TestSupport
import XCTest
@testable import Graph

/// `DatasetDiff`: a dataset against itself is empty; two planted versions of the bundled
/// dataset give exactly the planted changes, whether the agreement ids are kept or the rows
/// renumbered and shuffled; the pairing rules on small cases.
final class DatasetDiffTests: XCTestCase {
    static let bundled: Dataset = try! NativeFolder.read(folder: Repository.path("graphs/belarus-asia"))

    func testTheBundledDatasetAgainstItselfIsEmpty() {
        let diff = DatasetDiff(old: Self.bundled, new: Self.bundled)
        XCTAssertTrue(diff.isEmpty)
        XCTAssertEqual(diff.unchangedActors, Self.bundled.nodes.count)
        XCTAssertEqual(diff.unchangedAgreements, Self.bundled.agreements.count)
        XCTAssertEqual(diff.pairedBy[.id], Self.bundled.agreements.count)
        XCTAssertEqual(diff.renamedAgreements, 0)
    }

    /// The planted version: 3 actors added, 2 removed (with their agreements), 2 actors with a
    /// changed field (a label; a longitude), 2 agreements added, 2 removed, one with another
    /// kind, one with another date.
    struct Planted {
        var dataset: Dataset
        var addedActors: Set<String> = [], removedActors: Set<String> = []
        var changedActors: [String: Set<String>] = [:]
        var addedAgreements: Set<String> = [], removedAgreements: Set<String> = []
        var changedAgreements: [String: Set<String>] = [:]

        init(_ base: Dataset) {
            var d = base
            // Two actors with one agreement each are removed, with their agreements.
            let degree = Dictionary(d.agreements.flatMap { [$0.from, $0.to] }.map { ($0, 1) }, uniquingKeysWith: +)
            let removedActors = Set(d.nodes.map(\.id).filter { degree[$0] == 1 }.prefix(2))
            var removedAgreements = Set(d.agreements.filter { removedActors.contains($0.from) || removedActors.contains($0.to) }.map(\.id))
            d.nodes.removeAll { removedActors.contains($0.id) }
            d.agreements.removeAll { removedAgreements.contains($0.id) }
            // Two more agreements removed.
            for a in d.agreements.suffix(2) { removedAgreements.insert(a.id) }
            d.agreements.removeLast(2)
            // Three actors added, two agreements added (one to a new actor).
            for k in 1...3 { d.nodes.append(Node(id: "planted-\(k)", label: "Planted \(k)", type: .city, country: "Nowhere")) }
            d.agreements.append(Agreement(id: "p1", from: "minsk", to: "planted-1", kind: .twinning, date: PartialDate("2020")))
            d.agreements.append(Agreement(id: "p2", from: d.agreements[0].from, to: "minsk", kind: .memorandum, date: PartialDate("2021-03")))
            // Two actors changed: a longitude, a label.
            let placed = d.nodes.firstIndex { $0.attributes["lon"] != nil }!
            d.nodes[placed].attributes["lon"] = .double(1.5)
            let renamed = d.nodes.firstIndex { $0.id != d.nodes[placed].id }!
            d.nodes[renamed].label += " (renamed)"
            // Two agreements changed: a kind, a date.
            d.agreements[10].kind = d.agreements[10].kind == .twinning ? .friendship : .twinning
            d.agreements[20].date = PartialDate("1901")
            dataset = d
            self.removedActors = removedActors
            self.removedAgreements = removedAgreements
            addedActors = ["planted-1", "planted-2", "planted-3"]
            addedAgreements = ["p1", "p2"]
            changedActors = [d.nodes[placed].id: ["lon"], d.nodes[renamed].id: ["label"]]
            changedAgreements = [d.agreements[10].id: ["kind"], d.agreements[20].id: ["date"]]
        }
    }

    func assertExactlyThePlanted(_ diff: DatasetDiff, _ planted: Planted, file: StaticString = #filePath, line: UInt = #line) {
        let old = diff.old, new = diff.new
        XCTAssertEqual(Set(diff.addedActors.map { new.nodes[$0].id }), planted.addedActors, file: file, line: line)
        XCTAssertEqual(Set(diff.removedActors.map { old.nodes[$0].id }), planted.removedActors, file: file, line: line)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: diff.changedActors.map { (new.nodes[$0.new].id, Set($0.changes.map(\.field))) }),
                       planted.changedActors, file: file, line: line)
        XCTAssertEqual(diff.addedAgreements.count, planted.addedAgreements.count, file: file, line: line)
        XCTAssertEqual(Set(diff.removedAgreements.map { old.agreements[$0].id }), planted.removedAgreements, file: file, line: line)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: diff.changedAgreements.map { (old.agreements[$0.old].id, Set($0.changes.map(\.field))) }),
                       planted.changedAgreements, file: file, line: line)
        XCTAssertEqual(diff.unchangedActors + diff.changedActors.count + diff.removedActors.count, old.nodes.count, file: file, line: line)
        XCTAssertEqual(diff.unchangedAgreements + diff.changedAgreements.count + diff.removedAgreements.count, old.agreements.count, file: file, line: line)
    }

    func testTwoPlantedVersionsListExactlyThePlantedChanges() {
        let planted = Planted(Self.bundled)
        XCTAssertEqual(planted.removedActors.count, 2)
        XCTAssertGreaterThanOrEqual(planted.removedAgreements.count, 4)
        let diff = DatasetDiff(old: Self.bundled, new: planted.dataset)
        assertExactlyThePlanted(diff, planted)
        XCTAssertEqual(Set(diff.addedAgreements.map { planted.dataset.agreements[$0].id }), planted.addedAgreements)
        let kind = diff.changedAgreements.first { $0.changes.map(\.field) == ["kind"] }!
        XCTAssertEqual(kind.changes[0].old, Self.bundled.agreements[kind.old].kind?.rawValue)
        let lon = diff.changedActors.first { $0.changes.map(\.field) == ["lon"] }!
        XCTAssertEqual(lon.changes[0].new, "1.5")
    }

    /// Rows renumbered (e0, e1…) and shuffled, as another source would give them: the same
    /// changes, each paired agreement renamed but not changed.
    func testRenumberedAndShuffledRowsGiveTheSameChanges() {
        let planted = Planted(Self.bundled)
        var shuffled = planted.dataset
        var generator = SystemRandomNumberGenerator()
        shuffled.agreements.shuffle(using: &generator)
        for i in shuffled.agreements.indices { shuffled.agreements[i].id = "e\(i)" }
        let diff = DatasetDiff(old: Self.bundled, new: shuffled)
        assertExactlyThePlanted(diff, planted)
        XCTAssertEqual(diff.renamedAgreements, diff.unchangedAgreements + diff.changedAgreements.count - (diff.pairedBy[.id] ?? 0))
    }

    func testPairingRules() {
        let old = Dataset(nodes: [Node(id: "a"), Node(id: "b")], agreements: [
            Agreement(id: "1", from: "a", to: "b", kind: .twinning, date: PartialDate("2001")),
            Agreement(id: "2", from: "a", to: "b", kind: .memorandum, date: PartialDate("2002")),
            Agreement(id: "3", from: "a", to: "b", kind: .investment, date: PartialDate("2003"), directed: true),
        ])
        var new = old
        // Undirected ends reversed: the same agreement. Directed ends reversed: a change.
        new.agreements[0] = Agreement(id: "1", from: "b", to: "a", kind: .twinning, date: PartialDate("2001"))
        new.agreements[2] = Agreement(id: "3", from: "b", to: "a", kind: .investment, date: PartialDate("2003"), directed: true)
        // Another id and another kind: paired by the pair of ends, in order.
        new.agreements[1] = Agreement(id: "x", from: "a", to: "b", kind: .friendship, date: PartialDate("2002"))
        let diff = DatasetDiff(old: old, new: new)
        XCTAssertTrue(diff.addedAgreements.isEmpty && diff.removedAgreements.isEmpty)
        XCTAssertEqual(diff.unchangedAgreements, 1)
        XCTAssertEqual(diff.changedAgreements.map { old.agreements[$0.old].id }, ["2", "3"])
        XCTAssertEqual(diff.changedAgreements[0].changes, [FieldChange(field: "kind", old: "memorandum", new: "friendship")])
        XCTAssertEqual(diff.changedAgreements[1].changes.map(\.field), ["from", "to"])
        XCTAssertEqual(diff.renamedAgreements, 1)
    }

    func testValuesAreComparedTyped() {
        let a = Node(id: "n", attributes: ["x": .integer(1), "nan": .double(.nan), "gone": .string("g")])
        let b = Node(id: "n", aliases: ["N"], attributes: ["x": .double(1), "nan": .double(.nan)])
        XCTAssertEqual(FieldChange.changes(from: a, to: b), [
            FieldChange(field: "aliases", old: nil, new: "N"),
            FieldChange(field: "gone", old: "g", new: nil),
            FieldChange(field: "x", old: "1", new: "1.0"),
        ])
    }
}
