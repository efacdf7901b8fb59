import Foundation
import Graph

/// Small, dependency-free SVG charts for reports: stacked bars (agreements per year by
/// kind) and lines (a measure over the years). The SVG is self-contained, scales to its
/// container (`viewBox`), and every mark carries a `<title>` so hovering shows its value.
///
/// Text is placed by `ChartLayout`, which measures it with `TextExtent`: nothing is drawn
/// outside the `viewBox`. Series are told apart by more than hue (`SeriesStyle.swift`'s rule):
/// lines by dash pattern and marker shape, stacked bars by hatch pattern; legends show the same.
public enum SVGChart {
    /// One named series of values, aligned with the chart's categories (a non-finite value is
    /// no value: no bar, no point, and a gap in the line).
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }

        func value(at index: Int) -> Double? {
            values.indices.contains(index) && values[index].isFinite ? values[index] : nil
        }
    }

    /// Bars stacked per category (e.g. per year), one `BarStyle` per series, with a legend
    /// listing the series from the top of the stack down. The first series is at the bottom
    /// of each bar. More than `BarStyle.all.count` series are first folded by `foldedSeries`
    /// (the rest named by `restName`), so no style repeats; fewer are drawn in the order given. `id` (letters, digits, dashes) prefixes the ids of the hatch patterns: give
    /// each chart of one page its own.
    public static func stackedBars(id: String, title: String, categories: [String], series: [Series], yLabel: String,
                                   restName: (Int) -> String = { "other (\($0))" }) -> String {
        let series = series.count > BarStyle.all.count ? foldedSeries(series, limit: BarStyle.all.count, restName: restName) : series
        let totals = categories.indices.map { i in series.reduce(0) { $0 + ($1.value(at: i).map { max($0, 0) } ?? 0) } }
        let axis = ChartAxis(maximum: totals.max() ?? 0, integral: series.allSatisfy { $0.values.allSatisfy { !$0.isFinite || $0 == $0.rounded() } })
        let layout = ChartLayout(title: title, yLabel: yLabel, tickLabels: axis.ticks.map(SVGNumber.value),
                                 categories: categories, legendNames: series.reversed().map(\.name))
        let patternIDs = series.indices.map { "\(elementID(id))-pattern-\($0)" }
        var svg = header(title: title, layout)
        let definitions = series.indices.compactMap { i in
            BarStyle.of(i).pattern.definition(id: patternIDs[i], fill: BarStyle.of(i).fill, ink: BarStyle.of(i).ink)
        }
        if !definitions.isEmpty { svg += "<defs>" + definitions.joined() + "</defs>\n" }
        svg += axes(axis, layout)
        let barWidth = min(max(1, layout.slot * 0.8), 48)
        for (i, category) in categories.enumerated() {
            var base = 0.0
            let x = layout.centre(of: i) - barWidth / 2
            for (k, s) in series.enumerated() {
                guard let v = s.value(at: i), v > 0 else { continue }
                let y0 = axis.position(base, bottom: layout.plotBottom, top: layout.plotTop)
                let y1 = axis.position(base + v, bottom: layout.plotBottom, top: layout.plotTop)
                svg += "<rect x=\"\(SVGNumber.f(x))\" y=\"\(SVGNumber.f(y1))\" width=\"\(SVGNumber.f(barWidth))\" height=\"\(SVGNumber.f(y0 - y1))\" "
                    + "fill=\"\(XMLText.escaped(BarStyle.of(k).paint(patternID: patternIDs[k])))\" stroke=\"#FFFFFF\" stroke-width=\"0.5\">"
                svg += "<title>\(XMLText.escaped(category)): \(XMLText.escaped(s.name)) \(SVGNumber.value(v))</title></rect>\n"
                base += v
            }
        }
        svg += categoryLabels(layout)
        let samples = series.indices.reversed().map { k in
            { (x: Double, y: Double) in
                "<rect x=\"\(SVGNumber.f(x))\" y=\"\(SVGNumber.f(y - 6))\" width=\"\(SVGNumber.f(ChartLayout.legendSampleWidth))\" height=\"12\" "
                    + "fill=\"\(XMLText.escaped(BarStyle.of(k).paint(patternID: patternIDs[k])))\" stroke=\"#666666\" stroke-width=\"0.5\"/>"
            }
        }
        svg += legend(series.reversed().map(\.name), samples: samples, layout)
        return svg + "</svg>\n"
    }

    /// One line per series over the categories, in `LineStyle.of(i)`: a dash pattern, a marker
    /// at every value, a colour. A missing value breaks the line.
    public static func lines(title: String, categories: [String], series: [Series], yLabel: String) -> String {
        let values = series.flatMap(\.values).filter(\.isFinite)
        let axis = ChartAxis(maximum: values.max() ?? 0, integral: values.allSatisfy { $0 == $0.rounded() })
        let layout = ChartLayout(title: title, yLabel: yLabel, tickLabels: axis.ticks.map(SVGNumber.value),
                                 categories: categories, legendNames: series.map(\.name))
        var svg = header(title: title, layout)
        svg += axes(axis, layout)
        for (k, s) in series.enumerated() {
            let style = LineStyle.of(k)
            var run: [(Double, Double)] = []
            func flush() {
                if run.count > 1 { svg += polyline(run, style) }
                run = []
            }
            for i in categories.indices {
                guard let v = s.value(at: i) else { flush(); continue }
                run.append((layout.centre(of: i), axis.position(v, bottom: layout.plotBottom, top: layout.plotTop)))
            }
            flush()
            for (i, category) in categories.enumerated() {
                guard let v = s.value(at: i) else { continue }
                let tooltip = "\(XMLText.escaped(category)): \(XMLText.escaped(s.name)) \(SVGNumber.value(v))"
                svg += style.marker.svg(x: layout.centre(of: i), y: axis.position(v, bottom: layout.plotBottom, top: layout.plotTop),
                                        color: style.color, tooltip: tooltip) + "\n"
            }
        }
        svg += categoryLabels(layout)
        let samples = series.indices.map { k in
            { (x: Double, y: Double) in
                let style = LineStyle.of(k)
                return polyline([(x, y), (x + ChartLayout.legendSampleWidth, y)], style)
                    + style.marker.svg(x: x + ChartLayout.legendSampleWidth / 2, y: y, color: style.color)
            }
        }
        svg += legend(series.map(\.name), samples: samples, layout)
        return svg + "</svg>\n"
    }

    // MARK: Parts

    private static func header(title: String, _ layout: ChartLayout) -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(SVGNumber.f(ChartLayout.width)) \(SVGNumber.f(layout.height))\" "
            + "role=\"img\" aria-label=\"\(XMLText.escaped(title))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"\(SVGNumber.f(ChartLayout.fontSize))\">\n"
            + "<title>\(XMLText.escaped(title))</title>\n"
        for (i, line) in layout.titleLines.enumerated() {
            let y = layout.titleBaseline + Double(i) * ChartLayout.titleLineHeight
            svg += "<text x=\"\(SVGNumber.f(ChartLayout.edge))\" y=\"\(SVGNumber.f(y))\" font-size=\"\(SVGNumber.f(ChartLayout.titleFontSize))\" font-weight=\"bold\">\(XMLText.escaped(line))</text>\n"
        }
        return svg
    }

    private static func axes(_ axis: ChartAxis, _ layout: ChartLayout) -> String {
        var svg = ""
        for v in axis.ticks {
            let y = axis.position(v, bottom: layout.plotBottom, top: layout.plotTop)
            svg += "<line x1=\"\(SVGNumber.f(layout.plotLeft))\" x2=\"\(SVGNumber.f(layout.plotRight))\" y1=\"\(SVGNumber.f(y))\" y2=\"\(SVGNumber.f(y))\" stroke=\"#DDDDDD\"/>"
            svg += "<text x=\"\(SVGNumber.f(layout.plotLeft - 6))\" y=\"\(SVGNumber.f(y + 4))\" text-anchor=\"end\">\(SVGNumber.value(v))</text>\n"
        }
        if !layout.yLabel.isEmpty {
            let y = (layout.plotTop + layout.plotBottom) / 2
            svg += "<text transform=\"translate(\(SVGNumber.f(layout.yLabelX)) \(SVGNumber.f(y))) rotate(-90)\" text-anchor=\"middle\">\(XMLText.escaped(layout.yLabel))</text>\n"
        }
        return svg
    }

    private static func categoryLabels(_ layout: ChartLayout) -> String {
        layout.categoryLabels.map { i, label in
            "<text x=\"\(SVGNumber.f(layout.centre(of: i)))\" y=\"\(SVGNumber.f(layout.categoryBaseline))\" text-anchor=\"middle\">\(XMLText.escaped(label))</text>\n"
        }.joined()
    }

    /// The legend: per entry its sample (drawn by `samples[i]` at the sample's left and centre)
    /// and its name's lines; the full name is the entry's tooltip.
    private static func legend(_ names: [String], samples: [(Double, Double) -> String], _ layout: ChartLayout) -> String {
        var svg = ""
        let textX = layout.legendX + ChartLayout.legendSampleWidth + 6
        for (i, entry) in layout.legend.enumerated() {
            svg += "<g><title>\(XMLText.escaped(names[i]))</title>" + samples[i](layout.legendX, entry.sampleY)
            for (j, line) in entry.lines.enumerated() {
                svg += "<text x=\"\(SVGNumber.f(textX))\" y=\"\(SVGNumber.f(entry.baseline + Double(j) * ChartLayout.lineHeight))\">\(XMLText.escaped(line))</text>"
            }
            svg += "</g>\n"
        }
        return svg
    }

    private static func polyline(_ points: [(Double, Double)], _ style: LineStyle) -> String {
        "<polyline fill=\"none\" stroke=\"\(XMLText.escaped(style.color))\" stroke-width=\"2\""
            + (style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + " points=\""
            + points.map { "\(SVGNumber.f($0.0)),\(SVGNumber.f($0.1))" }.joined(separator: " ") + "\"/>\n"
    }

    /// `id` kept to letters, digits and dashes, so that it can name SVG elements.
    static func elementID(_ id: String) -> String {
        let kept = String(id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" })
        return kept.isEmpty || !(kept.first!.isLetter) ? "chart-" + kept : kept
    }
}
