import Foundation

/// An open vocabulary: a closed list of known values that the project understands, and any
/// other value read from a file, which is kept (never dropped) and reported as a warning.
public protocol Vocabulary: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
    /// The values this project knows, in the order they are documented.
    static var known: [Self] { get }
    /// What the vocabulary describes, for messages ("node type", "agreement kind").
    static var noun: String { get }
}

extension Vocabulary {
    public var isKnown: Bool { Self.known.contains(self) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    /// The known values as a readable list, for messages and help text.
    public static var knownList: String { known.map(\.rawValue).joined(separator: ", ") }

    /// Parses user or file text: case-insensitive, spaces and dashes read as underscores.
    public init(parsing text: String) {
        let folded = text.trimmingWhitespace().lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        self.init(rawValue: folded)
    }

    /// `init(parsing:)`, or nil when the text folds to nothing (empty, or only whitespace such
    /// as a form feed): no value, never an empty one that a writer's empty cell would turn into
    /// none on reading back. Every reader's one rule for a vocabulary cell.
    public static func parsed(_ text: String) -> Self? {
        let value = Self(parsing: text)
        return value.rawValue.isEmpty ? nil : value
    }
}

/// What kind of actor a node is.
public struct NodeType: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let country = NodeType(rawValue: "country")
    public static let region = NodeType(rawValue: "region")
    public static let city = NodeType(rawValue: "city")
    public static let district = NodeType(rawValue: "district")
    public static let university = NodeType(rawValue: "university")
    public static let researchInstitute = NodeType(rawValue: "research_institute")
    public static let firm = NodeType(rawValue: "firm")
    public static let industrialPark = NodeType(rawValue: "industrial_park")
    public static let governmentBody = NodeType(rawValue: "government_body")
    public static let organisation = NodeType(rawValue: "organisation")

    public static let known: [NodeType] = [
        .country, .region, .city, .district, .university, .researchInstitute, .firm,
        .industrialPark, .governmentBody, .organisation,
    ]
    public static let noun = "node type"
}

/// What an agreement (an edge) is.
public struct AgreementKind: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let twinning = AgreementKind(rawValue: "twinning")
    public static let friendship = AgreementKind(rawValue: "friendship")
    public static let cooperation = AgreementKind(rawValue: "cooperation")
    public static let memorandum = AgreementKind(rawValue: "memorandum")
    public static let roadmap = AgreementKind(rawValue: "roadmap")
    public static let universityAgreement = AgreementKind(rawValue: "university_agreement")
    public static let jointCentre = AgreementKind(rawValue: "joint_centre")
    public static let jointVenture = AgreementKind(rawValue: "joint_venture")
    public static let investment = AgreementKind(rawValue: "investment")
    public static let tradeContract = AgreementKind(rawValue: "trade_contract")
    public static let parkResidency = AgreementKind(rawValue: "park_residency")
    public static let membership = AgreementKind(rawValue: "membership")
    public static let parliamentary = AgreementKind(rawValue: "parliamentary")
    /// An agreement, treaty, convention or joint declaration between two states or their governments.
    public static let treaty = AgreementKind(rawValue: "treaty")
    /// A joint commission, committee, council or working group two parties set up.
    public static let jointCommission = AgreementKind(rawValue: "joint_commission")
    /// One party opens a representative office, branch, trade house or consulate in the other (directed).
    public static let representativeOffice = AgreementKind(rawValue: "representative_office")
    /// One party owns, founded or controls the other (directed, parent first).
    public static let subsidiary = AgreementKind(rawValue: "subsidiary")
    /// Two states establish diplomatic relations.
    public static let diplomaticRelations = AgreementKind(rawValue: "diplomatic_relations")
    /// A grant, donation, humanitarian or technical assistance (directed, donor first).
    public static let aid = AgreementKind(rawValue: "aid")
    public static let other = AgreementKind(rawValue: "other")

    public static let known: [AgreementKind] = [
        .twinning, .friendship, .cooperation, .memorandum, .roadmap, .universityAgreement,
        .jointCentre, .jointVenture, .investment, .tradeContract, .parkResidency, .membership,
        .parliamentary, .treaty, .jointCommission, .representativeOffice, .subsidiary,
        .diplomaticRelations, .aid, .other,
    ]
    public static let noun = "agreement kind"
}

/// Whether an agreement is in force, intended, or over.
public struct AgreementStatus: Vocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let signed = AgreementStatus(rawValue: "signed")
    public static let planned = AgreementStatus(rawValue: "planned")
    public static let ended = AgreementStatus(rawValue: "ended")

    public static let known: [AgreementStatus] = [.signed, .planned, .ended]
    public static let noun = "agreement status"
}
