/// Reciprocal duplicates: an undirected agreement listed twice, once in each direction, with
/// the same data (`a,b` then `b,a`, as Wikidata's P190 lists most sister-city pairs). Edge
/// lists have no way to say "undirected", so sources that list each relation from both ends
/// double every such agreement and every measure that counts agreements.
///
/// Two agreements form a pair when both are undirected, not self-loops, the second joins the
/// first's endpoints the other way round (`to`→`from`), and every other field and attribute is
/// equal (ids and where they were read are not compared). Each agreement is paired at most
/// once, with the earliest unpaired one in file order, so `a b`, `b a`, `a b`, `b a` are two
/// pairs and `a b`, `a b`, `b a` one pair and one single agreement. Agreements listed twice in
/// the same direction are parallel agreements (a multigraph) and are left alone.
///
/// Merging keeps the first agreement of each pair (its id and origin) and drops the second.
/// Cost: one hash lookup per agreement.
extension Dataset {
    /// The pairs, as (first, second) agreement indices, in the order their second appears.
    public func reciprocalDuplicates() -> [(first: Int, second: Int)] {
        // Keyed by the hashes of the two ids (each id hashed once per agreement); a candidate is
        // always checked against the real ids, so a hash collision only costs a comparison.
        struct Ends: Hashable { let from: Int, to: Int }
        // The earliest unpaired agreement of each ordered pair, and (rarely) the later ones:
        // one flat dictionary keeps a million-edge list at one lookup per agreement.
        var earliest: [Ends: Int] = [:]
        earliest.reserveCapacity(agreements.count)
        var later: [Ends: [Int]] = [:]
        var pairs: [(first: Int, second: Int)] = []
        func reverses(_ k: Int, _ i: Int) -> Bool {
            agreements[k].from == agreements[i].to && agreements[k].to == agreements[i].from
                && Dataset.sameData(agreements[k], agreements[i])
        }
        for i in agreements.indices where !agreements[i].directed && agreements[i].from != agreements[i].to {
            let from = agreements[i].from.hashValue, to = agreements[i].to.hashValue
            let reversed = Ends(from: to, to: from)
            if let k = earliest[reversed] {
                if reverses(k, i) {
                    pairs.append((k, i))
                    if var rest = later[reversed] {
                        earliest[reversed] = rest.removeFirst()
                        later[reversed] = rest.isEmpty ? nil : rest
                    } else {
                        earliest[reversed] = nil
                    }
                    continue
                }
                if let rest = later[reversed], let m = rest.firstIndex(where: { reverses($0, i) }) {
                    pairs.append((rest[m], i))
                    later[reversed]!.remove(at: m)
                    if later[reversed]!.isEmpty { later[reversed] = nil }
                    continue
                }
            }
            let own = Ends(from: from, to: to)
            if earliest[own] == nil { earliest[own] = i } else { later[own, default: []].append(i) }
        }
        return pairs
    }

    /// True when `a` and `b` agree on everything but their ids and the order of their endpoints.
    static func sameData(_ a: Agreement, _ b: Agreement) -> Bool {
        var a = a
        a.id = b.id
        a.from = b.from
        a.to = b.to
        return a == b
    }

    /// Finds reciprocal duplicates and adds one warning finding that counts them and names the
    /// first pair; with `merge`, drops the second agreement of each pair. Returns the count.
    @discardableResult
    public mutating func noteReciprocalDuplicates(merge: Bool) -> Int {
        let pairs = reciprocalDuplicates()
        guard let first = pairs.first else { return 0 }
        let one = agreements[first.first], two = agreements[first.second]
        func place(_ index: Int, _ a: Agreement) -> String {
            origin(ofAgreement: index)?.line.map { "line \($0)" } ?? "agreement '\(a.id.abbreviated())'"
        }
        let example = "first: \(place(first.first, one)) \(one.from.abbreviated()) – \(one.to.abbreviated()) and \(place(first.second, two)) \(two.from.abbreviated()) – \(two.to.abbreviated())"
        let location = origin(ofAgreement: first.second) ?? SourceLocation(file: "<dataset>", element: "agreement '\(two.id)'")
        let count = pairs.count
        let message: String
        if merge {
            message = "merged \(count) agreement\(count == 1 ? " that repeats" : "s that repeat") an earlier undirected one in the other direction with the same data into that one (\(example))"
            var dropped = [Bool](repeating: false, count: agreements.count)
            for pair in pairs { dropped[pair.second] = true }
            let hasOrigins = agreementOrigins.count == agreements.count
            agreements = agreements.indices.filter { !dropped[$0] }.map { agreements[$0] }
            if hasOrigins { agreementOrigins = agreementOrigins.indices.filter { !dropped[$0] }.map { agreementOrigins[$0] } }
        } else {
            message = "\(count) agreement\(count == 1 ? " repeats" : "s repeat") an earlier undirected one in the other direction with the same data (\(example)), so each such pair counts twice; --dedupe merges them"
        }
        readingFindings.append(Finding(.warning, location, message))
        return count
    }
}
