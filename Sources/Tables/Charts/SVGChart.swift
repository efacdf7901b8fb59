import Foundation
import Graph

/// Small, dependency-free SVG charts for reports: stacked bars (agreements per year by
/// kind) and lines (a measure over the years). The SVG is self-contained, scales to its
/// container (`viewBox`), and every mark carries a `<title>` so hovering shows its value.
public enum SVGChart {
    /// One named series of values, aligned with the chart's categories.
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        public var color: String

        public init(name: String, values: [Double], color: String) {
            self.name = name
            self.values = values
            self.color = color
        }
    }

    /// Series for a stacked chart of many categories: the `limit − 1` largest (by total) keep
    /// their own Okabe–Ito colour, in order of size, and the rest are summed into one series
    /// "other (N)" in `Palette.other`, so that no two stacked colours are alike; all of them
    /// when they fit in `limit`. Ties go by name.
    public static func foldedSeries(_ named: [(name: String, values: [Double])], limit: Int = Palette.okabeIto.count) -> [Series] {
        let ranked = named.enumerated().sorted { a, b in
            let x = a.element.values.reduce(0, +), y = b.element.values.reduce(0, +)
            return x != y ? x > y : a.element.name < b.element.name
        }.map(\.element)
        let kept = ranked.count <= limit ? ranked : Array(ranked.prefix(max(limit - 1, 0)))
        let colours = Palette.okabeIto
        var series = kept.enumerated().map { i, s in Series(name: s.name, values: s.values, color: colours[i % colours.count]) }
        let rest = ranked.dropFirst(kept.count)
        if let length = rest.map(\.values.count).max() {
            let sum = (0..<length).map { i in rest.reduce(0.0) { $0 + ($1.values.indices.contains(i) ? $1.values[i] : 0) } }
            series.append(Series(name: "other (\(rest.count))", values: sum, color: Palette.other))
        }
        return series
    }

    static let width = 760.0, height = 320.0
    static let margin = (left: 56.0, right: 170.0, top: 24.0, bottom: 44.0)

    /// Bars stacked per category (e.g. per year), one colour per series, with a legend.
    public static func stackedBars(title: String, categories: [String], series: [Series], yLabel: String) -> String {
        let totals = categories.indices.map { i in series.reduce(0) { $0 + ($1.values.indices.contains(i) ? $1.values[i] : 0) } }
        let top = niceMaximum(totals.max() ?? 0)
        var svg = header(title: title)
        svg += axes(top: top, yLabel: yLabel)
        let plotWidth = width - margin.left - margin.right
        let slot = plotWidth / Double(max(categories.count, 1))
        let barWidth = max(1, slot * 0.8)
        for (i, category) in categories.enumerated() {
            var base = 0.0
            let x = margin.left + Double(i) * slot + (slot - barWidth) / 2
            for s in series where s.values.indices.contains(i) && s.values[i] > 0 {
                let v = s.values[i]
                let y0 = yPosition(base, top: top), y1 = yPosition(base + v, top: top)
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y1))\" width=\"\(f(barWidth))\" height=\"\(f(y0 - y1))\" fill=\"\(XMLText.escaped(s.color))\">"
                svg += "<title>\(XMLText.escaped(category)): \(XMLText.escaped(s.name)) \(number(v))</title></rect>\n"
                base += v
            }
        }
        svg += categoryLabels(categories, slot: slot)
        svg += legend(series)
        return svg + "</svg>\n"
    }

    /// One line per series over the categories, with points that show their values.
    public static func lines(title: String, categories: [String], series: [Series], yLabel: String) -> String {
        let top = niceMaximum(series.flatMap(\.values).filter(\.isFinite).max() ?? 0)
        var svg = header(title: title)
        svg += axes(top: top, yLabel: yLabel)
        let plotWidth = width - margin.left - margin.right
        let slot = plotWidth / Double(max(categories.count, 1))
        for s in series {
            var points: [(Double, Double, Double, String)] = []
            for (i, category) in categories.enumerated() where s.values.indices.contains(i) && s.values[i].isFinite {
                points.append((margin.left + (Double(i) + 0.5) * slot, yPosition(s.values[i], top: top), s.values[i], category))
            }
            if points.count > 1 {
                svg += "<polyline fill=\"none\" stroke=\"\(XMLText.escaped(s.color))\" stroke-width=\"2\" points=\""
                svg += points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ") + "\"/>\n"
            }
            for p in points {
                svg += "<circle cx=\"\(f(p.0))\" cy=\"\(f(p.1))\" r=\"3\" fill=\"\(XMLText.escaped(s.color))\"><title>\(XMLText.escaped(p.3)): \(XMLText.escaped(s.name)) \(number(p.2))</title></circle>\n"
            }
        }
        svg += categoryLabels(categories, slot: slot)
        svg += legend(series)
        return svg + "</svg>\n"
    }

    // MARK: Parts

    private static func header(title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(XMLText.escaped(title))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
            + "<title>\(XMLText.escaped(title))</title>\n"
            + "<text x=\"\(f(margin.left))\" y=\"15\" font-size=\"13\" font-weight=\"bold\">\(XMLText.escaped(title))</text>\n"
    }

    private static func axes(top: Double, yLabel: String) -> String {
        var svg = ""
        let x0 = margin.left, x1 = width - margin.right
        for k in 0...4 {
            let v = top * Double(k) / 4
            let y = yPosition(v, top: top)
            svg += "<line x1=\"\(f(x0))\" x2=\"\(f(x1))\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(f(x0 - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(number(v))</text>\n"
        }
        svg += "<text transform=\"translate(14 \(f((margin.top + height - margin.bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(XMLText.escaped(yLabel))</text>\n"
        return svg
    }

    /// Category labels, thinned so that they never overlap.
    private static func categoryLabels(_ categories: [String], slot: Double) -> String {
        let step = max(1, Int((34 / slot).rounded(.up)))
        var svg = ""
        for (i, category) in categories.enumerated() where i % step == 0 {
            let x = margin.left + (Double(i) + 0.5) * slot
            svg += "<text x=\"\(f(x))\" y=\"\(f(height - margin.bottom + 16))\" text-anchor=\"middle\">\(XMLText.escaped(category))</text>\n"
        }
        return svg
    }

    private static func legend(_ series: [Series]) -> String {
        var svg = ""
        let x = width - margin.right + 14
        for (i, s) in series.enumerated() {
            let y = margin.top + 8 + Double(i) * 16
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"10\" height=\"10\" fill=\"\(XMLText.escaped(s.color))\"/>"
            svg += "<text x=\"\(f(x + 15))\" y=\"\(f(y))\">\(XMLText.escaped(s.name))</text>\n"
        }
        return svg
    }

    static func yPosition(_ value: Double, top: Double) -> Double {
        let plotHeight = height - margin.top - margin.bottom
        return height - margin.bottom - (top > 0 ? value / top * plotHeight : 0)
    }

    /// A round number at or above `value` for the top of the axis (1, 2, 2.5 or 5 × 10^k).
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }

    private static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.3g", x)
    }
}
