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
        var bytes: [UInt8] = []
        append(value, decimals: decimals, to: &bytes)
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// `x,y` as bytes.
    static func append(_ point: MapPoint, decimals: Int, to bytes: inout [UInt8]) {
        append(point.x, decimals: decimals, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        append(point.y, decimals: decimals, to: &bytes)
    }

    /// `value` as bytes: digits written by hand, the hot path of maps with many edges.
    static func append(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        let decimals = min(max(decimals, 0), 6)
        let scale = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000][decimals]
        guard value.isFinite, abs(value) < 1e12 else { bytes.append(UInt8(ascii: "0")); return }
        let scaled = Int((value * Double(scale)).rounded())
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = scaled.magnitude
        var digits = decimals
        // Drop the fraction's trailing zeros.
        while digits > 0 && magnitude % 10 == 0 { magnitude /= 10; digits -= 1 }
        var reversed: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                       UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &reversed) { buffer in
            repeat {
                if count == digits && digits > 0 { buffer[count] = UInt8(ascii: "."); count += 1 }
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0 || count <= digits
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }
}
