import Graph

/// A point on a projected map, in units of the Earth's radius (x east, y north).
///
/// Multiply by `MapProjection.earthRadius` for metres on the sphere PROJ uses with
/// `+R=6371008.8` (the mean radius of the GRS80 ellipsoid, IUGG).
public struct MapPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    @inlinable public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A world map projection: how a place on the sphere becomes a point on a flat map.
///
/// Both projections are pseudocylindrical, forward only, and computed on the sphere (not the
/// ellipsoid: at the scale of a world map the difference is below a pixel). Results are in
/// Earth radii; `metres(_:)` scales them by `earthRadius`, which matches PROJ's
/// `+proj=eqearth +R=6371008.8` and `+proj=robin +R=6371008.8`.
///
/// | name (`--projection`) | projection | file |
/// |---|---|---|
/// | `equal-earth` | Equal Earth (Šavrič, Patterson & Jenny 2018), equal-area | EqualEarth.swift |
/// | `robinson` | Robinson (1974) as PROJ tabulates it | Robinson.swift |
///
/// The central meridian `centralMeridian` (degrees, default 0) is drawn at x = 0; the seam
/// (the meridian opposite it) is the map's left and right edge. A longitude λ is taken
/// relative to the central meridian and wrapped into −180…180 only when it falls outside that
/// range, so a point given exactly at `centralMeridian ± 180` lands on the right (+) or left
/// (−) edge as asked: that is how `GreatCircle` ends the pieces of an arc cut by the seam.
///
/// Example: `MapProjection(.equalEarth).project(GeoPoint(latitude: 0, longitude: 180))` is
/// (2.706629, 0), the map's right end (PROJ: 17 243 959 m on the 6 371 008.8 m sphere).
public struct MapProjection: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case equalEarth = "equal-earth"
        case robinson = "robinson"
    }

    /// The sphere's radius in metres: PROJ's `+R=6371008.8`, the GRS80 mean radius.
    public static let earthRadius = 6_371_008.8

    public var kind: Kind
    /// Longitude (degrees east) drawn at x = 0.
    public var centralMeridian: Double

    public init(_ kind: Kind, centralMeridian: Double = 0) {
        self.kind = kind
        self.centralMeridian = centralMeridian
    }

    /// The projection a CLI name (`equal-earth`, `robinson`) stands for, nil for any other.
    public init?(name: String, centralMeridian: Double = 0) {
        guard let kind = Kind(rawValue: name) else { return nil }
        self.init(kind, centralMeridian: centralMeridian)
    }

    /// `point` on the map, in Earth radii.
    @inlinable
    public func project(_ point: GeoPoint) -> MapPoint {
        project(longitude: point.longitude, latitude: point.latitude)
    }

    /// (`longitude`, `latitude`) in degrees on the map, in Earth radii. Latitudes beyond ±90
    /// are clamped to the pole.
    @inlinable
    public func project(longitude: Double, latitude: Double) -> MapPoint {
        var lambda = longitude - centralMeridian
        if lambda > 180 || lambda < -180 {
            lambda -= 360 * (lambda / 360).rounded()
        }
        let lambdaRadians = lambda * (Double.pi / 180)
        let phi = min(max(latitude, -90), 90) * (Double.pi / 180)
        switch kind {
        case .equalEarth: return EqualEarth.project(lambda: lambdaRadians, phi: phi)
        case .robinson: return Robinson.project(lambda: lambdaRadians, phi: phi)
        }
    }

    /// `point` in metres on the sphere of radius `earthRadius`.
    @inlinable
    public static func metres(_ point: MapPoint) -> MapPoint {
        MapPoint(x: point.x * earthRadius, y: point.y * earthRadius)
    }

    /// Half the map's width and height in Earth radii: x runs over −halfWidth…halfWidth (the
    /// equator's ends), y over −halfHeight…halfHeight (the poles).
    public var halfExtent: (width: Double, height: Double) {
        let zero = MapProjection(kind)
        return (zero.project(longitude: 180, latitude: 0).x, zero.project(longitude: 0, latitude: 90).y)
    }
}
