/// Where a chart's parts go, measured with `TextExtent` so that every text lies inside the
/// `viewBox` with at least `edge` units to spare.
///
/// The chart is `width` wide. From the top: the title, wrapped to the width (at most three
/// lines, the last shortened with "…"); the plot, at least `minimumPlotHeight` tall and as
/// tall as the legend; the category labels under it. Left of the plot: the axis label
/// (rotated, shortened to the plot's height) and the tick labels, as wide as the widest.
/// Right of it: the legend, each name wrapped to `legendTextWidth` (at most three lines, the
/// last shortened with "…"; the full name stays in the entry's tooltip). Category labels are
/// shortened to `maxCategoryWidth` and thinned to every k-th so that they never overlap.
struct ChartLayout {
    static let width = 760.0
    static let fontSize = 11.0
    static let titleFontSize = 13.0
    /// The least room between any text and the edge of the `viewBox`.
    static let edge = 8.0
    static let lineHeight = 14.0
    static let titleLineHeight = 17.0
    static let minimumPlotHeight = 240.0
    static let legendTextWidth = 170.0
    static let legendMaxLines = 3
    /// The legend's sample of a series (a line with its marker, or a patterned swatch).
    static let legendSampleWidth = 30.0
    static let maxCategoryWidth = 90.0
    static let titleMaxLines = 3

    struct LegendEntry {
        var lines: [String]
        /// The first line's baseline.
        var baseline: Double
        /// The vertical centre of the sample.
        var sampleY: Double { baseline - 0.35 * ChartLayout.fontSize }
    }

    let height: Double
    let plotLeft: Double, plotRight: Double, plotTop: Double, plotBottom: Double
    let titleLines: [String]
    let titleBaseline: Double
    let yLabel: String
    /// The rotated axis label's baseline (x); it is centred on the plot vertically.
    let yLabelX: Double
    let legendX: Double
    let legend: [LegendEntry]
    /// Category labels drawn (every `categoryStep`-th, from the first), shortened.
    let categoryLabels: [(index: Int, text: String)]
    let categoryBaseline: Double
    /// The width each category takes along the axis.
    let slot: Double

    init(title: String, yLabel: String, tickLabels: [String], categories: [String], legendNames: [String]) {
        let size = ChartLayout.fontSize, edge = ChartLayout.edge, width = ChartLayout.width
        func measure(_ s: String) -> Double { TextExtent.width(s, fontSize: size) }

        titleLines = TextExtent.wrapped(title, toWidth: width - 2 * edge, fontSize: ChartLayout.titleFontSize, bold: true,
                                        maxLines: ChartLayout.titleMaxLines)
        titleBaseline = edge + TextExtent.ascent * ChartLayout.titleFontSize
        let titleBottom = titleBaseline + Double(titleLines.count - 1) * ChartLayout.titleLineHeight
            + TextExtent.descent * ChartLayout.titleFontSize
        plotTop = titleBottom + 12

        let legendNames = legendNames.map {
            TextExtent.wrapped($0, toWidth: ChartLayout.legendTextWidth, fontSize: size, maxLines: ChartLayout.legendMaxLines)
        }
        var baseline = plotTop + TextExtent.ascent * size
        var entries: [LegendEntry] = []
        for lines in legendNames {
            entries.append(LegendEntry(lines: lines, baseline: baseline))
            baseline += Double(lines.count) * ChartLayout.lineHeight + 6
        }
        legend = entries
        let legendBottom = (entries.last.map { $0.baseline + Double($0.lines.count - 1) * ChartLayout.lineHeight } ?? plotTop)
            + TextExtent.descent * size
        plotBottom = max(plotTop + ChartLayout.minimumPlotHeight, legendBottom)
        let plotHeight = plotBottom - plotTop

        // Left: [edge][axis label, rotated][6][tick labels][6][plot].
        self.yLabel = TextExtent.shortened(yLabel, toWidth: plotHeight, fontSize: size)
        yLabelX = edge + TextExtent.ascent * size
        let labelBand = self.yLabel.isEmpty ? edge : yLabelX + TextExtent.descent * size + 6
        let widestTick = tickLabels.map(measure).max() ?? 0
        let shortenedCategories = categories.map {
            TextExtent.shortened($0, toWidth: ChartLayout.maxCategoryWidth, fontSize: size)
        }
        let widestCategory = shortenedCategories.map(measure).max() ?? 0
        plotLeft = max(labelBand + widestTick + 6, edge + widestCategory / 2)

        // Right: [plot][16][sample][6][names][edge]; the legend's names are at most legendTextWidth.
        let widestName = legendNames.flatMap { $0 }.map(measure).max() ?? 0
        plotRight = width - edge - widestName - 6 - ChartLayout.legendSampleWidth - 16
        legendX = plotRight + 16

        slot = (plotRight - plotLeft) / Double(max(categories.count, 1))
        let step = max(1, Int(((widestCategory + 8) / slot).rounded(.up)))
        categoryLabels = shortenedCategories.enumerated().filter { $0.offset % step == 0 }.map { ($0.offset, $0.element) }
        categoryBaseline = plotBottom + 6 + TextExtent.ascent * size
        height = categoryBaseline + TextExtent.descent * size + edge
    }

    /// The centre of category `index` along the axis.
    func centre(of index: Int) -> Double { plotLeft + (Double(index) + 0.5) * slot }
}
