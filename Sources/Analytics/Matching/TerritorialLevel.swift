import Graph

/// The level of a place-like actor: what a matcher must never confuse (Minsk the city and Minsk
/// Region, Vitebsk and Vitebsk District), and what a generic word in a name says when an actor
/// has no type.
///
/// A node's level is its type when that type is territorial (country, region, district, city);
/// `nonTerritorial` for every other type (a university, a firm). A node without a type has the
/// level its label's generic word names (`NameKey.level`), else none (unknown).
public enum TerritorialLevel: String, Sendable, Hashable {
    case country, region, district, city
    /// A type that is not a place (university, firm, organisation…).
    case nonTerritorial = "non-territorial"

    /// The level a node type names.
    public init(_ type: NodeType) {
        switch type {
        case .country: self = .country
        case .region: self = .region
        case .district: self = .district
        case .city: self = .city
        default: self = .nonTerritorial
        }
    }
}
