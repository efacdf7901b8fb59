/// The structural difference between two versions of a network (`twinning diff A B`, or one
/// dataset as of two years): the actors and agreements added, removed and changed, each
/// change listed field by field (``FieldChange``).
///
/// Actors are the same actor when they have the same id (the first of a repeated id counts,
/// as ``Dataset/nodeIndex()``). Agreements are paired by ``AgreementPairing``: by id where the
/// same id joins the same ends on both sides, else by content, by (ends, kind, date) and last
/// by the pair of ends, so that renumbered rows are not reported as removed and added. A
/// paired agreement whose id differs is not a change (ids are often positional); the count is
/// in ``renamedAgreements`` and the new id is shown beside the old one.
///
/// Sources and metadata are not compared (the `as_of` metadata of the years form always
/// differs); the counts of sources are in the output of `twinning diff`.
///
/// ```swift
/// let diff = DatasetDiff(old: dataset.asOf(year: 2015), new: dataset.asOf(year: 2024))
/// print(diff.addedAgreements.count, diff.isEmpty)
/// ```
///
/// Complexity: O(n_old + n_new + m_old + m_new) expected time with hashing, and memory linear
/// in the two datasets (indices and the changes found).
public struct DatasetDiff: Sendable {
    /// An actor on both sides whose fields differ.
    public struct ActorChange: Sendable {
        /// Its index in the old and in the new dataset's nodes.
        public let old: Int, new: Int
        public let changes: [FieldChange]
    }

    /// A paired agreement whose fields differ.
    public struct AgreementChange: Sendable {
        /// Its index in the old and in the new dataset's agreements.
        public let old: Int, new: Int
        public let pairedBy: AgreementPairing.Step
        public let changes: [FieldChange]
    }

    public let old: Dataset
    public let new: Dataset
    /// Indices in `new` of actors whose id the old dataset lacks, in the new order.
    public let addedActors: [Int]
    /// Indices in `old` of actors whose id the new dataset lacks, in the old order.
    public let removedActors: [Int]
    public let changedActors: [ActorChange]
    public let unchangedActors: Int
    /// Indices in `new` of agreements no old one pairs with.
    public let addedAgreements: [Int]
    /// Indices in `old` of agreements no new one pairs with.
    public let removedAgreements: [Int]
    public let changedAgreements: [AgreementChange]
    public let unchangedAgreements: Int
    /// Paired agreements (changed or not) whose ids differ.
    public let renamedAgreements: Int
    /// How many agreements each step paired.
    public let pairedBy: [AgreementPairing.Step: Int]

    public init(old: Dataset, new: Dataset) {
        self.old = old
        self.new = new
        // Actors by id.
        let oldIndex = old.nodeIndex(), newIndex = new.nodeIndex()
        var changedActors: [ActorChange] = [], unchangedActors = 0
        for (i, node) in old.nodes.enumerated() where oldIndex[node.id] == i {
            guard let j = newIndex[node.id] else { continue }
            let changes = FieldChange.changes(from: node, to: new.nodes[j])
            if changes.isEmpty { unchangedActors += 1 } else { changedActors.append(ActorChange(old: i, new: j, changes: changes)) }
        }
        removedActors = old.nodes.indices.filter { oldIndex[old.nodes[$0].id] == $0 && newIndex[old.nodes[$0].id] == nil }
        addedActors = new.nodes.indices.filter { newIndex[new.nodes[$0].id] == $0 && oldIndex[new.nodes[$0].id] == nil }
        self.changedActors = changedActors
        self.unchangedActors = unchangedActors

        // Agreements by the pairing, then field by field.
        let pairing = AgreementPairing.pairs(old: old.agreements, new: new.agreements)
        var changedAgreements: [AgreementChange] = [], unchangedAgreements = 0, renamed = 0
        var pairedBy: [AgreementPairing.Step: Int] = [:]
        for (i, j, step) in pairing.pairs {
            let a = old.agreements[i], b = new.agreements[j]
            pairedBy[step, default: 0] += 1
            if a.id != b.id { renamed += 1 }
            let changes = FieldChange.changes(from: a, to: b)
            if changes.isEmpty { unchangedAgreements += 1 } else { changedAgreements.append(AgreementChange(old: i, new: j, pairedBy: step, changes: changes)) }
        }
        // In the old dataset's order, whatever step paired them.
        changedAgreements.sort { $0.old < $1.old }
        self.changedAgreements = changedAgreements
        self.unchangedAgreements = unchangedAgreements
        self.renamedAgreements = renamed
        self.pairedBy = pairedBy
        removedAgreements = pairing.removed
        addedAgreements = pairing.added.sorted()
    }

    /// True when nothing was added, removed or changed (ids of paired agreements aside).
    public var isEmpty: Bool {
        addedActors.isEmpty && removedActors.isEmpty && changedActors.isEmpty
            && addedAgreements.isEmpty && removedAgreements.isEmpty && changedAgreements.isEmpty
    }
}
