import Graph

/// A `Gazetteer` indexed for matching: each place's names by their `NameKey.core`, and its
/// country folded.
///
/// A name finds every place that carries it (Brest finds Brest in Belarus and Brest in France);
/// matching narrows that by the actor's country and by its `geonames_id` attribute
/// (`MatchSide`). Complexity: O(total length of the names) to build, O(1) expected per look-up.
public struct GazetteerIndex: Sendable {
    public let gazetteer: Gazetteer
    /// Each place's country, folded (`NameKey.fold`).
    let countries: [String]
    let placesByKey: [String: [Int32]]
    let placeByGeonamesID: [Int: Int32]

    public init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        countries = gazetteer.places.map { NameKey.fold($0.country) }
        var byKey: [String: [Int32]] = [:], byID: [Int: Int32] = [:]
        for (i, place) in gazetteer.places.enumerated() {
            byID[place.geonamesID] = Int32(i)
            var keys = Set<String>()
            for name in place.allNames {
                let key = NameKey(name).core
                if key.count >= 3 { keys.insert(key) }
            }
            for key in keys { byKey[key, default: []].append(Int32(i)) }
        }
        placesByKey = byKey
        placeByGeonamesID = byID
    }

    /// The places a name key (a `NameKey.core`) names.
    func places(named key: String) -> [Int32] { placesByKey[key] ?? [] }

    /// The place with this GeoNames id, if listed.
    func place(geonamesID: Int) -> Int32? { placeByGeonamesID[geonamesID] }
}
