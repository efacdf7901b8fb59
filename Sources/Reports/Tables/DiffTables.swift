import Analytics
import Graph
import Tables

/// What changed between two versions of a network, as `twinning diff` prints it and the
/// report's "What changed" section shows it: the structural diff (``DatasetDiff``: actors and
/// agreements added, removed and changed field by field), how the measures moved
/// (``MeasureShift``: degree, betweenness and PageRank values and competition ranks of the
/// actors in both) and which communities split or merged (``CommunityShift``: Louvain with
/// one seed on both versions).
///
/// One home for the columns: ``changeColumns`` is the long table CSV prints, every change one
/// row (`change` = added, removed, changed, moved, split, merged; `record` = actor, agreement,
/// community); the text and JSON pages are built from the same rows and tables.
public struct DiffTables {
    public let diff: DatasetDiff
    /// Nil when the measures were not asked for (`--no-measures`).
    public let measures: MeasureShift?
    public let communities: CommunityShift?
    /// How each version is named in the output (a file name, or "as of 2015").
    public let oldName: String, newName: String
    /// The seed of the community search.
    public let seed: UInt64

    /// Compares `old` with `new`; `measures` adds the measure moves and the communities
    /// (Louvain with `seed`, as `twinning communities --seed`).
    public init(old: Dataset, new: Dataset, oldName: String, newName: String, measures: Bool, seed: UInt64 = 0) {
        diff = DatasetDiff(old: old, new: new)
        self.measures = measures ? MeasureShift(old: old, new: new) : nil
        self.communities = measures ? CommunityShift(old: old, new: new, search: CommunitySearch(algorithm: .louvain, seed: seed)) : nil
        (self.oldName, self.newName, self.seed) = (oldName, newName, seed)
    }

    /// Warnings met (a measure left empty), one line each.
    public var warnings: [String] { measures?.failures.map { "\($0) (left empty)" } ?? [] }

    // MARK: The long table

    /// The columns of the long table: one row per change.
    public static let changeColumns = ["change", "record", "id", "new_id", "from", "to", "field", "old", "new"]

    /// Every change, one row each: actors removed, added, changed (a row per field);
    /// agreements removed, added, changed (a row per field); actors whose measures moved (a
    /// row per value or rank that moved); communities that split or merged.
    public var changeTable: ResultTable {
        ResultTable(columns: DiffTables.changeColumns, rows: structureRows + measureRows + communityRows)
    }

    static func row(_ change: String, _ record: String, _ id: String, newID: String? = nil, from: String? = nil, to: String? = nil,
                    field: String? = nil, old: JSONValue = .null, new: JSONValue = .null) -> [JSONValue] {
        [.string(change), .string(record), .string(id), text(newID), text(from), text(to), text(field), old, new]
    }

    static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    var structureRows: [[JSONValue]] {
        let old = diff.old, new = diff.new
        var rows: [[JSONValue]] = []
        rows += diff.removedActors.map { DiffTables.row("removed", "actor", old.nodes[$0].id) }
        rows += diff.addedActors.map { DiffTables.row("added", "actor", new.nodes[$0].id) }
        for change in diff.changedActors {
            rows += change.changes.map {
                DiffTables.row("changed", "actor", new.nodes[change.new].id, field: $0.field, old: DiffTables.text($0.old), new: DiffTables.text($0.new))
            }
        }
        rows += diff.removedAgreements.map { let a = old.agreements[$0]; return DiffTables.row("removed", "agreement", a.id, from: a.from, to: a.to) }
        rows += diff.addedAgreements.map { let a = new.agreements[$0]; return DiffTables.row("added", "agreement", a.id, from: a.from, to: a.to) }
        for change in diff.changedAgreements {
            let a = old.agreements[change.old], b = new.agreements[change.new]
            rows += change.changes.map {
                DiffTables.row("changed", "agreement", a.id, newID: a.id == b.id ? nil : b.id, from: b.from, to: b.to,
                               field: $0.field, old: DiffTables.text($0.old), new: DiffTables.text($0.new))
            }
        }
        return rows
    }

    var measureRows: [[JSONValue]] {
        guard let measures else { return [] }
        var rows: [[JSONValue]] = []
        for mover in measures.movers {
            for (k, measure) in MeasureShift.measures.enumerated() {
                let (a, b) = (mover.oldValues[k], mover.newValues[k])
                if a != b && !(a.isNaN && b.isNaN) {
                    rows.append(DiffTables.row("moved", "actor", mover.id, field: measure.rawValue,
                                               old: DiffTables.value(a, measure), new: DiffTables.value(b, measure)))
                }
                if mover.oldRanks[k] != mover.newRanks[k] {
                    rows.append(DiffTables.row("moved", "actor", mover.id, field: measure.rawValue + "_rank",
                                               old: mover.oldRanks[k].map(JSONValue.integer) ?? .null,
                                               new: mover.newRanks[k].map(JSONValue.integer) ?? .null))
                }
            }
        }
        return rows
    }

    static func value(_ x: Double, _ measure: CentralityMeasure) -> JSONValue {
        CentralityMeasure.counts.contains(measure) && x.isFinite ? .integer(Int(x)) : .number(x)
    }

    var communityRows: [[JSONValue]] {
        guard let communities else { return [] }
        let split = communities.splits.map {
            DiffTables.row("split", "community", String($0.community), field: "into",
                           old: .string(DiffTables.actors($0.size)), new: .string(DiffTables.parts($0.parts)))
        }
        let merged = communities.merges.map {
            DiffTables.row("merged", "community", String($0.community), field: "from",
                           old: .string(DiffTables.parts($0.parts)), new: .string(DiffTables.actors($0.size)))
        }
        return split + merged
    }

    static func actors(_ count: Int) -> String { "\(count) actor\(count == 1 ? "" : "s")" }

    /// "1 (7 actors); 4 (5 actors)": the parts of a split or a merge, with the actors shared.
    static func parts(_ parts: [CommunityShift.Part]) -> String {
        parts.map { "\($0.community) (\(actors($0.shared)))" }.joined(separator: "; ")
    }

    // MARK: Tables for reading

    /// record, old, new, added, removed, changed, unchanged: one row for actors, one for agreements.
    public var summaryTable: ResultTable {
        ResultTable(columns: ["record", oldName, newName, "added", "removed", "changed", "unchanged"], rows: [
            [.string("actors"), .integer(diff.old.nodes.count), .integer(diff.new.nodes.count), .integer(diff.addedActors.count),
             .integer(diff.removedActors.count), .integer(diff.changedActors.count), .integer(diff.unchangedActors)],
            [.string("agreements"), .integer(diff.old.agreements.count), .integer(diff.new.agreements.count), .integer(diff.addedAgreements.count),
             .integer(diff.removedAgreements.count), .integer(diff.changedAgreements.count), .integer(diff.unchangedAgreements)],
        ])
    }

    /// id, label, type, country of the actors added (from the new version) or removed (the old).
    public func actorTable(added: Bool) -> ResultTable {
        let (dataset, indices) = added ? (diff.new, diff.addedActors) : (diff.old, diff.removedActors)
        return ResultTable(columns: ["id", "label", "type", "country"], rows: indices.map {
            let n = dataset.nodes[$0]
            return [.string(n.id), .string(n.label), DiffTables.text(n.type?.rawValue), DiffTables.text(n.country)]
        })
    }

    /// id, label, field, old, new: one row per changed field of an actor.
    public var changedActorTable: ResultTable {
        ResultTable(columns: ["id", "label", "field", "old", "new"], rows: diff.changedActors.flatMap { change in
            change.changes.map { [.string(diff.new.nodes[change.new].id), .string(diff.new.nodes[change.new].label),
                                  .string($0.field), DiffTables.text($0.old), DiffTables.text($0.new)] }
        })
    }

    /// id, from, to, kind, date of the agreements added (the new version) or removed (the old).
    public func agreementTable(added: Bool) -> ResultTable {
        let (dataset, indices) = added ? (diff.new, diff.addedAgreements) : (diff.old, diff.removedAgreements)
        return ResultTable(columns: ["id", "from", "to", "kind", "date"], rows: indices.map {
            let a = dataset.agreements[$0]
            return [.string(a.id), .string(a.from), .string(a.to), DiffTables.text(a.kind?.rawValue), DiffTables.text(a.date?.description)]
        })
    }

    /// id, new_id, from, to, paired_by, field, old, new: one row per changed field of an agreement.
    public var changedAgreementTable: ResultTable {
        ResultTable(columns: ["id", "new_id", "from", "to", "paired_by", "field", "old", "new"], rows: diff.changedAgreements.flatMap { change in
            let a = diff.old.agreements[change.old], b = diff.new.agreements[change.new]
            return change.changes.map { [.string(a.id), DiffTables.text(a.id == b.id ? nil : b.id), .string(b.from), .string(b.to),
                                         .string(change.pairedBy.rawValue), .string($0.field), DiffTables.text($0.old), DiffTables.text($0.new)] }
        })
    }

    /// The columns of the movers table: id, label, then per measure its old and new value,
    /// old and new rank, and the rank change (old − new: positive when the actor rose).
    public static var moverColumns: [String] {
        ["id", "label"] + MeasureShift.measures.flatMap { m in
            ["old", "new", "rank_old", "rank_new", "rank_change"].map { "\(m.rawValue)_\($0)" }
        }
    }

    /// The actors whose measures moved, largest rank change first (nil without measures).
    public var moverTable: ResultTable? { measures.map { moverTable($0.movers) } }

    /// The actors that rose on some measure, largest rise first (nil without measures).
    public var riserTable: ResultTable? { measures.map { moverTable($0.risers) } }

    /// The actors that fell on some measure, largest fall first (nil without measures).
    public var fallerTable: ResultTable? { measures.map { moverTable($0.fallers) } }

    /// `rows` in the movers' columns.
    func moverTable(_ rows: [MeasureShift.Row]) -> ResultTable {
        ResultTable(columns: DiffTables.moverColumns, rows: rows.map { row in
            var cells: [JSONValue] = [.string(row.id), .string(diff.new.nodes[row.new].label)]
            for (k, measure) in MeasureShift.measures.enumerated() {
                cells += [DiffTables.value(row.oldValues[k], measure), DiffTables.value(row.newValues[k], measure),
                          row.oldRanks[k].map(JSONValue.integer) ?? .null, row.newRanks[k].map(JSONValue.integer) ?? .null,
                          row.rankChanges[k].map(JSONValue.integer) ?? .null]
            }
            return cells
        })
    }

    /// event, community, actors, parts, members: the splits (an old community) and merges (a
    /// new one); members names the community's first actors present in both versions (at
    /// most ``shownMembers``, then "…").
    public var communityEventTable: ResultTable? {
        guard let communities else { return nil }
        let oldMembers = members(of: communities.before, in: diff.old, alsoIn: diff.new)
        let newMembers = members(of: communities.after, in: diff.new, alsoIn: diff.old)
        let rows: [[JSONValue]] = communities.splits.map {
            [.string("split"), .integer($0.community), .integer($0.size), .string(DiffTables.parts($0.parts)), .string(oldMembers[$0.community])]
        } + communities.merges.map {
            [.string("merged"), .integer($0.community), .integer($0.size), .string(DiffTables.parts($0.parts)), .string(newMembers[$0.community])]
        }
        return ResultTable(columns: ["event", "community", "actors", "parts", "members"], rows: rows)
    }

    /// The actors named in a community's members cell.
    public static let shownMembers = 6

    /// Per community of `found`: the labels of its first actors that `other` also has.
    func members(of found: Communities, in dataset: Dataset, alsoIn other: Dataset) -> [String] {
        let present = other.nodeIndex()
        var lists = [[String]](repeating: [], count: found.count), counts = [Int](repeating: 0, count: found.count)
        for (v, node) in dataset.nodes.enumerated() where present[node.id] != nil {
            let c = found.membership[v]
            counts[c] += 1
            if lists[c].count < DiffTables.shownMembers { lists[c].append(node.label) }
        }
        return lists.indices.map { lists[$0].joined(separator: "; ") + (counts[$0] > DiffTables.shownMembers ? "; …" : "") }
    }

    /// old_community, old_actors, new_community, new_actors, shared, jaccard: each old community
    /// of two or more common actors and the new one most like it.
    public var communityMatchTable: ResultTable? {
        guard let communities else { return nil }
        return ResultTable(columns: ["old_community", "old_actors", "new_community", "new_actors", "shared", "jaccard"], rows: communities.matches.map {
            [.integer($0.old), .integer($0.oldSize), .integer($0.new), .integer($0.newSize), .integer($0.shared), .double($0.jaccard)]
        })
    }
}
