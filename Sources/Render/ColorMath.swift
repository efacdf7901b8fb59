import Foundation
import Tables

/// Small colour arithmetic on `#RRGGBB` strings.
enum ColorMath {
    /// Red, green, blue in 0...1, or nil for a named colour.
    static func components(_ hex: String) -> (Double, Double, Double)? {
        guard hex.hasPrefix("#"), hex.count == 7 || hex.count == 9, hex.dropFirst().allSatisfy(\.isHexDigit),
              let value = UInt32(hex.dropFirst().prefix(6), radix: 16) else { return nil }
        return (Double(value >> 16 & 0xFF) / 255, Double(value >> 8 & 0xFF) / 255, Double(value & 0xFF) / 255)
    }

    /// WCAG relative luminance: decides whether a label on this fill should be white.
    static func isDark(_ hex: String) -> Bool {
        guard let (r, g, b) = components(hex) else { return false }
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        // Black text reaches 4.5:1 contrast above luminance 0.175, white below it.
        return luminance < 0.175
    }

    /// `#RRGGBB` with an alpha byte appended (Graphviz reads `#RRGGBBAA`).
    static func withAlpha(_ hex: String, _ alpha: Double) -> String {
        guard components(hex) != nil else { return hex }
        let byte = Int((min(max(alpha, 0), 1) * 255).rounded())
        let digits = String(byte, radix: 16, uppercase: true)
        return String(hex.prefix(7)) + (digits.count == 1 ? "0" + digits : digits)
    }

    /// The colour at `t` in 0...1 along `ramp`, interpolated in sRGB.
    static func interpolate(_ ramp: [String], at t: Double) -> String {
        guard ramp.count > 1 else { return ramp.first ?? Palette.missing }
        let position = min(max(t, 0), 1) * Double(ramp.count - 1)
        let low = Int(position.rounded(.down)), high = min(low + 1, ramp.count - 1)
        guard let a = components(ramp[low]), let b = components(ramp[high]) else { return ramp[low] }
        let f = position - Double(low)
        func channel(_ x: Double, _ y: Double) -> String {
            let v = Int(((x + (y - x) * f) * 255).rounded())
            let digits = String(v, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2)
    }
}
