/// Two datasets as one: actors joined where a crosswalk says they are the same, agreements
/// joined where both sources record the same one, every source's provenance kept and every
/// disagreement listed.
///
/// Definition, for datasets A and B (named `names.a`, `names.b`) and a ``Crosswalk``:
/// - **Actors.** Each `match` row makes B's actor the same as A's: one merged actor with A's
///   id. A's values are kept; a value only B has fills the gap (type, country, `within`
///   mapped to merged ids, attributes); B's label, when it differs, and B's aliases join the
///   aliases. Where both have a value and they differ it is a ``Conflict`` (type, country,
///   `within`, any attribute; the place, `lat`/`lon`, only when the two are more than
///   ``placeTolerance`` km apart, since two gazetteers never give the same coordinates). Every
///   other actor of B is added with its own id, or `ID@NAME_B` when A already uses the id.
/// - **Agreements.** A's agreements are kept. Each agreement of B, its ends mapped to merged
///   ids, is the same as an A agreement not yet joined between the same two actors (either
///   order) whose kind and date are compatible (``compatible(_:_:)``); the closest such one is
///   chosen (same kind, then same date, then same direction, then A's order). Joined, A's
///   values are kept, a value only B has fills the gap, and differing kind, date, end date,
///   status and direction are conflicts. An agreement of B joined to none is added, with its
///   own id or `ID@NAME_B`.
/// - **Provenance.** Every merged actor and agreement gets `sources` (the names of the
///   sources it came from, `A;B` order) and `source_ids` (`NAME_A:id; NAME_B:id`); a joined
///   agreement keeps A's provenance and gets B's, when B has one that differs, as
///   `source_NAME_B`, `locator_NAME_B`, `quote_NAME_B` and `url_NAME_B`. Each conflict is also
///   written on the record as `conflict_FIELD` = `NAME_A: value; NAME_B: value`. Source
///   records are united (B's renamed `ID@NAME_B` when A has the id for another record), and
///   the metadata gains `merged_from` = `NAME_A; NAME_B`.
///
/// Decisions: A is the primary source (its ids and values stand; the command's first
/// argument). Partnership kinds (twinning, friendship, cooperation) are compatible with each
/// other, since sources name one partnership differently (Wikidata's P190 "twinned
/// administrative body" is what a book calls friendship), and then differ as a conflict; any
/// other two known kinds are different agreements. Dates are compatible when either is
/// missing or their years are at most ``dateToleranceYears`` apart (signature and
/// ratification); further apart they are two agreements (a renewal).
///
/// Throws a ``MergeError`` naming the crosswalk's line when a row names an actor that is not
/// in A or not in B. Complexity: O((n + m) · log) with hashing; each pair's agreements are
/// compared among themselves only.
public struct DatasetMerge: Sendable {
    /// Which kind of record a conflict is on.
    public enum Record: String, Sendable {
        case actor, agreement
    }

    /// One field on which the two sources disagree about one record.
    public struct Conflict: Sendable, Hashable {
        public var record: Record
        /// The merged record's id.
        public var id: String
        public var field: String
        public var aValue: String
        public var bValue: String
        /// The record's id in A and in B.
        public var aID: String
        public var bID: String
    }

    /// What was joined and what came from one source only.
    public struct Counts: Sendable, Equatable {
        public var actorsInBoth = 0, actorsOnlyInA = 0, actorsOnlyInB = 0
        public var agreementsInBoth = 0, agreementsOnlyInA = 0, agreementsOnlyInB = 0
        /// Actors, agreements and source records of B given `ID@NAME_B` because A used the id.
        public var renamed = 0

        public init(actorsInBoth: Int = 0, actorsOnlyInA: Int = 0, actorsOnlyInB: Int = 0,
                    agreementsInBoth: Int = 0, agreementsOnlyInA: Int = 0, agreementsOnlyInB: Int = 0, renamed: Int = 0) {
            (self.actorsInBoth, self.actorsOnlyInA, self.actorsOnlyInB) = (actorsInBoth, actorsOnlyInA, actorsOnlyInB)
            (self.agreementsInBoth, self.agreementsOnlyInA, self.agreementsOnlyInB) = (agreementsInBoth, agreementsOnlyInA, agreementsOnlyInB)
            self.renamed = renamed
        }
    }

    /// Places of one actor further apart than this (km) are a conflict.
    public static let placeTolerance = 10.0
    /// Agreements dated further apart than this (years) are not the same agreement.
    public static let dateToleranceYears = 1
    /// Kinds that name one partnership in different sources' words.
    public static let partnershipKinds: Set<AgreementKind> = [.twinning, .friendship, .cooperation]

    public let dataset: Dataset
    public let conflicts: [Conflict]
    public let counts: Counts
    public let names: (a: String, b: String)

    public init(_ a: Dataset, _ b: Dataset, crosswalk: Crosswalk, names: (a: String, b: String)) throws {
        self.names = names
        var builder = Builder(a: a, b: b, names: names)
        try builder.joinActors(crosswalk)
        builder.uniteSources()
        builder.joinAgreements()
        dataset = builder.merged
        conflicts = builder.conflicts
        counts = builder.counts
    }

    /// Whether agreements `x` and `y` between the same two actors may be one agreement:
    /// compatible kinds (equal, either unknown, or both partnership kinds) and compatible dates
    /// (either unknown, or years at most ``dateToleranceYears`` apart).
    public static func compatible(_ x: Agreement, _ y: Agreement) -> Bool {
        let kinds: Bool
        if let k = x.kind, let l = y.kind, k != l {
            kinds = partnershipKinds.contains(k) && partnershipKinds.contains(l)
        } else {
            kinds = true
        }
        guard kinds else { return false }
        if let d = x.date, let e = y.date { return abs(d.year - e.year) <= dateToleranceYears }
        return true
    }
}

/// Why a merge cannot start: the crosswalk names an actor a dataset does not have.
public struct MergeError: LocatedError, Sendable {
    public var location: SourceLocation
    public var message: String
}
