import Foundation

/// Colour-blind-safe categorical palettes.
///
/// - Okabe, M. & Ito, K. (2002), "Color Universal Design (CUD): how to make figures and
///   presentations that are friendly to colorblind people", https://jfly.uni-koeln.de/color/
///   — eight colours distinguishable under every common colour-vision deficiency.
/// - Tol, P. (2021), "Colour Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2,
///   https://personal.sron.nl/~pault/ — the *muted* (9 colours) and *light* (9 colours)
///   qualitative schemes, and the *YlOrBr* sequential scheme.
public enum Palette {
    /// Okabe–Ito, black replaced by grey so that black labels stay readable on every fill.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                  "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    public static let tolMuted = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
                                  "#882255", "#44AA99", "#999933", "#AA4499"]
    public static let tolLight = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF",
                                  "#44BB99", "#BBCC33", "#AAAA00", "#DDDDDD"]
    /// Tol's YlOrBr sequential scheme, light to dark, for numeric attributes.
    public static let tolYlOrBr = ["#FFFFE5", "#FFF7BC", "#FEE391", "#FEC44F", "#FB9A29",
                                   "#EC7014", "#CC4C02", "#993404", "#662506"]
    /// Tol's colour for "no data": a pale grey that no palette uses.
    public static let missing = "#DDDDDD"
    /// A darker grey for categories beyond the palette ("other"), distinct from `missing`.
    public static let other = "#AAAAAA"

    /// The colours for `count` categories: Okabe–Ito up to eight, Tol muted for nine, then
    /// muted followed by light (18 colours; categories beyond share `missing` as "other").
    public static func categorical(count: Int) -> [String] {
        if count <= okabeIto.count { return okabeIto }
        if count <= tolMuted.count { return tolMuted }
        return tolMuted + tolLight.filter { $0 != missing }
    }
}

/// Small colour arithmetic on `#RRGGBB` strings.
enum ColorMath {
    /// Red, green, blue in 0...1, or nil for a named colour.
    static func components(_ hex: String) -> (Double, Double, Double)? {
        guard hex.hasPrefix("#"), hex.count == 7 || hex.count == 9,
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
