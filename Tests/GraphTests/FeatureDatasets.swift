import Graph

/// Datasets that use every feature a format must carry (issue 9, "Done when"): mixed, all
/// directed and all undirected agreements; parallel agreements (same and opposite order) and
/// self-loops; an actor without agreements; every attribute type, with negative and large
/// integers (past 2^53, Int.max, Int.min), doubles such as 1e-7, 0.1 and 3.0 (a whole double
/// must stay a double), booleans and strings that look like numbers ("007"); text in
/// Cyrillic, Chinese, Arabic and Hebrew (right to left), with commas, quotes, apostrophes,
/// markup, line breaks and tabs; partial dates at all three precisions; end dates; known and
/// unknown types, kinds and statuses; positions `x`, `y`; provenance; sources; metadata.
///
/// Deliberately absent, because a format of the matrix cannot carry them by design and each
/// has its own regression test elsewhere: node ids with white space (networkx's
/// `.edgelist` splits on it), `#` in any text (`nx.read_edgelist` cuts comments even inside
/// a value), empty strings (the dataset folder's empty cell means "no value"), leading or
/// trailing white space (CSV readers trim it), NaN and infinities (JSON has no such numbers),
/// and a key holding values of two types (a format declares one type per key).
enum FeatureDatasets {
    enum Direction: String, CaseIterable { case mixed, directed, undirected }

    /// Ids: ASCII, Cyrillic, Chinese, Arabic, Hebrew, a comma, digits only.
    static let ids = ["minsk", "гомель", "哈尔滨", "القاهرة", "tel-aviv-תל-אביב", "mogilev,region", "42", "brest", "vitebsk"]
    /// Has no agreement in any generated dataset.
    static let isolatedID = "lonely-island"

    static let texts = [
        "Минск, \"столица\"", "哈尔滨市 · 黑龙江省", "القاهرة الكبرى", "שלום, עולם", "line one\nline two",
        "tab\there", "it's <b>&amp;</b> & more", "semi;colon", "=SUM(A1)", "Ünïcödé é ß", "007",
        "quote \"inside\" and 'apostrophes'", "a\n\"mixed\",\tvalue",
    ]
    static let integers = [0, 1, -1, 42, -1_234_567, 9_007_199_254_740_993, Int.max, Int.min, 2_000_000]
    static let doubles = [1e-7, 0.1, 3.0, -2.5, 409.5, 1e300, -0.0625, 6.02214076e23]
    static let dates = ["1992", "2017-03", "2019-05-14", "1955-12-31", "2024-02-29", "2001-07"].compactMap(PartialDate.init)
    static let endDates = ["2030", "2031-06", "2032-12-31"].compactMap(PartialDate.init)
    static let kinds = AgreementKind.known + [AgreementKind(rawValue: "barter")]
    static let statuses = AgreementStatus.known + [AgreementStatus(rawValue: "suspended")]
    static let types = NodeType.known + [NodeType(rawValue: "sovkhoz")]

    /// A deterministic dataset: fixed records that guarantee every feature, then seeded ones.
    static func make(_ direction: Direction, seed: UInt64 = 9, extraAgreements: Int = 18) -> Dataset {
        var random = SplitMix(state: seed)
        var dataset = Dataset(nodes: nodes(&random), sources: sources(), metadata: metadata())
        dataset.agreements = guaranteedAgreements()
        for index in 0..<extraAgreements {
            dataset.agreements.append(agreement(index, &random))
        }
        for i in dataset.agreements.indices {
            switch direction {
            case .mixed: break
            case .directed: dataset.agreements[i].directed = true
            case .undirected: dataset.agreements[i].directed = false
            }
        }
        return dataset
    }

    static func nodes(_ random: inout SplitMix) -> [Node] {
        var nodes: [Node] = []
        for (i, id) in (ids + [isolatedID]).enumerated() {
            var node = Node(id: id, label: i == 7 ? nil : texts[i % texts.count], type: types[(i * 3) % types.count],
                            country: i % 3 == 2 ? nil : ["Belarus", "Китай", "中国", "مصر"][i % 4],
                            within: i > 0 && i % 2 == 0 ? ids[i - 1] : nil,
                            aliases: i % 3 == 0 ? ["alias \(i)", "Мінск-\(i)", "別名\(i)"] : [])
            node.attributes["population"] = .integer(integers[i % integers.count])
            if i % 4 != 3 { node.attributes["area"] = .double(doubles[i % doubles.count]) }
            node.attributes["capital"] = .boolean(i % 2 == 0)
            if i % 3 != 1 { node.attributes["motto"] = .string(texts[(i + 4) % texts.count]) }
            node.attributes["x"] = .double(Double(random.next() % 20_000) / 8 - 1000)
            node.attributes["y"] = .double(Double(random.next() % 20_000) / 16 - 500)
            nodes.append(node)
        }
        return nodes
    }

    /// Parallel agreements in the same and the opposite order, self-loops of both directions,
    /// every weight form, every date precision and an unknown kind and status.
    static func guaranteedAgreements() -> [Agreement] {
        var list: [Agreement] = []
        func add(_ id: String, _ from: String, _ to: String, directed: Bool, kind: AgreementKind?, date: String?,
                 end: String?, status: AgreementStatus?, weight: AttributeValue?, provenance: Provenance = Provenance(),
                 attributes: Attributes = [:]) {
            var a = Agreement(id: id, from: from, to: to, kind: kind, date: date.flatMap(PartialDate.init),
                              endDate: end.flatMap(PartialDate.init), status: status, directed: directed,
                              provenance: provenance, attributes: attributes)
            a.weightValue = weight
            list.append(a)
        }
        let cited = Provenance(source: "book-1", locator: "p. 12, §3", quote: "«Договор» said \"yes\",\nthen 签署",
                               url: "https://example.org/a?b=1&c=\"2\"")
        add("a1", "minsk", "哈尔滨", directed: false, kind: .twinning, date: "1992", end: "2030", status: .signed,
            weight: .integer(3), provenance: cited, attributes: ["amount": .double(1e-7), "count": .integer(Int.max),
                                                                 "active": .boolean(true), "note": .string("007")])
        add("a2", "minsk", "哈尔滨", directed: true, kind: .investment, date: "2017-03", end: "2031-06",
            status: AgreementStatus(rawValue: "suspended"), weight: .double(2.0),
            attributes: ["amount": .double(3.0), "count": .integer(Int.min), "note": .string("tab\there, \"q\"")])
        add("a3", "哈尔滨", "minsk", directed: true, kind: .tradeContract, date: "2019-05-14", end: "2032-12-31",
            status: .planned, weight: .double(0.1), provenance: Provenance(locator: "table\t2"),
            attributes: ["active": .boolean(false)])
        add("a4", "гомель", "гомель", directed: false, kind: AgreementKind(rawValue: "barter"), date: nil, end: nil,
            status: nil, weight: .integer(-2))
        add("a5", "القاهرة", "القاهرة", directed: true, kind: .memorandum, date: "2001-07", end: nil, status: .ended,
            weight: nil, provenance: Provenance(source: "report-2", quote: "שלום, עולם"))
        add("a6", "tel-aviv-תל-אביב", "mogilev,region", directed: true, kind: nil, date: "1955-12-31", end: "2031-06",
            status: .signed, weight: .integer(9_007_199_254_740_993),
            attributes: ["note": .string("line one\nline two"), "count": .integer(-1_234_567)])
        add("a7", "42", "brest", directed: false, kind: .cooperation, date: "2024-02-29", end: nil, status: .planned,
            weight: .double(-2.5), attributes: ["amount": .double(6.02214076e23)])
        return list
    }

    static func agreement(_ index: Int, _ random: inout SplitMix) -> Agreement {
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func maybe<T>(_ make: () -> T) -> T? { random.next() % 5 == 0 ? nil : make() }
        var a = Agreement(id: "g\(index)", from: pick(ids), to: pick(ids), kind: maybe { pick(kinds) },
                          date: maybe { pick(dates) }, status: maybe { pick(statuses) }, directed: random.next() % 2 == 0)
        if a.date != nil, random.next() % 2 == 0 { a.endDate = pick(endDates) }
        a.weightValue = maybe { random.next() % 2 == 0 ? .integer(pick(integers)) : .double(pick(doubles)) }
        if random.next() % 2 == 0 {
            a.provenance = Provenance(source: pick(["book-1", "report-2"]), locator: maybe { "p. \(random.next() % 400)" },
                                      quote: maybe { pick(texts) }, url: maybe { "https://example.org/\(index)?q=a&b" })
        }
        if random.next() % 2 == 0 { a.attributes["amount"] = .double(pick(doubles)) }
        if random.next() % 2 == 0 { a.attributes["count"] = .integer(pick(integers)) }
        if random.next() % 3 == 0 { a.attributes["active"] = .boolean(random.next() % 2 == 0) }
        if random.next() % 3 == 0 { a.attributes["note"] = .string(pick(texts)) }
        return a
    }

    static func sources() -> [SourceRecord] {
        [
            SourceRecord(id: "book-1", title: "Книга \"городов\", 2-е изд.", author: "Иванов, И.", year: 2001,
                         publisher: "Наука\nМосква", identifier: "ISBN 978-5-02-000000-0",
                         attributes: ["pages": .integer(320), "rating": .double(4.5), "online": .boolean(true),
                                      "note": .string("上海年鉴 'ed.'\tvol. 2")]),
            SourceRecord(id: "report-2", title: "تقرير سنوي", year: 2019),
        ]
    }

    static func metadata() -> Attributes {
        ["title": .string("Belarus–Asia «test», 哈尔滨"), "version": .integer(3), "complete": .boolean(false),
         "coverage": .double(0.75), "description": .string("Twin cities,\n and <more> & \"more\"\tthere")]
    }
}

/// SplitMix64: a small deterministic generator, so that every run builds the same datasets.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
