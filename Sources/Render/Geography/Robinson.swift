import Foundation

/// The Robinson projection as PROJ computes it (`+proj=robin`), on the unit sphere.
///
/// Robinson (1974) defined the projection by a table, not a formula: for every 5° of latitude
/// φ, the length of the parallel X(φ) (relative to the equator) and its distance from the
/// equator Y(φ) (relative to the pole's). Snyder (1993, *Flattening the Earth*, p. 214 ff.)
/// gives the table; the map is
///
///     x = 0.8487 X(φ) λ,    y = 1.3523 Y(φ) sign(φ)
///
/// with λ in radians and x, y in Earth radii (the equator runs to ±2.6663, the poles are lines
/// at y = ±1.3523). Between table rows PROJ evaluates, for the row i = ⌊|φ| / 5°⌋ and
/// t = |φ| − 5i in degrees, a cubic c0 + c1 t + c2 t² + c3 t³ whose coefficients it stores
/// per row (its interpolation, fitted by Gerald Evenden; see PROJ's `src/projections/robin.cpp`
/// and trac ticket #113). This file holds PROJ's coefficients as 32-bit floats, as PROJ does
/// (`float c0, c1, c2, c3`), and evaluates them in the same order, so it agrees with PROJ to
/// the last few bits.
///
/// References: A. H. Robinson (1974), "A new map projection: its development and
/// characteristics", International Yearbook of Cartography 14, 145–155; J. P. Snyder (1993),
/// *Flattening the Earth*, University of Chicago Press; PROJ, `robin.cpp`.
///
/// Complexity: O(1) per point (one table row, two cubics).
@usableFromInline
enum Robinson {
    /// One row's cubic: c0 + t (c1 + t (c2 + t c3)), t in degrees past the row's latitude.
    @usableFromInline
    struct Cubic: Sendable {
        @usableFromInline let c0, c1, c2, c3: Double
        init(_ c0: Float, _ c1: Float, _ c2: Float, _ c3: Float) {
            (self.c0, self.c1, self.c2, self.c3) = (Double(c0), Double(c1), Double(c2), Double(c3))
        }
        @inlinable func value(_ t: Double) -> Double { c0 + t * (c1 + t * (c2 + t * c3)) }
    }

    @usableFromInline static let fxc = 0.8487
    @usableFromInline static let fyc = 1.3523
    /// 1 / (5° in radians), PROJ's C1.
    @usableFromInline static let rowsPerRadian = 11.45915590261646417544
    /// 5° in radians, PROJ's RC1.
    @usableFromInline static let rowRadians = 0.08726646259971647884
    @usableFromInline static let radiansToDegrees = 57.295779513082321
    @usableFromInline static let lastRow = 18

    /// X(φ): rows for φ = 0°, 5°, … 90° (PROJ's X table).
    @usableFromInline static let xCubics: [Cubic] = [
        Cubic(1.0, 2.2199e-17, -7.15515e-05, 3.1103e-06),
        Cubic(0.9986, -0.000482243, -2.4897e-05, -1.3309e-06),
        Cubic(0.9954, -0.00083103, -4.48605e-05, -9.86701e-07),
        Cubic(0.99, -0.00135364, -5.9661e-05, 3.6777e-06),
        Cubic(0.9822, -0.00167442, -4.49547e-06, -5.72411e-06),
        Cubic(0.973, -0.00214868, -9.03571e-05, 1.8736e-08),
        Cubic(0.96, -0.00305085, -9.00761e-05, 1.64917e-06),
        Cubic(0.9427, -0.00382792, -6.53386e-05, -2.6154e-06),
        Cubic(0.9216, -0.00467746, -0.00010457, 4.81243e-06),
        Cubic(0.8962, -0.00536223, -3.23831e-05, -5.43432e-06),
        Cubic(0.8679, -0.00609363, -0.000113898, 3.32484e-06),
        Cubic(0.835, -0.00698325, -6.40253e-05, 9.34959e-07),
        Cubic(0.7986, -0.00755338, -5.00009e-05, 9.35324e-07),
        Cubic(0.7597, -0.00798324, -3.5971e-05, -2.27626e-06),
        Cubic(0.7186, -0.00851367, -7.01149e-05, -8.6303e-06),
        Cubic(0.6732, -0.00986209, -0.000199569, 1.91974e-05),
        Cubic(0.6213, -0.010418, 8.83923e-05, 6.24051e-06),
        Cubic(0.5722, -0.00906601, 0.000182, 6.24051e-06),
        Cubic(0.5322, -0.00677797, 0.000275608, 6.24051e-06),
    ]

    /// Y(φ): rows for φ = 0°, 5°, … 90° (PROJ's Y table).
    @usableFromInline static let yCubics: [Cubic] = [
        Cubic(-5.20417e-18, 0.0124, 1.21431e-18, -8.45284e-11),
        Cubic(0.062, 0.0124, -1.26793e-09, 4.22642e-10),
        Cubic(0.124, 0.0124, 5.07171e-09, -1.60604e-09),
        Cubic(0.186, 0.0123999, -1.90189e-08, 6.00152e-09),
        Cubic(0.248, 0.0124002, 7.10039e-08, -2.24e-08),
        Cubic(0.31, 0.0123992, -2.64997e-07, 8.35986e-08),
        Cubic(0.372, 0.0124029, 9.88983e-07, -3.11994e-07),
        Cubic(0.434, 0.0123893, -3.69093e-06, -4.35621e-07),
        Cubic(0.4958, 0.0123198, -1.02252e-05, -3.45523e-07),
        Cubic(0.5571, 0.0121916, -1.54081e-05, -5.82288e-07),
        Cubic(0.6176, 0.0119938, -2.41424e-05, -5.25327e-07),
        Cubic(0.6769, 0.011713, -3.20223e-05, -5.16405e-07),
        Cubic(0.7346, 0.0113541, -3.97684e-05, -6.09052e-07),
        Cubic(0.7903, 0.0109107, -4.89042e-05, -1.04739e-06),
        Cubic(0.8435, 0.0103431, -6.4615e-05, -1.40374e-09),
        Cubic(0.8936, 0.00969686, -6.4636e-05, -8.547e-06),
        Cubic(0.9394, 0.00840947, -0.000192841, -4.2106e-06),
        Cubic(0.9761, 0.00616527, -0.000256, -4.2106e-06),
        Cubic(1.0, 0.00328947, -0.000319159, -4.2106e-06),
    ]

    /// (λ, φ) in radians → (x, y) in Earth radii; φ is finite and within ±π/2.
    @inlinable
    static func project(lambda: Double, phi: Double) -> MapPoint {
        var dphi = abs(phi)
        let row = min(Int((dphi * rowsPerRadian + 1e-15).rounded(.down)), lastRow)
        dphi = radiansToDegrees * (dphi - rowRadians * Double(row))
        let x = xCubics[row].value(dphi) * fxc * lambda
        let y = yCubics[row].value(dphi) * fyc
        return MapPoint(x: x, y: phi < 0 ? -y : y)
    }
}
