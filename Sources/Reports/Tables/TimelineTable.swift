import Analytics
import Graph
import Tables

/// The timeline as `twinning timeline` prints it and the report shows it: one row per year
/// (new agreements in all and by kind, then the network as of the end of that year).
public enum TimelineTable {
    public static func table(_ timeline: Timeline) -> ResultTable {
        let directed = timeline.years.first?.directed != nil
        let columns = ["year", "new_agreements"] + timeline.kinds.map { "new_" + $0 }
            + ["active_actors", "agreements", "edges", "density", "components", "largest_component"]
            + (directed ? ["arcs", "directed_density", "reciprocity", "strong_components", "largest_strong_component"] : [])
            + ["top_actors"]
        let rows: [[JSONValue]] = timeline.years.map { y in
            var row: [JSONValue] = [.integer(y.year), .integer(y.newAgreements)] + timeline.kinds.map { .integer(y.newByKind[$0] ?? 0) }
                + [.integer(y.activeActors), .integer(y.agreements), .integer(y.edges), .number(y.density),
                   .integer(y.components), .integer(y.largestComponent)]
            if let d = y.directed {
                row += [.integer(d.arcs), .number(d.density), .number(d.reciprocity), .integer(d.strongComponents),
                        .integer(d.largestStrongComponent)]
            }
            return row + [.string(y.topActors.map { "\($0.label) (\($0.degree))" }.joined(separator: "; "))]
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// The table as the command prints it in `format`: text adds a last row counting the
    /// undated agreements, when there are any.
    public static func printed(_ dataset: Dataset, topActors: Int, format: TableFormat, directed: Bool = false) -> ResultTable {
        let timeline = Timeline(dataset, topActors: topActors, directed: directed)
        var table = table(timeline)
        if format == .text && timeline.undatedAgreements > 0 {
            var row = [JSONValue.string("undated")] + Array(repeating: JSONValue.null, count: table.columns.count - 1)
            row[1] = .integer(timeline.undatedAgreements)
            table.rows.append(row)
        }
        return table
    }
}
