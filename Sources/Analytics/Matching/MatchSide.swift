import Graph

/// One dataset as the matcher sees it: per actor (by node index) its names normalised, its
/// level, country, place, parent and the gazetteer places its names identify. Flat arrays.
///
/// - `names`: the label's `NameKey`, then each alias's.
/// - `level`: the type's `TerritorialLevel`; without a type, the level the label's generic
///   word names ("Minsk Region" → region), else nil.
/// - `country`: the `country` field folded; without one, the country of the gazetteer places
///   its names identify when they all lie in one country (`countryInferred`).
/// - `places`: the gazetteer places the actor is taken to be. Only for actors that can be a
///   populated place: level city or unknown, or a region or district whose label carries no
///   generic word (a municipality such as Beijing); "Minsk Region" is not the populated place
///   Minsk, even though the bundled dataset's `geonames_id` of a region is its centre's. An
///   actor with a `geonames_id` attribute (integer) listed in the gazetteer is that place;
///   otherwise the places any of its names (label and aliases, by `NameKey.core`) name, kept to
///   its country when it has one; of several, the most populous alone when it has at least ten
///   times the inhabitants of the next (`dominance`: the rule tools/locate.py places the
///   bundled dataset's cities by: Wuxi is the city of 3 million, not the county).
/// - `point`: its own lat/lon (not lent by `within`: a firm is not where its city is).
///
/// Complexity: O(total length of the names) plus one gazetteer look-up per name.
public struct MatchSide: Sendable {
    public let ids: [String]
    public let labels: [String]
    public let types: [NodeType?]
    let names: [[NameKey]]
    /// The phonetic keys of each name's core (`PhoneticKey.keys`), per actor and name.
    let phoneticByName: [[[String]]]
    /// The phonetic keys of all of an actor's names, deduplicated.
    let phonetic: [[String]]
    let level: [TerritorialLevel?]
    let country: [String?]
    let countryInferred: [Bool]
    let places: [[Int32]]
    let point: [GeoPoint?]
    let within: [Int32]
    let hasCyrillic: [Bool]
    /// Per actor and name: a core under four letters, or an alias without a lower-case letter
    /// (an acronym: "BGSAA"; a label in capitals, "MINSK", is read as a name): compared only for
    /// equality (`PairScore`).
    let isTerse: [[Bool]]

    public var count: Int { ids.count }

    public init(_ dataset: Dataset, gazetteer: GazetteerIndex?) {
        let nodes = dataset.nodes
        let index = dataset.nodeIndex()
        ids = nodes.map(\.id)
        labels = nodes.map(\.label)
        types = nodes.map(\.type)
        let names = nodes.map { node in [NameKey(node.label)] + node.aliases.map(NameKey.init) }
        self.names = names
        isTerse = nodes.indices.map { i in
            zip([nodes[i].label] + nodes[i].aliases, names[i]).enumerated().map { k, name in
                name.1.core.count < 4 || (k > 0 && !name.0.contains(where: \.isLowercase))
            }
        }
        phoneticByName = names.map { keys in keys.map { PhoneticKey.keys(of: $0.core) } }
        phonetic = phoneticByName.map { keys in
            var seen = Set<String>()
            return keys.joined().filter { seen.insert($0).inserted }
        }
        let level = zip(nodes, names).map { node, keys in node.type.map(TerritorialLevel.init) ?? keys[0].level }
        self.level = level
        hasCyrillic = nodes.map { Transliteration.hasCyrillic($0.label) }
        point = nodes.map { node in node.location.flatMap { $0.isValid ? $0 : nil } }
        within = nodes.map { node in node.within.flatMap { index[$0] }.map(Int32.init) ?? -1 }
        var places: [[Int32]] = [], country: [String?] = [], inferred: [Bool] = []
        for (i, node) in nodes.enumerated() {
            let own = node.country.map(NameKey.fold).flatMap { $0.isEmpty ? nil : $0 }
            var found: [Int32] = [], countries = Set<String>()
            if let gazetteer {
                found = MatchSide.places(of: node, names: names[i], level: level[i], country: own, in: gazetteer)
                countries = Set(found.map { gazetteer.countries[Int($0)] })
            }
            places.append(found)
            if let own {
                country.append(own); inferred.append(false)
            } else if countries.count == 1 {
                country.append(countries.first!); inferred.append(true)
            } else {
                country.append(nil); inferred.append(false)
            }
        }
        (self.places, self.country, self.countryInferred) = (places, country, inferred)
    }

    /// True for an untyped actor that the gazetteer identifies as a populated place.
    func isPlace(_ i: Int) -> Bool { types[i] == nil && !places[i].isEmpty }

    /// True for an actor that is not a populated place: a non-territorial type, or a region,
    /// district or country that the gazetteer does not know as one (see `places`).
    func cannotBePlace(_ i: Int) -> Bool {
        guard let level = level[i], level != .city else { return false }
        return level == .nonTerritorial || places[i].isEmpty
    }

    /// How many times the next place's inhabitants the most populous of a name's places needs
    /// to be taken as the one the name means.
    static let dominance = 10

    /// The gazetteer places `node` is taken to be (see the type).
    static func places(of node: Node, names: [NameKey], level: TerritorialLevel?, country: String?,
                       in gazetteer: GazetteerIndex) -> [Int32] {
        switch level {
        case nil, .city?: break
        case .region?, .district?: if names[0].level != nil { return [] }
        case .country?, .nonTerritorial?: return []
        }
        if case .integer(let id)? = node.attributes[GeoFields.geonamesID], let place = gazetteer.place(geonamesID: id) {
            return [place]
        }
        var found = Set<Int32>()
        for key in names where key.core.count >= 3 { found.formUnion(gazetteer.places(named: key.core)) }
        if let country { found = found.filter { gazetteer.countries[Int($0)] == country } }
        let ranked = found.sorted {
            let x = gazetteer.gazetteer.places[Int($0)].population ?? 0, y = gazetteer.gazetteer.places[Int($1)].population ?? 0
            return x != y ? x > y : $0 < $1
        }
        if ranked.count >= 2, let first = gazetteer.gazetteer.places[Int(ranked[0])].population,
           first >= dominance * (gazetteer.gazetteer.places[Int(ranked[1])].population ?? 0) {
            return [ranked[0]]
        }
        return found.sorted()
    }
}
