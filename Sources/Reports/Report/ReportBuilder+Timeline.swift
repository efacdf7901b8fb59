import Analytics
import Foundation
import Graph
import Render
import Tables

/// The report's timeline: the charts and the table of `twinning timeline`.
extension ReportBuilder {
    func timelineSection() -> Report.Section {
        let timeline = Timeline(dataset, topActors: 3)
        let years = timeline.years.map { String($0.year) }
        let byKind = SVGChart.foldedSeries(timeline.kinds.map { kind in
            SVGChart.Series(name: kind, values: timeline.years.map { Double($0.newByKind[kind] ?? 0) })
        }, restName: { "other kinds (\($0))" })
        let growth = [
            SVGChart.Series(name: "active actors", values: timeline.years.map { Double($0.activeActors) }),
            SVGChart.Series(name: "actor pairs", values: timeline.years.map { Double($0.edges) }),
            SVGChart.Series(name: "largest component", values: timeline.years.map { Double($0.largestComponent) }),
            SVGChart.Series(name: "components", values: timeline.years.map { Double($0.components) }),
        ]
        let density = [SVGChart.Series(name: "density", values: timeline.years.map { $0.density ?? .nan })]
        return Report.Section(id: "timeline", title: "Timeline", blocks: [
            .paragraph("As `twinning timeline`: new agreements per year by kind, and the network as of the end of each year. \(timeline.undatedAgreements) agreements have no date and are left out here."),
            .figure(.init(svg: SVGChart.stackedBars(id: "agreements-per-year", title: "New agreements per year, by kind", categories: years, series: byKind, yLabel: "agreements"),
                          caption: "New agreements per year, by kind.", name: "agreements-per-year")),
            .figure(.init(svg: SVGChart.lines(title: "The network as of each year", categories: years, series: growth, yLabel: "count"),
                          caption: "Active actors, actor pairs, components and the largest component as of each year.", name: "growth")),
            .figure(.init(svg: SVGChart.lines(title: "Density as of each year", categories: years, series: density, yLabel: "density"),
                          caption: "Density of the network of active actors as of each year.", name: "density")),
            .table(.init(TimelineTable.table(timeline), caption: "Year by year", name: "timeline")),
        ])
    }
}
