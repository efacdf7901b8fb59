import Analytics
import ArgumentParser
import Foundation
import Graph
import Render

struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One actor's partners, the agreements with each (dates and quotes), and its ranks.",
        discussion: """
        NODE is a node id (or its label). Partners are the actors it has agreements with; \
        ranks are by number of partners (degree) and of agreements among all actors (1 is \
        first; ties share a rank). --radius K also counts the actors within K steps. \
        --format csv lists the agreements, one per row.

        Example:
          twinning ego graphs/belarus-asia minsk
          twinning ego graphs/belarus-asia gomel-region --radius 2 --format json
        """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var out: TableOutput

    @Argument(help: "The actor: a node id or label.")
    var node: String

    @Option(help: "How many steps away to count reachable actors.")
    var radius: Int = 1

    func validate() throws {
        try input.refuseOverwriting(out.output)
        if radius < 1 { throw ValidationError("--radius expects 1 or more, found \(radius)") }
    }

    func run() throws {
        let dataset = try input.load()
        let id = dataset.nodes.first { $0.id == node }?.id ?? dataset.nodes.first { $0.label == node }?.id ?? node
        let ego: EgoSummary
        do {
            ego = try EgoSummary(dataset, node: id, radius: radius)
        } catch let error as EgoError {
            throw CommandFailure.input("twinning: \(error.description)")
        }
        let agreements = EgoTables.agreements(ego)
        switch out.format {
        case .csv: try emit(agreements.csv, to: out.output)
        case .json: try emit(EgoTables.json(ego).serialized(indent: 2) + "\n", to: out.output)
        case .text: try emit(EgoTables.text(ego), to: out.output)
        }
    }
}

/// An ego summary as text, tables and JSON, shared by the command and the report.
enum EgoTables {
    static func agreements(_ ego: EgoSummary) -> ResultTable {
        var rows: [[JSONValue]] = []
        for partner in ego.partners {
            for a in partner.agreements {
                rows.append([.string(partner.node.id), .string(partner.node.label), .string(a.id), .string(a.kind?.rawValue ?? ""),
                             .string(a.date?.description ?? ""), .string(a.status?.rawValue ?? ""),
                             .string(a.provenance.quote ?? ""), .string(a.provenance.source ?? ""),
                             .string(a.provenance.locator ?? ""), .string(a.provenance.url ?? "")])
            }
        }
        return ResultTable(columns: ["partner", "partner_label", "agreement", "kind", "date", "status", "quote", "source", "locator", "url"], rows: rows)
    }

    static func json(_ ego: EgoSummary) -> JSONValue {
        .object([
            ("id", .string(ego.node.id)), ("label", .string(ego.node.label)),
            ("degree", .integer(ego.degree)), ("agreements", .integer(ego.agreementCount)),
            ("degree_rank", .integer(ego.degreeRank)), ("agreement_rank", .integer(ego.agreementRank)),
            ("ranked_nodes", .integer(ego.rankedNodes)), ("radius", .integer(ego.radius)),
            ("reach_by_distance", .array(ego.reachByDistance.map { .integer($0) })),
            ("ego_nodes", .integer(ego.egoNodes)), ("ego_edges", .integer(ego.egoEdges)),
            ("partners", agreements(ego).json),
        ])
    }

    static func text(_ ego: EgoSummary) -> String {
        var out = "\(ego.node.label) (\(ego.node.id))"
        if let type = ego.node.type { out += ", \(type.rawValue)" }
        if let country = ego.node.country { out += ", \(country)" }
        out += "\n  partners: \(ego.degree) (rank \(ego.degreeRank) of \(ego.rankedNodes))"
        out += "\n  agreements: \(ego.agreementCount) (rank \(ego.agreementRank) of \(ego.rankedNodes))"
        out += "\n  actors within \(ego.radius) step\(ego.radius == 1 ? "" : "s"): \(ego.egoNodes - 1)\n"
        for partner in ego.partners {
            out += "\n\(partner.node.label) (\(partner.node.id))\n"
            for a in partner.agreements {
                let head = [a.date?.description, a.kind?.rawValue, a.status?.rawValue].compactMap { $0 }.joined(separator: " · ")
                out += "  \(head.isEmpty ? a.id : head)\n"
                if let quote = a.provenance.quote {
                    let cite = [a.provenance.source, a.provenance.locator.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")
                    out += "    « \(quote) »" + (cite.isEmpty ? "" : " [\(cite)]") + "\n"
                }
            }
        }
        return out
    }
}
