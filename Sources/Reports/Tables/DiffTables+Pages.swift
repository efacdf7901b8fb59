import Analytics
import Graph
import Tables

/// The text and JSON pages of ``DiffTables``: what `twinning diff` prints.
extension DiffTables {
    /// How the ranks are ranked, said in the text and the JSON.
    public static let rankConvention = "competition ranks within each version (1 = highest; ties share the smallest rank: 1, 2, 2, 4); rank_change = old rank − new rank, positive when the actor rose"

    /// The lines that say what was compared and what was not (never empty).
    public var scope: [String] {
        let d = diff
        var lines = ["actors: \(d.addedActors.count) added, \(d.removedActors.count) removed, \(d.changedActors.count) changed, \(d.unchangedActors) unchanged",
                     "agreements: \(d.addedAgreements.count) added, \(d.removedAgreements.count) removed, \(d.changedAgreements.count) changed, \(d.unchangedAgreements) unchanged"]
        let paired = AgreementPairing.Step.allCases.compactMap { step in d.pairedBy[step].map { "\($0) by \(step.rawValue)" } }
        if !paired.isEmpty { lines.append("agreements paired \(paired.joined(separator: ", "))") }
        if d.renamedAgreements > 0 {
            lines.append("\(d.renamedAgreements) paired agreement\(d.renamedAgreements == 1 ? " has" : "s have") another id in \(newName) (not a change: ids are often row numbers; new_id shows it)")
        }
        lines.append("sources (\(d.old.sources.count) and \(d.new.sources.count)) and metadata are not compared")
        if measures == nil { lines.append("measures and communities not compared (--no-measures)") }
        return lines
    }

    /// The page of text: the summary, then each list cut to `top` rows (how many more said).
    public func text(top: Int) -> String {
        let d = diff
        var page = "diff: \(oldName) (\(DiffTables.count(d.old))) → \(newName) (\(DiffTables.count(d.new)))\n"
        if d.isEmpty {
            page += "no differences: the same actors and agreements, field by field\n"
        }
        for line in scope { page += "  \(line)\n" }
        func section(_ title: String, _ table: ResultTable) {
            guard !table.rows.isEmpty else { return }
            page += "\n\(title)\n" + table.limited(to: top).text
            if table.rows.count > top { page += "… \(table.rows.count - top) more rows (--top, or --format csv or json for all)\n" }
        }
        section("actors removed (\(d.removedActors.count))", actorTable(added: false))
        section("actors added (\(d.addedActors.count))", actorTable(added: true))
        section("actors changed (\(d.changedActors.count))", changedActorTable)
        section("agreements removed (\(d.removedAgreements.count))", agreementTable(added: false))
        section("agreements added (\(d.addedAgreements.count))", agreementTable(added: true))
        section("agreements changed (\(d.changedAgreements.count))", changedAgreementTable)
        if let measures, let movers = moverTable {
            page += "\nmeasures: \(movers.rows.count) of the \(measures.rows.count) actors in both moved (degree, betweenness, PageRank as `twinning centrality`); \(DiffTables.rankConvention)\n"
            if let risers = riserTable { section("rose most (largest rank gain on any measure)", DiffTables.narrow(risers)) }
            if let fallers = fallerTable { section("fell most (largest rank loss on any measure)", DiffTables.narrow(fallers)) }
        }
        if let communities, let events = communityEventTable {
            page += "\ncommunities (Louvain, seed \(seed), on the \(communities.commonActors) actors in both): \(communities.before.count) in \(oldName), \(communities.after.count) in \(newName); \(communities.splits.count) split, \(communities.merges.count) merged (a part holds at least \(CommunityShift.minimumPart) of the community's actors)\n"
            section("splits and merges", events)
        }
        for warning in warnings { page += "\nwarning: \(warning)\n" }
        return page
    }

    /// The movers as text shows them: id, label, degree old and new, and the three rank
    /// changes (the values and ranks are in CSV and JSON).
    static func narrow(_ movers: ResultTable) -> ResultTable {
        let names = ["id", "label", "degree_old", "degree_new"] + MeasureShift.measures.map { "\($0.rawValue)_rank_change" }
        let columns = names.map { movers.columns.firstIndex(of: $0)! }
        return ResultTable(columns: names, rows: movers.rows.map { row in columns.map { row[$0] } })
    }

    static func count(_ dataset: Dataset) -> String {
        "\(dataset.nodes.count) actor\(dataset.nodes.count == 1 ? "" : "s"), \(dataset.agreements.count) agreement\(dataset.agreements.count == 1 ? "" : "s")"
    }

    /// One JSON object: both versions' counts, whether they differ, every list in full, the
    /// movers and the communities.
    public var json: JSONValue {
        let d = diff
        func side(_ name: String, _ dataset: Dataset) -> JSONValue {
            .object([("name", .string(name)), ("actors", .integer(dataset.nodes.count)),
                     ("agreements", .integer(dataset.agreements.count)), ("sources", .integer(dataset.sources.count))])
        }
        var members: [(String, JSONValue)] = [
            ("old", side(oldName, d.old)), ("new", side(newName, d.new)), ("empty", .bool(d.isEmpty)),
            ("not_compared", .array([.string("sources"), .string("metadata")])),
            ("paired_by", .object(AgreementPairing.Step.allCases.map { ($0.rawValue, .integer(d.pairedBy[$0] ?? 0)) })),
            ("renamed_agreements", .integer(d.renamedAgreements)),
            ("actors", .object([("added", actorTable(added: true).json), ("removed", actorTable(added: false).json),
                                ("changed", changedActorTable.json), ("unchanged", .integer(d.unchangedActors))])),
            ("agreements", .object([("added", agreementTable(added: true).json), ("removed", agreementTable(added: false).json),
                                    ("changed", changedAgreementTable.json), ("unchanged", .integer(d.unchangedAgreements))])),
        ]
        if let measures, let movers = moverTable {
            members.append(("measures", .object([("ranks", .string(DiffTables.rankConvention)),
                                                 ("actors_in_both", .integer(measures.rows.count)),
                                                 ("movers", movers.json),
                                                 ("warnings", .array(warnings.map(JSONValue.string)))])))
        } else {
            members.append(("measures", .null))
        }
        if let communities, let events = communityEventTable, let matches = communityMatchTable {
            members.append(("communities", .object([
                ("algorithm", .string("louvain")), ("seed", .integer(Int(truncatingIfNeeded: seed))),
                ("old_communities", .integer(communities.before.count)), ("new_communities", .integer(communities.after.count)),
                ("actors_in_both", .integer(communities.commonActors)), ("minimum_part", .integer(CommunityShift.minimumPart)),
                ("events", events.json), ("matches", matches.json),
            ])))
        } else {
            members.append(("communities", .null))
        }
        return .object(members)
    }
}
