/// Where each actor of a dataset is drawn and measured from: its own place (`lat`, `lon`),
/// else the place of the nearest node on its `within` chain that has one (a firm within a
/// city, a university within Minsk). Actors with neither have no place.
///
/// *Decision:* only `within` lends a place, never the `country` field: a firm known only to be
/// Belarusian is not put at Minsk. Maps and distance tables count the actors left without a
/// place and say so.
///
/// Complexity: O(n · h) to build, h the depth of the deepest `within` chain.
public struct Places: Sendable {
    /// How an actor got its place.
    public enum Origin: Hashable, Sendable {
        /// Its own `lat` and `lon`.
        case own
        /// The place of the node at this index, on its `within` chain.
        case within(Int)
    }

    /// Each node's place (by node index), nil when it has none.
    public let points: [GeoPoint?]
    /// How each node's place was found, nil when it has none.
    public let origins: [Origin?]

    public init(_ dataset: Dataset) {
        let index = dataset.nodeIndex()
        let own = dataset.nodes.map { node -> GeoPoint? in
            guard let point = node.location, point.isValid else { return nil }
            return point
        }
        var points = own
        var origins = own.map { $0 == nil ? nil : Origin.own }
        for i in dataset.nodes.indices where own[i] == nil {
            var seen: Set<Int> = [i]
            var v = dataset.nodes[i].within.flatMap { index[$0] }
            while let at = v, seen.insert(at).inserted {
                if let point = own[at] {
                    points[i] = point
                    origins[i] = .within(at)
                    break
                }
                v = dataset.nodes[at].within.flatMap { index[$0] }
            }
        }
        self.points = points
        self.origins = origins
    }

    /// The number of actors with a place.
    public var placedCount: Int { points.lazy.filter { $0 != nil }.count }

    /// The number of actors placed through `within` rather than by their own coordinates.
    public var inheritedCount: Int {
        origins.lazy.filter { if case .within? = $0 { return true } else { return false } }.count
    }

    /// True when some actor has a place.
    public var isEmpty: Bool { !points.contains { $0 != nil } }
}
