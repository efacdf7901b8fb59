import Foundation

/// The Equal Earth projection on the unit sphere (Šavrič, Patterson & Jenny 2018).
///
/// An equal-area pseudocylindrical projection: parallels are straight, meridians are curves
/// of a polynomial in the parametric latitude θ, where sin θ = (√3/2) sin φ:
///
///     x = 2√3 λ cos θ / (3 (9 A4 θ⁸ + 7 A3 θ⁶ + 3 A2 θ² + A1))
///     y = A4 θ⁹ + A3 θ⁷ + A2 θ³ + A1 θ
///
/// with A1 = 1.340264, A2 = −0.081106, A3 = 0.000893, A4 = 0.003796 (the paper's eq. 2 and
/// Table 1). λ and φ are in radians; x and y in Earth radii (the map of the equator runs to
/// ±2.7066, the poles are lines at y = ±1.3174).
///
/// Paper: B. Šavrič, T. Patterson & B. Jenny (2018), "The Equal Earth map projection",
/// International Journal of Geographical Information Science 33(3), 454–465,
/// doi:10.1080/13658816.2018.1504949. PROJ implements it as `eqearth` (the spherical case,
/// `+R`, is the formula above; the written form `x = λ cos θ / (M (A1 + 3A2θ² + θ⁶(7A3 +
/// 9A4θ²)))`, M = √3/2, is PROJ's and is the same number).
///
/// Complexity: O(1) per point (one asin, one cos).
@usableFromInline
enum EqualEarth {
    @usableFromInline static let a1 = 1.340264
    @usableFromInline static let a2 = -0.081106
    @usableFromInline static let a3 = 0.000893
    @usableFromInline static let a4 = 0.003796
    @usableFromInline static let m = 3.0.squareRoot() / 2

    /// (λ, φ) in radians → (x, y) in Earth radii.
    @inlinable
    static func project(lambda: Double, phi: Double) -> MapPoint {
        let theta = asin(m * sin(phi))
        let theta2 = theta * theta
        let theta6 = theta2 * theta2 * theta2
        let x = lambda * cos(theta) / (m * (a1 + 3 * a2 * theta2 + theta6 * (7 * a3 + 9 * a4 * theta2)))
        let y = theta * (a1 + a2 * theta2 + theta6 * (a3 + a4 * theta2))
        return MapPoint(x: x, y: y)
    }
}
