import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's timeline: the charts (`TimelineCharts` says what they draw) and the table of
/// `twinning timeline`, which keeps every year.
extension ReportBuilder {
    /// Throws `TimeAxisStartError` when `timelineStart` is a year the axis cannot start at.
    func timelineSection() throws -> Report.Section {
        let timeline = Timeline(dataset, topActors: 3)
        var intro = "As `twinning timeline`: new agreements per year by kind, and the network as of the end of each year. "
            + "\(timeline.undatedAgreements) agreements have no date and are left out here."
        var blocks: [Report.Block] = []
        if let charts = try TimelineCharts(timeline, explicitStart: timelineStart) {
            intro += " " + Self.axisText(charts.axis) + " " + Self.densityText(charts)
            blocks = timelineFigures(charts)
        } else {
            intro += " No agreement has a date, so there is no timeline chart."
        }
        return Report.Section(id: "timeline", title: "Timeline", blocks: [.paragraph(intro)] + blocks + [
            .table(.init(TimelineTable.table(timeline), caption: "Year by year", name: "timeline")),
        ])
    }

    private func timelineFigures(_ charts: TimelineCharts) -> [Report.Block] {
        let axis = charts.axis
        let span = axis.year == axis.lastYear ? "in \(axis.year)" : "from \(axis.year) to \(axis.lastYear)"
        var perKind = "New agreements per year \(span), by kind"
        if charts.foldedKinds > 0 {
            perKind += ": the \(charts.perKind.count - 1) most frequent kinds, the other \(charts.foldedKinds) summed as \"\(TimelineCharts.restName(charts.foldedKinds))\""
        }
        perKind += "." + (axis.datedBefore > 0 ? " \(Self.notDrawn(axis))" : "")
        let earlier = axis.datedBefore > 0 ? " (agreements dated before \(axis.year) included)" : ""
        var blocks: [Report.Block] = [
            .figure(.init(svg: SVGChart.stackedBars(id: "agreements-per-year", title: "New agreements per year, by kind", categories: charts.categories,
                                                    series: charts.perKind, yLabel: "agreements", restName: TimelineCharts.restName),
                          caption: perKind, name: "agreements-per-year")),
            .figure(.init(svg: SVGChart.lines(title: "The network as of each year", categories: charts.categories, series: charts.growth, yLabel: "count"),
                          caption: "Active actors, actor pairs, components and the largest component as of the end of each year \(span)\(earlier).",
                          name: "growth")),
        ]
        if let cumulative = charts.cumulative {
            let kinds = (cumulative.count > 1 ? cumulative.dropLast() : cumulative[...]).map(\.name).joined(separator: " and ")
            blocks.append(.figure(.init(
                svg: SVGChart.lines(title: "\(kinds.prefix(1).uppercased() + kinds.dropFirst()) agreements dated up to each year", categories: charts.categories,
                                    series: cumulative, yLabel: "agreements"),
                caption: "Agreements of kind \(kinds) dated in or before each year \(span), counted from the first dated agreement, "
                    + "whatever their status (ended and planned included)" + (cumulative.count > 1 ? "; one line per kind and their total." : "."),
                name: "cumulative-twinning-friendship")))
        }
        if let density = charts.density {
            blocks.append(.figure(.init(
                svg: SVGChart.lines(title: "Density as of each year", categories: charts.categories, series: density, yLabel: "density"),
                caption: "Density of the network of active actors as of the end of each year \(span), drawn for the \(charts.densityYears) years with at least \(TimelineCharts.densityMinimumActors) active actors.",
                name: "density")))
        }
        return blocks
    }

    /// "N agreements dated before Y are not drawn", with `tail` before the full stop.
    private static func notDrawn(_ axis: TimeAxisStart, _ tail: String = "") -> String {
        let one = axis.datedBefore == 1
        return "\(axis.datedBefore) agreement\(one ? "" : "s") dated before \(axis.year) \(one ? "is" : "are") not drawn\(tail)."
    }

    private static func axisText(_ axis: TimeAxisStart) -> String {
        let why = axis.isExplicit
            ? "the year asked for (--timeline-start)"
            : "the first year by which \(TimeAxisStart.percent)% of the \(axis.dated) dated agreements are dated"
        guard axis.datedBefore > 0 else { return "The charts start in \(axis.year), \(why)." }
        return "The charts start in \(axis.year), \(why): "
            + notDrawn(axis, " in the per-year chart (the network as of each year and the cumulative counts include \(axis.datedBefore == 1 ? "it" : "them"))")
    }

    private static func densityText(_ charts: TimelineCharts) -> String {
        let minimum = TimelineCharts.densityMinimumActors
        guard charts.density != nil else {
            return "There is no density chart: no year has \(minimum) active actors or more (at most \(charts.mostActiveActors)), and the density of so few actors says little."
        }
        return "Density is drawn only for years with at least \(minimum) active actors."
    }
}
