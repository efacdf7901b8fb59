import Foundation
import TestSupport
import XCTest
@testable import Graph

/// Roll-up to region and country level on a small hierarchy, then on the bundled dataset.
final class RollupTests: XCTestCase {
    /// Belarus ⊃ Gomel Region ⊃ Gomel; Minsk sits within Belarus directly (a capital);
    /// China ⊃ Shandong ⊃ Jinan; a Chinese firm has only a `country` field; a Kazakh firm names
    /// a country with no node; an organisation has no country at all.
    let dataset = Dataset(
        nodes: [
            Node(id: "belarus", label: "Belarus", type: .country, country: "Belarus"),
            Node(id: "gomel-region", type: .region, country: "Belarus", within: "belarus"),
            Node(id: "gomel", type: .city, country: "Belarus", within: "gomel-region"),
            Node(id: "minsk", type: .city, country: "Belarus", within: "belarus"),
            Node(id: "china", label: "China", type: .country, country: "China"),
            Node(id: "shandong", type: .region, country: "China", within: "china"),
            Node(id: "jinan", type: .city, country: "China", within: "shandong"),
            Node(id: "huawei", type: .firm, country: "china"),
            Node(id: "kaz-firm", type: .firm, country: "Kazakhstan"),
            Node(id: "eaeu", type: .organisation),
        ],
        agreements: [
            Agreement(id: "a1", from: "gomel", to: "jinan", kind: .twinning, date: PartialDate("2015")),
            Agreement(id: "a2", from: "gomel-region", to: "shandong", kind: .cooperation, date: PartialDate("2010-05")),
            Agreement(id: "a3", from: "minsk", to: "jinan", kind: .twinning, date: PartialDate("2018")),
            Agreement(id: "a4", from: "minsk", to: "huawei", kind: .memorandum),
            Agreement(id: "a5", from: "gomel", to: "gomel-region", kind: .cooperation),
            Agreement(id: "a6", from: "kaz-firm", to: "eaeu", kind: .membership, directed: true),
            Agreement(id: "a7", from: "gomel", to: "shandong", kind: .twinning, date: PartialDate("2012")),
        ])

    func testRegionLevel() throws {
        let rollup = try dataset.rollup(to: .region)
        XCTAssertEqual(rollup.groupOfNode, ["belarus", "gomel-region", "gomel-region", "minsk", "china", "shandong",
                                            "shandong", "huawei", "kaz-firm", "eaeu"])
        XCTAssertEqual(rollup.unplaced, ["huawei", "kaz-firm", "eaeu"])
        let rolled = rollup.dataset
        XCTAssertEqual(rolled.nodes.map(\.id), ["belarus", "gomel-region", "minsk", "china", "shandong", "huawei", "kaz-firm", "eaeu"])
        XCTAssertEqual(rolled.nodes[1].attributes["members"], .integer(2))
        XCTAssertEqual(rolled.nodes[1].within, "belarus")
        XCTAssertEqual(rolled.nodes[5].attributes["unplaced"], .boolean(true))
        XCTAssertNil(rolled.nodes[1].attributes["unplaced"])
        // gomel-region–shandong: a1, a2, a7; minsk–shandong: a3; minsk–huawei: a4; kaz-firm–eaeu: a6.
        XCTAssertEqual(rolled.agreements.map { "\($0.from)-\($0.to)" },
                       ["gomel-region-shandong", "minsk-shandong", "minsk-huawei", "kaz-firm-eaeu"])
        let pair = rolled.agreements[0]
        XCTAssertEqual(pair.weight, 3)
        XCTAssertEqual(pair.attributes["kinds"], .string("twinning:2;cooperation:1"))
        XCTAssertEqual(pair.attributes["first_date"], .string("2010-05"))
        XCTAssertEqual(pair.attributes["last_date"], .string("2015"))
        XCTAssertEqual(pair.date, PartialDate("2010-05"))
        XCTAssertNil(pair.kind)
        XCTAssertEqual(rolled.agreements[1].kind, .twinning)
        XCTAssertFalse(rolled.agreements[3].directed)
        XCTAssertEqual(rolled.metadata["internal_agreements"], .integer(1))
        XCTAssertEqual(rolled.metadata["unplaced"], .string("huawei;kaz-firm;eaeu"))
        XCTAssertEqual(rolled.metadata["rollup_level"], .string("region"))
        XCTAssertFalse(Validation.hasErrors(Validation.findings(for: rolled)))
    }

    func testCountryLevelUsesTheCountryFieldAndMakesUpMissingCountries() throws {
        let rollup = try dataset.rollup(to: .country)
        XCTAssertEqual(rollup.groupOfNode, ["belarus", "belarus", "belarus", "belarus", "china", "china", "china",
                                            "china", "country:Kazakhstan", "eaeu"])
        XCTAssertEqual(rollup.unplaced, ["eaeu"])
        XCTAssertEqual(rollup.syntheticGroups, ["country:Kazakhstan"])
        let rolled = rollup.dataset
        XCTAssertEqual(rolled.nodes.map(\.id), ["belarus", "china", "eaeu", "country:Kazakhstan"])
        XCTAssertEqual(rolled.nodes.map { $0.attributes["members"] }, [.integer(4), .integer(4), .integer(1), .integer(1)])
        XCTAssertEqual(rolled.nodes[3].type, .country)
        XCTAssertEqual(rolled.nodes[3].label, "Kazakhstan")
        XCTAssertEqual(rolled.agreements.map { "\($0.from)-\($0.to):\(Int($0.weight!))" },
                       ["belarus-china:5", "eaeu-country:Kazakhstan:1"])
        XCTAssertEqual(rolled.agreements[0].attributes["kinds"], .string("twinning:3;cooperation:1;memorandum:1"))
        XCTAssertEqual(rolled.agreements[0].attributes["undated"], .integer(1))
        XCTAssertEqual(rollup.internalAgreements, 1)
    }

    func testInternalAgreementsBecomeSelfLoopsOnRequest() throws {
        let rolled = try dataset.rolledUp(to: .country, keepInternal: true)
        XCTAssertEqual(rolled.agreements.map { "\($0.from)-\($0.to):\(Int($0.weight!))" },
                       ["belarus-belarus:1", "belarus-china:5", "eaeu-country:Kazakhstan:1"])
        XCTAssertEqual(rolled.metadata["internal_agreements"], .integer(1))
    }

    func testAnAgreementToNowhereIsAnError() {
        var broken = dataset
        broken.agreements.append(Agreement(id: "bad", from: "gomel", to: "atlantis"))
        XCTAssertThrowsError(try broken.rolledUp(to: .region)) { error in
            XCTAssertTrue("\(error)".contains("'bad' names no node: 'atlantis'"), "\(error)")
        }
    }

    func testRollingUpTwiceEqualsRollingUpOnce() throws {
        let once = try dataset.rolledUp(to: .country)
        let twice = try dataset.rolledUp(to: .region).rolledUp(to: .country)
        XCTAssertEqual(twice.agreements, once.agreements)
        XCTAssertEqual(twice.nodes.map { $0.attributes["members"] }, once.nodes.map { $0.attributes["members"] })
        XCTAssertEqual(twice.metadata["internal_agreements"], once.metadata["internal_agreements"])
    }

    func testOneSyntheticCountryWhateverTheCase() throws {
        let mixed = Dataset(nodes: [Node(id: "f1", country: "Laos"), Node(id: "f2", country: "LAOS")],
                            agreements: [Agreement(id: "e", from: "f1", to: "f2")])
        let rollup = try mixed.rollup(to: .country)
        XCTAssertEqual(rollup.groupOfNode, ["country:Laos", "country:Laos"])
        XCTAssertEqual(rollup.internalAgreements, 1)
    }

    /// The rolled-up dataset is an ordinary one: it survives the native folder and node-link JSON.
    func testRolledUpDatasetRoundTripsThroughFormats() throws {
        let rolled = try NativeFolder.read(folder: BelarusAsiaDatasetTests.folder).rolledUp(to: .region)
        let folder = try scratchFolder("rollup").path
        try NativeFolder.write(rolled, to: folder)
        let back = try NativeFolder.read(folder: folder)
        XCTAssertEqual(back.nodes, rolled.nodes)
        XCTAssertEqual(back.agreements, rolled.agreements)
        XCTAssertEqual(back.metadata, rolled.metadata)
        let json = try NodeLinkJSON.read(Array(NodeLinkJSON.write(rolled).utf8), file: "rolled.json")
        XCTAssertEqual(json.agreements.map(\.weight), rolled.agreements.map(\.weight))
        XCTAssertEqual(json.nodes.map(\.id), rolled.nodes.map(\.id))
    }

    func testAWithinCycleLeavesItsNodesUnplaced() throws {
        let cyclic = Dataset(nodes: [Node(id: "a", type: .city, within: "b"), Node(id: "b", type: .city, within: "a")],
                             agreements: [Agreement(id: "e", from: "a", to: "b")])
        let rollup = try cyclic.rollup(to: .region)
        XCTAssertEqual(rollup.unplaced, ["a", "b"])
        XCTAssertEqual(rollup.dataset.agreements.count, 1)
    }

    func testBelarusAsiaRollsUpSanely() throws {
        let dataset = try NativeFolder.read(folder: BelarusAsiaDatasetTests.folder)
        let countries = try dataset.rollup(to: .country)
        let rolled = countries.dataset
        XCTAssertEqual(rolled.nodes.reduce(0) { $0 + Int($1.attributes["members"]?.numericValue ?? 0) }, dataset.nodes.count)
        let carried = rolled.agreements.reduce(0) { $0 + Int($1.weight ?? 0) }
        XCTAssertEqual(carried + countries.internalAgreements, dataset.agreements.count)
        let heaviest = try XCTUnwrap(rolled.agreements.max { ($0.weight ?? 0) < ($1.weight ?? 0) })
        XCTAssertEqual(Set([heaviest.from, heaviest.to]), ["belarus", "china"])
        XCTAssertGreaterThan(heaviest.weight ?? 0, Double(carried) / 2)
        XCTAssertLessThan(countries.unplaced.count, 10)  // supranational bodies only
        XCTAssertFalse(Validation.hasErrors(Validation.findings(for: rolled)))

        let regions = try dataset.rollup(to: .region)
        XCTAssertEqual(regions.groupOfNode[dataset.nodeIndex()["gomel"]!], "gomel-region")
        XCTAssertEqual(regions.groupOfNode[dataset.nodeIndex()["minsk"]!], "minsk")
        XCTAssertFalse(Validation.hasErrors(Validation.findings(for: regions.dataset)))
        XCTAssertLessThan(regions.dataset.nodes.count, dataset.nodes.count)
        // Region level, then country level, gives the country-level weights and kinds.
        let twice = try regions.dataset.rollup(to: .country)
        XCTAssertEqual(twice.dataset.agreements.map(\.weight), rolled.agreements.map(\.weight))
        XCTAssertEqual(twice.dataset.agreements.map(\.attributes), rolled.agreements.map(\.attributes))
        XCTAssertEqual(twice.internalAgreements, countries.internalAgreements)
    }
}
