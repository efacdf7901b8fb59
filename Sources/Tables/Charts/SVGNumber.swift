import Foundation

/// How the charts write numbers: coordinates with one decimal, values as integers when they
/// are whole (up to 10^15) and with three significant digits otherwise.
enum SVGNumber {
    /// A coordinate: `12.3`.
    static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    /// A value for an axis or a tooltip: `12`, `0.125`, `1.23e+16`.
    static func value(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.3g", x)
    }
}
