import Analytics
import Graph
import Tables

/// One actor's partners and ranks as `twinning ego` prints them: the agreements with each
/// partner as a table, the whole summary as JSON or as a page of text.
public enum EgoTables {
    /// The summary of the actor `name` (an id, label or alias: `Dataset.resolveNode(_:)`)
    /// with reach counted to `radius`.
    public static func summary(_ dataset: Dataset, actor name: String, radius: Int, directed: Bool = false) throws -> EgoSummary {
        try EgoSummary(dataset, node: name, radius: radius, directed: directed)
    }

    /// One row per agreement with a partner; with the directed view, a `direction` column
    /// says which way it goes: `out` (the actor to the partner), `in`, or `both` (undirected).
    public static func agreements(_ ego: EgoSummary) -> ResultTable {
        var rows: [[JSONValue]] = []
        for partner in ego.partners {
            for a in partner.agreements {
                var row: [JSONValue] = [.string(partner.node.id), .string(partner.node.label), .string(a.id)]
                if ego.directed != nil { row.append(.string(direction(of: a, from: ego.node.id))) }
                rows.append(row + [.string(a.kind?.rawValue ?? ""),
                                   .string(a.date?.description ?? ""), .string(a.status?.rawValue ?? ""),
                                   .string(a.provenance.quote ?? ""), .string(a.provenance.source ?? ""),
                                   .string(a.provenance.locator ?? ""), .string(a.provenance.url ?? "")])
            }
        }
        return ResultTable(columns: ["partner", "partner_label", "agreement"] + (ego.directed != nil ? ["direction"] : [])
                                    + ["kind", "date", "status", "quote", "source", "locator", "url"], rows: rows)
    }

    /// `out`, `in` or `both`, seen from the actor `id`.
    static func direction(of agreement: Agreement, from id: String) -> String {
        guard agreement.directed else { return "both" }
        return agreement.from == id ? "out" : "in"
    }

    public static func json(_ ego: EgoSummary) -> JSONValue {
        .object([
            ("id", .string(ego.node.id)), ("label", .string(ego.node.label)),
            ("degree", .integer(ego.degree)), ("agreements", .integer(ego.agreementCount)),
            ("degree_rank", .integer(ego.degreeRank)), ("agreement_rank", .integer(ego.agreementRank)),
            ("ranked_nodes", .integer(ego.rankedNodes)), ("radius", .integer(ego.radius)),
            ("reach_by_distance", .array(ego.reachByDistance.map { .integer($0) })),
            ("ego_nodes", .integer(ego.egoNodes)), ("ego_edges", .integer(ego.egoEdges)),
        ] + (ego.directed.map { d in [("directed", JSONValue.object([
            ("out_partners", .integer(d.outPartners)), ("in_partners", .integer(d.inPartners)),
            ("out_rank", .integer(d.outRank)), ("in_rank", .integer(d.inRank)),
            ("reach_out_by_distance", .array(d.reachOut.map { .integer($0) })),
            ("reach_in_by_distance", .array(d.reachIn.map { .integer($0) })),
            ("ego_out_nodes", .integer(d.egoNodes)), ("ego_out_arcs", .integer(d.egoArcs)),
        ]))] } ?? []) + [("partners", agreements(ego).json)])
    }

    public static func text(_ ego: EgoSummary) -> String {
        var out = "\(ego.node.label) (\(ego.node.id))"
        if let type = ego.node.type { out += ", \(type.rawValue)" }
        if let country = ego.node.country { out += ", \(country)" }
        out += "\n  partners: \(ego.degree) (rank \(ego.degreeRank) of \(ego.rankedNodes))"
        out += "\n  agreements: \(ego.agreementCount) (rank \(ego.agreementRank) of \(ego.rankedNodes))"
        out += "\n  actors within \(ego.radius) step\(ego.radius == 1 ? "" : "s"): \(ego.egoNodes - 1)"
        if let d = ego.directed {
            let steps = "\(ego.radius) arc\(ego.radius == 1 ? "" : "s")"
            out += "\n  directed: partners it points to \(d.outPartners) (rank \(d.outRank)), pointing to it \(d.inPartners) (rank \(d.inRank))"
            out += "\n  actors it reaches within \(steps): \(d.reachOut.reduce(0, +)); reaching it: \(d.reachIn.reduce(0, +))"
        }
        out += "\n"
        for partner in ego.partners {
            out += "\n\(partner.node.label) (\(partner.node.id))\n"
            for a in partner.agreements {
                let head = [a.date?.description, a.kind?.rawValue, a.status?.rawValue].compactMap { $0 }.joined(separator: " · ")
                let way = ego.directed == nil ? "" : ["out": "→ ", "in": "← ", "both": "↔ "][direction(of: a, from: ego.node.id)]!
                out += "  \(way)\(head.isEmpty ? a.id : head)\n"
                if let quote = a.provenance.quote {
                    let cite = [a.provenance.source, a.provenance.locator.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")
                    out += "    « \(quote) »" + (cite.isEmpty ? "" : " [\(cite)]") + "\n"
                }
            }
        }
        return out
    }
}
