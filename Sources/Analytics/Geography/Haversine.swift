import Foundation
import Graph

/// The great-circle distance between two places on a sphere of the Earth's mean radius.
///
/// Definition (the haversine formula), with φ latitude and λ longitude in radians:
///
///     h = sin²((φ₂ − φ₁) / 2) + cos φ₁ · cos φ₂ · sin²((λ₂ − λ₁) / 2)
///     d = 2 R · asin(min(1, √h))
///
/// R = 6,371.0088 km, the mean Earth radius R₁ = (2a + b) / 3 of the IUGG (H. Moritz,
/// "Geodetic Reference System 1980", Journal of Geodesy 74, 2000), the radius geopy's and
/// scikit-learn's haversine use in kilometres.
///
/// The haversine form (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2),
/// 1984) is well conditioned for near points, where the spherical law of cosines loses every
/// digit (1 − cos d ≈ d²/2 in doubles); `min(1, ·)` keeps rounding from taking √h past 1 for
/// antipodal points, where asin would answer NaN. Near antipodes asin is ill-conditioned: a
/// rounding of h by one ulp moves the result by about 1e-4 km (the atan2 form does no
/// better), which is the accuracy there; elsewhere it is a few ulps. The distance is on the sphere, not the
/// WGS84 ellipsoid: it differs from the geodesic by up to about 0.5%, far below the
/// precision a twinning question needs. Self-pairs give exactly 0.
///
/// ```swift
/// let minsk = GeoPoint(latitude: 53.9, longitude: 27.5667)
/// let harbin = GeoPoint(latitude: 45.75, longitude: 126.65)
/// Haversine.kilometres(minsk, harbin)   // 6569.2724… km (HaversineTests checks it against Python)
/// ```
///
/// Complexity: O(1).
public enum Haversine {
    /// The mean Earth radius R₁ of the IUGG, in kilometres.
    public static let earthRadius = 6371.0088

    /// The great-circle distance between `a` and `b` in kilometres, on a sphere of radius
    /// `radius` (default ``earthRadius``).
    @inlinable
    public static func kilometres(_ a: GeoPoint, _ b: GeoPoint, radius: Double = earthRadius) -> Double {
        let φ1 = a.latitude * .pi / 180, φ2 = b.latitude * .pi / 180
        // Differences taken in degrees: exact for near points, where radians would cancel.
        let dφ = (b.latitude - a.latitude) * .pi / 180, dλ = (b.longitude - a.longitude) * .pi / 180
        let sφ = sin(dφ / 2), sλ = sin(dλ / 2)
        let h = sφ * sφ + cos(φ1) * cos(φ2) * sλ * sλ
        return 2 * radius * asin(min(1, h.squareRoot()))
    }
}
