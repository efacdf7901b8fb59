/// Coordinates as Graphviz reads them in `pos`, `bb` and xdot text: plain decimals, at most a
/// given number of digits after the point, no trailing zeros, never an exponent (Graphviz's
/// `strtod` would read `1e-5`, but the xdot and `pos` writers of other tools do not) and never
/// `-0`. Written by integer arithmetic: the maps write tens of thousands of coordinates.
enum CoordinateText {
    /// `value` rounded to `decimals` digits after the point (0…6).
    static func number(_ value: Double, decimals: Int) -> String {
        var text = ""
        append(value, decimals: decimals, to: &text)
        return text
    }

    /// `x,y`.
    static func append(_ point: MapPoint, decimals: Int, to text: inout String) {
        append(point.x, decimals: decimals, to: &text)
        text += ","
        append(point.y, decimals: decimals, to: &text)
    }

    static func append(_ value: Double, decimals: Int, to text: inout String) {
        let scale = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000][min(max(decimals, 0), 6)]
        guard value.isFinite, abs(value) < 1e12 else { text += "0"; return }
        let scaled = Int((value * Double(scale)).rounded())
        if scaled < 0 { text += "-" }
        let magnitude = scaled.magnitude
        text += String(magnitude / UInt(scale))
        var fraction = magnitude % UInt(scale)
        guard fraction != 0 else { return }
        var digits = decimals
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let written = String(fraction)
        text += "."
        text += String(repeating: "0", count: digits - written.count)
        text += written
    }
}
