import Analytics
import ArgumentParser
import Graph
import Render

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How the network grew: agreements per year by kind, and its shape as of each year.",
        discussion: """
        One row per year from the first dated agreement to the last: new agreements (in all \
        and by kind), then the network as of the end of that year (agreements dated in or \
        before it): active actors, agreements, actor pairs, density, components, the largest \
        component and the top actors by degree. Undated agreements are counted apart.

        Example:
          twinning timeline graphs/belarus-asia
          twinning timeline graphs/belarus-asia --kind twinning --format csv > twinning-by-year.csv
        """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var out: TableOutput

    @Option(help: "How many top actors to name per year.")
    var top: Int = 3

    func validate() throws {
        try input.refuseOverwriting(out.output)
    }

    func run() throws {
        let dataset = try input.load()
        input.progress.stage("computing the timeline")
        let timeline = Analytics.Timeline(dataset, topActors: top)
        var table = TimelineTable.table(timeline)
        if out.format == .text && timeline.undatedAgreements > 0 {
            table.rows.append([.string("undated")] + Array(repeating: JSONValue.null, count: table.columns.count - 1))
            table.rows[table.rows.count - 1][1] = .integer(timeline.undatedAgreements)
        }
        try emit(table.render(out.format), to: out.output)
    }
}

/// The timeline as a table, shared by the command and the report.
enum TimelineTable {
    static func table(_ timeline: Analytics.Timeline) -> ResultTable {
        let columns = ["year", "new_agreements"] + timeline.kinds.map { "new_" + $0 }
            + ["active_actors", "agreements", "edges", "density", "components", "largest_component", "top_actors"]
        let rows: [[JSONValue]] = timeline.years.map { y in
            [.integer(y.year), .integer(y.newAgreements)] + timeline.kinds.map { .integer(y.newByKind[$0] ?? 0) }
                + [.integer(y.activeActors), .integer(y.agreements), .integer(y.edges), .number(y.density),
                   .integer(y.components), .integer(y.largestComponent),
                   .string(y.topActors.map { "\($0.label) (\($0.degree))" }.joined(separator: "; "))]
        }
        return ResultTable(columns: columns, rows: rows)
    }
}
