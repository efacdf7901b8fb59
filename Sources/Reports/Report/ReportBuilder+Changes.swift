import Analytics
import Foundation
import Graph
import Tables

/// The report's "What changed Y1–Y2" section (`twinning report FILE --compare-years Y1,Y2`):
/// the tables of `twinning diff FILE --as-of Y1 --versus Y2 --seed SEED` (``DiffTables``) on
/// the report's dataset: the counts, the actors and agreements added, removed and changed,
/// the actors whose ranks moved most and the communities that split or merged.
extension ReportBuilder {
    /// The rows of the movers table the section shows (every row is in the JSON report's
    /// table when it has fewer; the caption says how many there are).
    static let changeMoversShown = 25

    func changesSection(from first: Int, to second: Int) -> Report.Section {
        let tables = DiffTables(old: dataset.asOf(year: first), new: dataset.asOf(year: second),
                                oldName: "as of \(first)", newName: "as of \(second)", measures: true, seed: communitySeed)
        tables.warnings.forEach(warn)
        let scope = tables.scope.joined(separator: "; ")
        var blocks: [Report.Block] = [
            .paragraph("As `twinning diff --as-of \(first) --versus \(second) --seed \(communitySeed)`: the network as of the end of \(first) against the network as of the end of \(second) (agreements dated by then and not ended before). \(tables.diff.isEmpty ? "No actor or agreement differs. " : "")\(scope.prefix(1).uppercased() + scope.dropFirst())."),
            .table(.init(tables.summaryTable, caption: "Actors and agreements, \(first) and \(second)", name: "changes-summary")),
        ]
        func add(_ table: ResultTable, _ caption: String, _ name: String) {
            if !table.rows.isEmpty { blocks.append(.table(.init(table, caption: caption, name: name))) }
        }
        add(tables.actorTable(added: true), "Actors added by \(second)", "changes-actors-added")
        add(tables.actorTable(added: false), "Actors gone by \(second)", "changes-actors-removed")
        add(tables.changedActorTable, "Actors changed, field by field", "changes-actors-changed")
        add(tables.agreementTable(added: true), "Agreements in force by \(second), not by \(first)", "changes-agreements-added")
        add(tables.agreementTable(added: false), "Agreements in force by \(first), no longer by \(second)", "changes-agreements-removed")
        add(tables.changedAgreementTable, "Agreements changed, field by field", "changes-agreements-changed")
        if let movers = tables.moverTable, !movers.rows.isEmpty {
            blocks.append(.paragraph("Degree, betweenness and PageRank of the actors present in both years; \(DiffTables.rankConvention). \(movers.rows.count) actors moved; the \(ReportBuilder.changeMoversShown) that rose most and the \(ReportBuilder.changeMoversShown) that fell most on any measure (a growing network pushes many quiet actors down at once, so the two are shown apart); every value and rank of each: `twinning diff --format csv`."))
            for (table, verb, name) in [(tables.riserTable, "rose", "changes-risers"), (tables.fallerTable, "fell", "changes-fallers")] {
                guard let table, !table.rows.isEmpty else { continue }
                blocks.append(.table(.init(DiffTables.narrow(table.limited(to: ReportBuilder.changeMoversShown)),
                                           caption: "Actors whose rank \(verb) most, \(first)–\(second)", name: name)))
            }
        }
        if let communities = tables.communities, let events = tables.communityEventTable {
            blocks.append(.paragraph("Louvain communities (seed \(seed)) of each year: \(communities.before.count) in \(first), \(communities.after.count) in \(second). A community split when two or more communities of \(second) each hold at least \(CommunityShift.minimumPart) of its actors, and merged when it holds at least \(CommunityShift.minimumPart) of each of two or more communities of \(first) (actors present in both years)."))
            add(events, "Communities that split or merged, \(first)–\(second)", "changes-communities")
        }
        return Report.Section(id: "changes", title: "What changed \(first)–\(second)", blocks: blocks)
    }
}
