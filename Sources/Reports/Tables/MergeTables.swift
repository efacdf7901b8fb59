import Graph
import Tables

/// What `twinning merge` says about a ``DatasetMerge``: the conflicts table (one row per
/// field on which the two sources disagree about one record) and the summary of what was
/// joined and what came from one source only.
public struct MergeTables {
    public let merge: DatasetMerge

    public init(_ merge: DatasetMerge) { self.merge = merge }

    /// The conflicts table's columns: `value_a` and `id_a` are the first source's (`A`),
    /// `value_b` and `id_b` the second's; the summary names them.
    public static let conflictColumns = ["record", "id", "field", "value_a", "value_b", "id_a", "id_b"]

    /// One row per conflict, actors first, in the merged dataset's order.
    public var conflictTable: ResultTable {
        ResultTable(columns: MergeTables.conflictColumns, rows: merge.conflicts.map { c in
            [.string(c.record.rawValue), .string(c.id), .string(c.field), .string(c.aValue), .string(c.bValue), .string(c.aID), .string(c.bID)]
        })
    }

    /// The lines that say what the merge did (for standard error).
    public var summary: [String] {
        let c = merge.counts, (a, b) = merge.names
        var lines = [
            "merged \(a) (a) and \(b) (b): \(merge.dataset.nodes.count) actors (\(c.actorsInBoth) in both, \(c.actorsOnlyInA) only in \(a), \(c.actorsOnlyInB) only in \(b)), \(merge.dataset.agreements.count) agreements (\(c.agreementsInBoth) in both, \(c.agreementsOnlyInA) only in \(a), \(c.agreementsOnlyInB) only in \(b))",
        ]
        if c.renamed > 0 {
            lines.append("\(c.renamed) record\(c.renamed == 1 ? "" : "s") of \(b) renamed ID@\(b): \(a) uses the same id for another record")
        }
        let actors = merge.conflicts.filter { $0.record == .actor }.count
        lines.append(merge.conflicts.isEmpty ? "no conflicts"
                     : "\(merge.conflicts.count) conflict\(merge.conflicts.count == 1 ? "" : "s") (\(actors) on actors, \(merge.conflicts.count - actors) on agreements), each also on its record as conflict_FIELD")
        return lines
    }
}
