import Foundation
import XCTest
@testable import Graph

/// Datasets that exercise every field, type and awkward character the XML formats must carry.
enum SampleDatasets {
    static let awkward = "a, \"quoted\" 'apostrophe' <tag> & amp\nnew line\ttab ]]> end"

    static func nodes() -> [Node] {
        [
            Node(id: "minsk", label: "Минск", type: .city, country: "BY", within: "by", aliases: ["Minsk", "Mińsk"],
                 attributes: ["population": .integer(1_996_553), "area": .double(409.5), "capital": .boolean(true),
                              "note": .string(awkward), "population density": .double(4_876.25)]),
            Node(id: "by", label: "Беларусь", type: .country, country: "BY",
                 attributes: ["population": .integer(-9_200_000), "area": .double(207_600.0), "capital": .boolean(false)]),
            Node(id: "cn-sh", label: "上海", type: .city, country: "CN", within: "cn", aliases: ["Shanghai", "沪"],
                 attributes: ["note": .string("上海市, «Шанхай»\r\nCRLF")]),
            Node(id: "q<1>&\"'", label: "Ünïcödé\tlabel", type: .firm, attributes: ["Ünïcode attr": .string("é")]),
            Node(id: "plain"),
        ]
    }

    static func agreements(allDirected: Bool = false, allUndirected: Bool = false) -> [Agreement] {
        var agreements = [
            Agreement(id: "e1", from: "minsk", to: "cn-sh", kind: .twinning, date: PartialDate("1992"), status: .signed,
                      weight: 1.5, provenance: Provenance(source: "s1", locator: "p. 12", quote: "«Договор» said \"yes\"\n",
                                                          url: "https://example.org/?a=1&b=2"),
                      attributes: ["budget": .integer(1000), "ratio": .double(0.25), "active": .boolean(true)]),
            Agreement(id: "e2", from: "minsk", to: "cn-sh", kind: .cooperation, date: PartialDate("2017-03"),
                      directed: true, attributes: ["budget": .integer(0), "ratio": .double(1e-7), "note": .string("тест, 测试")]),
            Agreement(id: "e3", from: "minsk", to: "minsk", kind: .memorandum, date: PartialDate("2019-05-14"),
                      status: AgreementStatus(rawValue: "suspended"), weight: 3.0),
            Agreement(id: "e4", from: "by", to: "minsk", kind: .investment, directed: true,
                      provenance: Provenance(locator: "table\t2"), attributes: ["date_raw": .string("circa 1990s")]),
            Agreement(id: "e 5", from: "q<1>&\"'", to: "plain", kind: AgreementKind(rawValue: "exotic_kind"),
                      weight: -0.125, attributes: ["active": .boolean(false), "note": .string(awkward)]),
        ]
        if allDirected { for i in agreements.indices { agreements[i].directed = true } }
        if allUndirected { for i in agreements.indices { agreements[i].directed = false } }
        return agreements
    }

    static func sources() -> [SourceRecord] {
        [
            SourceRecord(id: "s1", title: "Книга \"городов\"", author: "Иванов, И.", year: 2001, publisher: "Наука",
                         identifier: "ISBN 978-5-02-000000-0",
                         attributes: ["pages": .integer(320), "rating": .double(4.0), "online": .boolean(true),
                                      "note": .string(awkward)]),
            SourceRecord(id: "s2", title: "上海年鉴"),
        ]
    }

    static func metadata() -> Attributes {
        ["title": .string("Belarus–Asia network"), "version": .integer(3), "complete": .boolean(false),
         "coverage": .double(0.75), "description": .string("Twin cities,\n and <more> & \"more\"")]
    }

    static func full(allDirected: Bool = false, allUndirected: Bool = false) -> Dataset {
        Dataset(nodes: nodes(), agreements: agreements(allDirected: allDirected, allUndirected: allUndirected),
                sources: sources(), metadata: metadata())
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
