import Graph

/// What part of a network a map shows: the actors with a place (`Places`: their own `lat` and
/// `lon`, or the place of a node they sit `within`) and the agreements among them. Applied
/// before `DiagramView`, so that an actor whose every partner has no place counts as an
/// isolate. The scope line says how many actors were left out for want of a place, and with
/// them how many agreements. O(n · h + m).
public struct MapView: Sendable {
    /// The actors with a place and the agreements among them.
    public let dataset: Dataset
    /// Actors left out: no place of their own nor on their `within` chain.
    public let unplaced: Int
    /// Agreements left out with them.
    public let unplacedAgreements: Int
    /// Actors drawn at the place of a node they sit within.
    public let inherited: Int

    public init(_ dataset: Dataset) {
        let places = Places(dataset)
        var kept = dataset.keepingNodes { places.points[$0] != nil }
        // Each kept node draws at its own place or its within's: stored as its own for the map.
        let index = dataset.nodeIndex()
        for i in kept.nodes.indices {
            if let original = index[kept.nodes[i].id], kept.nodes[i].location == nil {
                kept.nodes[i].location = places.points[original]
            }
        }
        self.dataset = kept
        unplaced = dataset.nodes.count - kept.nodes.count
        unplacedAgreements = dataset.agreements.count - kept.agreements.count
        inherited = places.inheritedCount
    }

    /// "map of 217 actors with a place (20 at the place they sit within); 386 actors without
    /// one left out, with their 500 agreements".
    public var scope: String {
        var text = "map of \(count(dataset.nodes.count, "actor")) with a place"
        if inherited > 0 { text += " (\(inherited) at the place they sit within)" }
        if unplaced > 0 {
            text += "; \(count(unplaced, "actor")) without a place (no lat/lon, none within) left out"
            if unplacedAgreements > 0 { text += ", with \(count(unplacedAgreements, "agreement"))" }
        }
        return text
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// Why a map cannot be drawn.
public enum MapError: Error, CustomStringConvertible {
    /// Actors without a place were given to the map (cut them with `MapView` first).
    case unplaced(Int)

    public var description: String {
        switch self {
        case .unplaced(let n): return "\(n) actors to draw on the map have no place (lat and lon, or a within that has them)"
        }
    }
}
