/// How the series of a chart look, so that they stay apart in greyscale print and for readers
/// who do not tell the hues apart. The rule: hue is never the only difference.
///
/// - Lines: series i takes `LineStyle.all[i]`; each style has its own dash pattern *and* its
///   own marker shape (solid + circle, dashed + square, dotted + triangle, dash-dot + diamond,
///   long dash + inverted triangle, dash-dot-dot + cross), and an Okabe–Ito colour as a third
///   cue. Yellow is left out: it is too light for a line on white. A chart of more than six
///   lines would repeat styles; the report draws at most four.
/// - Stacked bars: series i takes `BarStyle.all[i]`, at most eight (`SVGChart.foldedSeries`
///   folds the rest): each has its own hatch pattern (solid, diagonal, horizontal, back
///   diagonal, crosshatch, vertical, grid, dots) over an Okabe–Ito fill, drawn in the ink,
///   black or white, that contrasts more with the fill (WCAG contrast at least 4:1), so two
///   segments of like grey still differ by their pattern. The eighth style (grey with dots) is
///   the folded "other" series' when there is one.
/// - Legends show the same dash, marker and pattern as the marks.
public struct LineStyle: Sendable, Equatable {
    public let color: String
    /// The `stroke-dasharray`, nil for a solid line.
    public let dash: String?
    public let marker: ChartMarker

    public static let all: [LineStyle] = [
        LineStyle(color: "#0072B2", dash: nil, marker: .circle),
        LineStyle(color: "#D55E00", dash: "8 4", marker: .square),
        LineStyle(color: "#009E73", dash: "2 3", marker: .triangle),
        LineStyle(color: "#CC79A7", dash: "10 3 2 3", marker: .diamond),
        LineStyle(color: "#E69F00", dash: "16 5", marker: .invertedTriangle),
        LineStyle(color: "#56B4E9", dash: "10 3 2 3 2 3", marker: .cross),
    ]

    /// The style of the series at `index`.
    public static func of(_ index: Int) -> LineStyle { all[index % all.count] }
}

public struct BarStyle: Sendable, Equatable {
    public let fill: String
    public let pattern: HatchPattern
    /// The colour of the pattern's lines or dots over `fill`.
    public let ink: String

    /// Okabe–Ito's colours (`Palette.okabeIto`, its grey replaced by a lighter one for "other"),
    /// each with its own pattern; inks are chosen by WCAG relative luminance (white on the
    /// blue, whose luminance 0.15 is below 0.18, black on the rest).
    public static let all: [BarStyle] = [
        BarStyle(fill: "#E69F00", pattern: .solid, ink: "#000000"),
        BarStyle(fill: "#56B4E9", pattern: .diagonal, ink: "#000000"),
        BarStyle(fill: "#009E73", pattern: .horizontal, ink: "#000000"),
        BarStyle(fill: "#F0E442", pattern: .backDiagonal, ink: "#000000"),
        BarStyle(fill: "#0072B2", pattern: .crosshatch, ink: "#FFFFFF"),
        BarStyle(fill: "#D55E00", pattern: .vertical, ink: "#000000"),
        BarStyle(fill: "#CC79A7", pattern: .grid, ink: "#000000"),
        BarStyle(fill: "#BBBBBB", pattern: .dots, ink: "#000000"),
    ]

    /// The style of the series at `index` (at most `all.count` series are stacked).
    public static func of(_ index: Int) -> BarStyle { all[index % all.count] }

    /// What a mark of this style is filled with: the colour, or the pattern `id` refers to.
    func paint(patternID: String) -> String {
        pattern == .solid ? fill : "url(#\(patternID))"
    }
}
