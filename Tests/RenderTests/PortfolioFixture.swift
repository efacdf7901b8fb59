import Graph

/// Small datasets for the portfolio tests, built in code.
enum PortfolioFixture {
    /// Belarus (two regions, a capital within the country, a firm with no region) and its
    /// partners in China (two provinces, a firm with no region) and Russia (a district whose
    /// region is not drawn). Left out: two agreements within Belarus, one within China, and
    /// Orsha, whose only agreement is with Vitebsk; Lida has no agreement at all.
    static func twoSides() -> Dataset {
        func node(_ id: String, _ label: String, _ type: NodeType, _ country: String, _ within: String? = nil) -> Node {
            Node(id: id, label: label, type: type, country: country, within: within)
        }
        let nodes = [
            node("by", "Belarus", .country, "Belarus"), node("cn", "China", .country, "China"), node("ru", "Russia", .country, "Russia"),
            node("by-vitebsk", "Vitebsk Region", .region, "Belarus", "by"), node("by-gomel", "Gomel Region", .region, "Belarus", "by"),
            node("vitebsk", "Vitebsk", .city, "Belarus", "by-vitebsk"), node("polotsk", "Polotsk", .city, "Belarus", "by-vitebsk"),
            node("orsha", "Orsha", .city, "Belarus", "by-vitebsk"), node("gomel", "Gomel", .city, "Belarus", "by-gomel"),
            node("minsk", "Minsk", .city, "Belarus", "by"), node("by-firm", "Belarusian Dairy Works", .firm, "Belarus"),
            node("lida", "Lida", .city, "Belarus", "by"),
            node("cn-shandong", "Shandong Province", .region, "China", "cn"), node("cn-hlj", "Heilongjiang Province", .region, "China", "cn"),
            node("jinan", "Jinan", .city, "China", "cn-shandong"), node("weihai", "Weihai", .city, "China", "cn-shandong"),
            node("harbin", "Harbin", .city, "China", "cn-hlj"), node("cn-firm", "Harbin Electric", .firm, "China"),
            node("ru-smolensk", "Smolensk Region", .region, "Russia", "ru"), node("demidov", "Demidov District", .district, "Russia", "ru-smolensk"),
        ]
        func agreement(_ id: String, _ from: String, _ to: String, _ kind: AgreementKind, _ year: String?) -> Agreement {
            Agreement(id: id, from: from, to: to, kind: kind, date: year.flatMap(PartialDate.init))
        }
        let agreements = [
            agreement("a1", "vitebsk", "jinan", .twinning, "2009"),
            agreement("a2", "by-vitebsk", "cn-shandong", .twinning, "2004"),
            agreement("a3", "cn-shandong", "by-vitebsk", .friendship, "2019"),
            agreement("a4", "polotsk", "harbin", .twinning, nil),
            agreement("a5", "gomel", "harbin", .friendship, "2015"),
            agreement("a6", "minsk", "cn-firm", .cooperation, "2020"),
            agreement("a7", "by-firm", "weihai", .friendship, "2021"),
            agreement("a8", "by-gomel", "cn-hlj", .twinning, "2011"),
            agreement("a9", "vitebsk", "demidov", .friendship, "2017"),
            agreement("a10", "vitebsk", "polotsk", .twinning, "1999"),
            agreement("a11", "jinan", "weihai", .twinning, "2001"),
            agreement("a12", "orsha", "vitebsk", .twinning, "2000"),
        ]
        return Dataset(nodes: nodes, agreements: agreements)
    }

    /// `perSide` actors a side: side A in regions of ten within one country, each linked to
    /// one partner on side B, in four countries of regions of ten; partner k of actor k is
    /// dealt so that the two orders cross.
    static func rows(perSide: Int) -> Dataset {
        var dataset = Dataset()
        dataset.nodes.append(Node(id: "a", label: "Aland", type: .country, country: "Aland"))
        for r in 0..<max(1, perSide / 10) {
            dataset.nodes.append(Node(id: "a-r\(r)", label: "Aland Region \(r)", type: .region, country: "Aland", within: "a"))
        }
        for c in 0..<4 {
            dataset.nodes.append(Node(id: "b\(c)", label: "Bland \(c)", type: .country, country: "Bland \(c)"))
            for r in 0..<max(1, perSide / 40 + 1) {
                dataset.nodes.append(Node(id: "b\(c)-r\(r)", label: "Bland \(c) Province \(r)", type: .region, country: "Bland \(c)", within: "b\(c)"))
            }
        }
        for k in 0..<perSide {
            dataset.nodes.append(Node(id: "a\(k)", label: "Town of Aland number \(k)", type: .city, country: "Aland",
                                      within: "a-r\(k / 10)"))
            let c = k % 4, r = (k / 4) / 10
            dataset.nodes.append(Node(id: "p\(k)", label: "Partner city \(k)", type: .city, country: "Bland \(c)",
                                      within: "b\(c)-r\(r)"))
            dataset.agreements.append(Agreement(id: "e\(k)", from: "a\(k)", to: "p\((k * 7) % perSide)", kind: .twinning,
                                                date: PartialDate("\(1990 + k % 30)")))
        }
        return dataset
    }
}
