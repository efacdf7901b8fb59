import Foundation
import Graph

/// The great-circle distance between two places on a sphere of the Earth's mean radius.
///
/// Definition: d = R · θ, with θ the central angle between the two places
/// (`GeoPoint.centralAngle(to:)`, the haversine formula; its accuracy is said there) and
/// R = 6,371.0088 km, the mean Earth radius R₁ = (2a + b) / 3 of the IUGG (H. Moritz,
/// "Geodetic Reference System 1980", Journal of Geodesy 74, 2000), the radius geopy's and
/// scikit-learn's haversine use in kilometres. The distance is on the sphere, not the WGS84
/// ellipsoid: it differs from the geodesic by up to about 0.5%, far below the precision a
/// twinning question needs. Self-pairs give exactly 0.
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
    public static let earthRadius = GeoPoint.meanEarthRadius

    /// The great-circle distance between `a` and `b` in kilometres, on a sphere of radius
    /// `radius` (default ``earthRadius``).
    @inlinable
    public static func kilometres(_ a: GeoPoint, _ b: GeoPoint, radius: Double = earthRadius) -> Double {
        radius * a.centralAngle(to: b)
    }
}
