/// What `render --layout geo` draws: the projection and how much of the world the frame holds.
public struct GeoMapOptions: Hashable, Sendable {
    /// How much of the world a map shows.
    public enum Extent: String, Hashable, Sendable, CaseIterable {
        /// The whole world, out to the projection's edge.
        case world
        /// The places drawn and their arcs, with a margin.
        case data
    }

    public var projection: MapProjection
    public var extent: Extent

    public init(projection: MapProjection = MapProjection(.equalEarth), extent: Extent = .data) {
        self.projection = projection
        self.extent = extent
    }
}
