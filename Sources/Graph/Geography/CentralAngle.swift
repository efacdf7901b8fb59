import Foundation

/// The central angle between two places: the angle at the Earth's centre between the rays to
/// them, in radians. Times a sphere's radius it is the great-circle distance (`Haversine` in
/// Analytics); a map's arcs sample the same circle (`GreatCircle` in Render).
///
/// Definition (the haversine formula), with φ latitude and λ longitude in radians:
///
///     h = sin²((φ₂ − φ₁) / 2) + cos φ₁ · cos φ₂ · sin²((λ₂ − λ₁) / 2)
///     θ = 2 · asin(min(1, √h))
///
/// The haversine form (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2),
/// 1984) is well conditioned for near points, where the spherical law of cosines loses every
/// digit (1 − cos θ ≈ θ²/2 in doubles); `min(1, ·)` keeps rounding from taking √h past 1 for
/// antipodal points, where asin would answer NaN. Near antipodes asin is ill-conditioned: a
/// rounding of h by one ulp moves θ by about 2e-8 rad (1e-4 km on the Earth; the atan2 form
/// does no better), which is the accuracy there; elsewhere it is a few ulps. Identical places
/// give exactly 0.
///
/// Complexity: O(1).
extension GeoPoint {
    /// The mean Earth radius R₁ = (2a + b) / 3 of the IUGG, in kilometres (H. Moritz, "Geodetic
    /// Reference System 1980", Journal of Geodesy 74, 2000): the one home of the radius that
    /// turns central angles into kilometres (`Haversine`, the merge's place comparison).
    public static let meanEarthRadius = 6371.0088

    /// The central angle from this place to `other`, in radians (0…π).
    @inlinable
    public func centralAngle(to other: GeoPoint) -> Double {
        let φ1 = latitude * .pi / 180, φ2 = other.latitude * .pi / 180
        // Differences taken in degrees: exact for near points, where radians would cancel.
        let dφ = (other.latitude - latitude) * .pi / 180, dλ = (other.longitude - longitude) * .pi / 180
        let sφ = sin(dφ / 2), sλ = sin(dλ / 2)
        let h = sφ * sφ + cos(φ1) * cos(φ2) * sλ * sλ
        return 2 * asin(min(1, h.squareRoot()))
    }
}
