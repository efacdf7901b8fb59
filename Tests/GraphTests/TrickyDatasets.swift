import Graph

/// Generated datasets whose fields hold what breaks naive writers: unicode (Cyrillic,
/// Chinese), commas, quotes, apostrophes, markup characters, line breaks and tabs, every
/// attribute type, partial dates of each precision, parallel agreements, self-loops and
/// mixed directions.
enum TrickyDatasets {
    static let awkwardTexts = [
        "Гомель", "哈尔滨市", "Minsk, \"capital\"", "l'Université d'État", "<b>&amp;</b> & <i>",
        "line one\nline two", "tab\there", "  padded  ", "semi;colon", "back\\slash x", "emoji 🇧🇾",
        "Mahilioŭ / Mogilev", "=SUM(A1)", "",
    ]

    /// A deterministic pseudo-random dataset (SplitMix64 on `seed`).
    static func make(seed: UInt64, nodes nodeCount: Int = 24, agreements agreementCount: Int = 60) -> Dataset {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        func text() -> String {
            let t = pick(awkwardTexts)
            return t.isEmpty ? "plain" : t
        }

        var dataset = Dataset(metadata: ["title": .string("Tricky \(seed) — «test»"), "version": .integer(3)])
        dataset.sources = [
            SourceRecord(id: "book-1", title: "Les limites du partenariat, \"durable\"", author: "Boris Zalessky",
                         year: 2017, publisher: "Éditions universitaires européennes", identifier: "978-3-330-19614-8"),
            SourceRecord(id: "note", title: "Заметки\nвторая строка", attributes: ["pages": .integer(120)]),
        ]
        let countries = ["Belarus", "China", "Вьетнам", "Kazakhstan, Rep."]
        for i in 0..<nodeCount {
            var node = Node(id: i % 5 == 0 ? "n\(i) \(text())" : "n\(i)", label: text(),
                            type: pick(NodeType.known + [NodeType(rawValue: "sovkhoz")]), country: pick(countries))
            if i > 0 && next() % 2 == 0 { node.within = dataset.nodes[Int(next() % UInt64(i))].id }
            if next() % 2 == 0 { node.aliases = [text(), "alias \(i)"].filter { !$0.contains(";") && $0.trimmingWhitespace() == $0 && !$0.contains("\n") } }
            if next() % 2 == 0 { node.attributes["population"] = .integer(Int(next() % 5_000_000)) }
            if next() % 2 == 0 { node.attributes["area_km2"] = .double(Double(next() % 100_000) / 7) }
            if next() % 3 == 0 { node.attributes["capital"] = .boolean(next() % 2 == 0) }
            if next() % 3 == 0 { node.attributes["motto"] = .string(text()) }
            dataset.nodes.append(node)
        }
        let dates = ["2009", "2017-03", "2017-03-14", "1995-12-31", "2024-02-29"].compactMap(PartialDate.init)
        for e in 0..<agreementCount {
            let from = pick(dataset.nodes).id
            let to = e % 17 == 0 ? from : pick(dataset.nodes).id
            var a = Agreement(id: "a\(e)", from: from, to: to, kind: pick(AgreementKind.known + [AgreementKind(rawValue: "barter")]),
                              date: next() % 4 == 0 ? nil : pick(dates), status: pick(AgreementStatus.known),
                              directed: next() % 3 == 0, weight: next() % 2 == 0 ? Double(next() % 1000) / 8 : nil)
            if next() % 2 == 0 {
                a.provenance = Provenance(source: "book-1", locator: "\(next() % 4000)", quote: text(), url: "https://example.org/a?b=1&c=\"2\"")
            }
            if next() % 2 == 0 { a.attributes["amount"] = .double(Double(next() % 10_000_000) + 0.5) }
            if next() % 2 == 0 { a.attributes["currency"] = .string(pick(["USD", "CNY", "€"])) }
            if next() % 3 == 0 { a.attributes["valid_years"] = .integer(Int(next() % 10)) }
            dataset.agreements.append(a)
        }
        // A parallel pair for certain.
        dataset.agreements.append(Agreement(id: "parallel", from: dataset.agreements[0].from, to: dataset.agreements[0].to,
                                            kind: .roadmap, date: PartialDate("2017")))
        return dataset
    }
}
