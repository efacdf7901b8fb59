import Graph

/// The dataset `--weight distance` is measured on: see ``EdgeWeighting`` (`distance`).
public struct DistanceWeights: Sendable {
    /// The dataset with a `distance` attribute (km, a double) on every agreement, those whose
    /// ends are not both placed left out (their actors stay); the input itself when it had a
    /// `distance` attribute of its own.
    public let dataset: Dataset
    /// Agreements that got a great-circle distance (0 when the input's own was kept).
    public let measured: Int
    /// Agreements left out because an end has no place (or is not an actor of the dataset).
    public let unplaced: Int
    /// What the command should say: which distance is used and what was left without one.
    public let note: String?
}

extension EdgeWeighting {
    /// The value of `--weight` that means the great-circle distance between an agreement's ends.
    public static let distanceOption = "distance"

    /// The dataset a `--weight` value is measured on: `dataset` unchanged for any value but
    /// `distance`. For `distance`: when some agreement already has a `distance` attribute,
    /// that one is used as given (the note says so); else every agreement whose two ends have
    /// a place (``Places``: own `lat`/`lon` or a `within` node's) gets `distance` = its
    /// ``Haversine`` distance in km, and the others are **left out** of the returned dataset
    /// (their actors stay, and the note counts them and names a few). Decision: an agreement
    /// with no distance has no weight a measure could honestly read. Weighing it 1 (the rule for
    /// other attributes) would make it a one-kilometre shortcut for betweenness, closeness and
    /// paths, and a bond of one kilometre for strengths; so it is not in the measured graph at
    /// all. Throws a ``WeightOptionError`` when no agreement joins two placed actors, naming
    /// how to add places.
    ///
    /// O(n · h + m) (``PartnerDistances``).
    public static func distanceWeights(_ dataset: Dataset, option: String?) throws -> DistanceWeights {
        guard option == distanceOption else { return DistanceWeights(dataset: dataset, measured: 0, unplaced: 0, note: nil) }
        let own = dataset.agreements.lazy.filter { $0.attributes[distanceOption] != nil }.count
        if own > 0 {
            return DistanceWeights(dataset: dataset, measured: 0, unplaced: 0,
                                   note: "--weight distance: the input's own 'distance' attribute is used (\(own) of \(dataset.agreements.count) agreements have one), not the great-circle distance of the places")
        }
        let distances = PartnerDistances(dataset)
        if distances.distances.isEmpty && !dataset.agreements.isEmpty {
            let why = distances.places.isEmpty ? "no actor has a place" : "no agreement joins two actors with a place"
            throw WeightOptionError(description: "--weight distance: \(why); \(GeographyAdvice.howToPlace)")
        }
        var weighted = dataset
        var measured = [Bool](repeating: false, count: dataset.agreements.count)
        for d in distances.distances {
            weighted.agreements[d.agreement].attributes[distanceOption] = .double(d.kilometres)
            measured[d.agreement] = true
        }
        var note: String?
        if distances.leftOut > 0 {
            let left = dataset.agreements.indices.filter { !measured[$0] }
            let named = left.prefix(3).map { "'\(dataset.agreements[$0].id)' (\(dataset.agreements[$0].from) – \(dataset.agreements[$0].to))" }
            let more = left.count > named.count ? " and \(left.count - named.count) more" : ""
            note = "--weight distance: great-circle km between the ends' places; \(left.count) of \(dataset.agreements.count) agreement\(dataset.agreements.count == 1 ? "" : "s") left out of the measure, an end without a place: \(named.joined(separator: ", "))\(more) (\(GeographyAdvice.howToPlace))"
            weighted = weighted.keepingAgreements { measured[$0] }
        }
        return DistanceWeights(dataset: weighted, measured: distances.distances.count, unplaced: distances.leftOut, note: note)
    }
}

/// The one sentence that tells a user how to give actors a place.
public enum GeographyAdvice {
    public static let howToPlace = "give nodes 'lat' and 'lon' attributes in WGS84 degrees (also read as latitude/longitude, lat/lng), or put them within a node that has them"
}
