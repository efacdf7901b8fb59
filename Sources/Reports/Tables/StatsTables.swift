import Analytics
import Foundation
import Graph
import Tables

/// The figures `twinning stats` prints and the report's summary shows: scalars (size,
/// components, dates, clustering, distances…) and counts by type, country, kind, status and
/// year, as text, JSON or section,key,value CSV rows.
public struct StatsTables {
    public let summary: NetworkSummary
    public let structure: StructuralSummary
    /// The directed view's figures (`stats --directed`), or nil.
    public let directed: DirectedSummary?
    /// Transitivity, clustering and assortativity against degree-preserving rewiring, or nil.
    public let significance: StructuralSignificance?

    /// The figures of `dataset`; distances are skipped on very large graphs unless
    /// `forceDistances`; `directed` adds those of the directed view.
    public init(_ dataset: Dataset, forceDistances: Bool = false, directed: Bool = false, rewirings: Int? = nil, seed: UInt64 = 0) {
        summary = NetworkSummary(dataset)
        structure = StructuralSummary(dataset, forceDistances: forceDistances)
        self.directed = directed ? DirectedSummary(dataset) : nil
        significance = rewirings.map { StructuralSignificance(dataset, draws: $0, seed: seed) }
    }

    /// The directed view's figures as (key, value), in the order printed.
    public static func directedScalars(_ d: DirectedSummary) -> [(String, JSONValue)] {
        [("directed_arcs", .integer(d.arcs)), ("directed_density", .double(d.density)),
         ("reciprocity", .number(d.reciprocity)),
         ("weak_components", .integer(d.weakComponents)), ("largest_weak_component", .integer(d.largestWeakComponent)),
         ("directed_strong_components", .integer(d.strongComponents)),
         ("directed_largest_strong_component", .integer(d.largestStrongComponent)),
         ("directed_average_clustering", .number(d.averageClustering)),
         ("directed_degree_assortativity", .number(d.degreeAssortativity))]
    }

    /// A note for the reader when distances were skipped.
    public var note: String? {
        structure.distancesSkipped ? "diameter, radius and average path length skipped for a graph this large; add --distances to compute them" : nil
    }

    /// The table in `format`; `name` heads the text.
    public func printed(_ format: TableFormat, name: String) -> String {
        let extra = directed.map(StatsTables.directedScalars) ?? []
        let tested = significance.map(SignificanceTable.init)
        switch format {
        case .text:
            return StatsTables.text(summary, structure, name: name, directed: directed) + (tested.map { "\n" + $0.text } ?? "")
        case .json:
            return StatsTables.json(summary, structure, extra: extra + (tested.map { [("significance", $0.json)] } ?? [])).serialized(indent: 2) + "\n"
        case .csv:
            var csv = StatsTables.csv(summary, structure, extra: extra)
            if let tested {
                var rows = CSVWriter()
                for (name, d) in tested.rows {
                    for (key, value) in [("observed", d.observed), ("null_mean", d.mean), ("null_sd", d.standardDeviation), ("z", d.z), ("p", d.p)] {
                        rows.write(["significance", "\(name)_\(key)", value.map { JSONValue.double($0).serialized() } ?? ""])
                    }
                    rows.write(["significance", "\(name)_draws", String(d.draws)])
                }
                csv += rows.text
            }
            return csv
        }
    }

    public static func scalars(_ s: NetworkSummary, _ t: StructuralSummary) -> [(String, JSONValue)] {
        [
            ("nodes", .integer(s.nodes)), ("agreements", .integer(s.agreements)), ("acts", .integer(s.acts)), ("edges", .integer(s.edges)),
            ("self_loops", .integer(s.selfLoops)), ("directed_agreements", .integer(s.directedAgreements)),
            ("density", s.density.map(JSONValue.double) ?? .null), ("components", .integer(s.components)),
            ("largest_component", .integer(s.largestComponent)), ("isolates", .integer(s.isolates)),
            ("first_date", s.firstDate.map { .string($0.description) } ?? .null),
            ("last_date", s.lastDate.map { .string($0.description) } ?? .null),
            ("undated_agreements", .integer(s.undatedAgreements)),
            ("transitivity", .number(t.transitivity)), ("average_clustering", .number(t.averageClustering)),
            ("degree_assortativity", .number(t.degreeAssortativity)), ("diameter", .number(t.diameter)),
            ("radius", .number(t.radius)), ("average_shortest_path_length", .number(t.averageShortestPathLength)),
            ("largest_component_diameter", .number(t.largestComponentDiameter)),
            ("largest_component_radius", .number(t.largestComponentRadius)),
            ("largest_component_average_shortest_path_length", .number(t.largestComponentAverageShortestPathLength)),
            ("articulation_points", .integer(t.articulationPoints)), ("bridges", .integer(t.bridges)),
            ("strong_components", t.strongComponents.map(JSONValue.integer) ?? .null),
            ("largest_strong_component", t.largestStrongComponent.map(JSONValue.integer) ?? .null),
        ]
    }

    public static func tables(_ s: NetworkSummary) -> [(String, [(String, Int)])] {
        [("nodes_by_type", s.nodesByType), ("nodes_by_country", s.nodesByCountry),
         ("agreements_by_kind", s.agreementsByKind), ("agreements_by_status", s.agreementsByStatus),
         ("agreements_by_year", s.agreementsByYear.map { (String($0.0), $0.1) })]
    }

    public static func json(_ s: NetworkSummary, _ t: StructuralSummary, extra: [(String, JSONValue)] = []) -> JSONValue {
        .object(scalars(s, t) + extra + tables(s).map { name, rows in (name, .object(rows.map { ($0.0, .integer($0.1)) })) })
    }

    public static func csv(_ s: NetworkSummary, _ t: StructuralSummary, extra: [(String, JSONValue)] = []) -> String {
        var csv = CSVWriter()
        csv.write(["section", "key", "value"])
        for (key, value) in scalars(s, t) + extra { csv.write(["summary", key, value == .null ? "" : plain(value)]) }
        for (name, rows) in tables(s) { for (key, count) in rows { csv.write([name, key, String(count)]) } }
        return csv.text
    }

    private static func plain(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return value.serialized()
    }

    private static func format(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "undefined" }
        return String(format: "%.6g", value)
    }

    /// A distance figure: the graph's when connected; when not, its largest component's, said
    /// so (networkx leaves it undefined for the whole graph).
    private static func distance(_ value: Double?, _ t: StructuralSummary, _ s: NetworkSummary) -> String {
        if t.distancesSkipped { return "skipped (--distances)" }
        guard let value else { return "undefined (no nodes)" }
        if s.components <= 1 { return format(value) }
        return format(value) + " (of the largest component: the network is not connected)"
    }

    public static func text(_ s: NetworkSummary, _ t: StructuralSummary, name: String, directed d: DirectedSummary? = nil) -> String {
        var out = "\(name)\n"
        let span = s.firstDate.map { "\($0) to \(s.lastDate!)" } ?? "no dated agreement"
        var rows: [(String, String)] = [
            ("nodes", "\(s.nodes)"),
            ("agreements", "\(s.agreements) (\(s.directedAgreements) directed, \(s.undatedAgreements) undated)"),
            ("acts", "\(s.acts)" + (s.acts == s.agreements ? "" : " (the edges of one multilateral act, sharing an `act` id, count once)")),
            ("actor pairs (edges)", "\(s.edges)" + (s.selfLoops > 0 ? " including \(s.selfLoops) self-loops" : "")),
            ("density", s.density.map { String(format: "%.6f", $0) } ?? "undefined (fewer than 2 nodes)"),
            ("components", "\(s.components)"),
            ("largest component", "\(s.largestComponent) nodes" + (s.nodes > 0 ? String(format: " (%.1f%%)", 100 * Double(s.largestComponent) / Double(s.nodes)) : "")),
            ("isolates", "\(s.isolates)"),
            ("dates", span),
            ("transitivity", format(t.transitivity)),
            ("average clustering", format(t.averageClustering)),
            ("degree assortativity", format(t.degreeAssortativity)),
            ("diameter", distance(t.largestComponentDiameter, t, s)),
            ("radius", distance(t.largestComponentRadius, t, s)),
            ("average path length", distance(t.largestComponentAverageShortestPathLength, t, s)),
            ("articulation points", "\(t.articulationPoints)"),
            ("bridges", "\(t.bridges)"),
        ]
        if let d {
            rows += [
                ("directed view", "an arc per directed agreement, two per undirected one"),
                ("  arcs", "\(d.arcs)"),
                ("  density", String(format: "%.6f", d.density)),
                ("  reciprocity", format(d.reciprocity)),
                ("  weak components", "\(d.weakComponents) (largest \(d.largestWeakComponent) nodes)"),
                ("  strong components", "\(d.strongComponents) (largest \(d.largestStrongComponent) nodes)"),
                ("  average clustering", format(d.averageClustering)),
                ("  degree assortativity", format(d.degreeAssortativity) + " (out-degree of tail, in-degree of head)"),
            ]
        } else if let strong = t.strongComponents, let largest = t.largestStrongComponent {
            rows.append(("strong components", "\(strong) (largest \(largest) nodes; directed view)"))
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (key, value) in rows { out += "  " + key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value + "\n" }
        for (name, table) in tables(s) where !table.isEmpty {
            out += "\n" + name.replacingOccurrences(of: "_", with: " ") + "\n"
            let keyWidth = min(40, table.map(\.0.count).max() ?? 0)
            let shown = name == "agreements_by_year" ? table : Array(table.prefix(25))
            for (key, count) in shown {
                out += "  " + key.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  " + String(count) + "\n"
            }
            if shown.count < table.count { out += "  … \(table.count - shown.count) more (see --format csv)\n" }
        }
        return out
    }
}
