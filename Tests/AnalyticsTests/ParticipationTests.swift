import Graph
import XCTest
@testable import Analytics

final class ParticipationTests: XCTestCase {
    /// One act "m" binds minsk and gomel with harbin and shenyang (4 edges); minsk–harbin also
    /// have a bilateral twinning (a5) and a planned memorandum without an act (a6); bmz → china
    /// is a supply to an unnamed Chinese buyer (china flagged); belarus–china is a treaty.
    /// By hand: acts = {m, a5, a6, a7, a8} = 5; minsk: m, a5, a6 = 3; gomel: m = 1; harbin: m,
    /// a5, a6 = 3; shenyang: m = 1; bmz: a7 = 1; china: a8 only (a7 names it as unnamed) = 1;
    /// belarus: a8 = 1; isolated: 0.
    let dataset = Dataset(
        nodes: ["minsk", "gomel", "harbin", "shenyang", "bmz", "china", "belarus", "isolated"].map { Node(id: $0, label: $0) },
        agreements: [
            Agreement(id: "a1", from: "minsk", to: "harbin", kind: .cooperation, attributes: ["act": .string("m")]),
            Agreement(id: "a2", from: "minsk", to: "shenyang", kind: .cooperation, attributes: ["act": .string("m")]),
            Agreement(id: "a3", from: "gomel", to: "harbin", kind: .cooperation, attributes: ["act": .string("m")]),
            Agreement(id: "a4", from: "gomel", to: "shenyang", kind: .cooperation, attributes: ["act": .string("m")]),
            Agreement(id: "a5", from: "harbin", to: "minsk", kind: .twinning, attributes: ["act": .string("a5")]),
            Agreement(id: "a6", from: "minsk", to: "harbin", kind: .memorandum),
            Agreement(id: "a7", from: "bmz", to: "china", kind: .tradeContract, directed: true,
                      attributes: ["act": .string("a7"), "unnamed_party": .string("china")]),
            Agreement(id: "a8", from: "belarus", to: "china", kind: .treaty),
        ])

    func testActsCountOncePerMultilateralActAndUnnamedEndsAreNoParty() {
        let p = Participation(dataset)
        XCTAssertEqual(p.actCount, 5)
        XCTAssertEqual(p.acts, [3, 1, 3, 1, 1, 1, 1, 0])
        XCTAssertEqual(p.unnamedEnds, 1)
        XCTAssertEqual(NetworkSummary(dataset).acts, 5)
    }

    func testWithoutActsItIsTheAgreementCount() {
        var plain = dataset
        plain.agreements = plain.agreements.map { var a = $0; a.attributes = [:]; return a }
        let p = Participation(plain)
        XCTAssertEqual(p.actCount, 8)
        // minsk: a1 a2 a5 a6; gomel: a3 a4; harbin: a1 a3 a5 a6; shenyang: a2 a4; bmz a7; china a7 a8.
        XCTAssertEqual(p.acts, [4, 2, 4, 2, 1, 2, 1, 0])
    }

    func testSeveralUnnamedEndsAreListedWithSemicolons() {
        let a = Agreement(id: "x", from: "p", to: "q", attributes: ["unnamed_party": .string("p; q")])
        XCTAssertEqual(Participation.unnamedEnds(of: a), ["p", "q"])
    }
}
