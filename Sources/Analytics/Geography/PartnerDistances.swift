import Graph

/// The great-circle distance of every agreement whose two ends have a place, and its
/// distribution by kind, by country pair and by decade: how far apart partners are.
///
/// Definition: an agreement between actors u and v measures d(u, v) = ``Haversine``
/// distance in km between their places, where an actor's place is its own `lat`/`lon` or
/// that of the nearest node on its `within` chain (``Places``: a firm within Minsk is at
/// Minsk). An agreement with an end without a place is left out and counted
/// (``unplacedAgreements``), never silently dropped.
///
/// Conventions:
/// - **Each agreement counts once.** Parallel agreements between one pair (a twinning and
///   a later memorandum) are separate observations, each at the pair's distance: the unit
///   is the agreement, as in the question ("the distance of every agreement"), not
///   the pair. Direction plays no part (the distance is symmetric).
/// - A self-loop, or two actors at one place (a firm and the city it is within), measures 0
///   and is kept.
/// - Groups (``grouped(by:in:)``): the agreement's kind (`(no kind)` without one); the
///   unordered pair of its ends' countries by the ``Hierarchy`` rule (the first `country`
///   node on the `within` chain, else the `country` field), written in alphabetical order
///   "A – B", `(no country)` for an end without one; the decade of its date ("1990s"),
///   `(undated)` without one.
///
/// Background: E. Kaltenbrunner, P. Aragón, D. Laniado and Y. Volkovich, "Not all paths
/// lead to Rome: analysing the network of sister cities", Self-Organizing Systems (IWSOS
/// 2013), LNCS 8221, found sister-city pairing not driven by proximity; ``DistancePermutation``
/// asks the question of a dataset.
///
/// Complexity: O(n · h + m) to measure (h the depth of the deepest `within` chain);
/// O(m log m) per summary.
public struct PartnerDistances: Sendable {
    /// One measured agreement.
    public struct Distance: Sendable, Equatable {
        /// The agreement's index in the dataset.
        public let agreement: Int
        /// The node indices of its ends.
        public let from: Int
        public let to: Int
        public let kilometres: Double
    }

    /// Every measured agreement, in the dataset's order.
    public let distances: [Distance]
    /// Agreements left out because an end has no place (neither its own nor a `within` node's).
    public let unplacedAgreements: Int
    /// Agreements left out because an end names no node (validation refuses such a file;
    /// possible only in a dataset built in code).
    public let unknownEndAgreements: Int
    /// Distinct actors at an end of some agreement that have no place.
    public let unplacedActors: Int
    /// Distinct actors at an end of a measured agreement.
    public let placedActors: Int
    /// Of ``placedActors``, those placed through `within` rather than by their own `lat`/`lon`.
    public let inheritedActors: Int
    /// Every node's place.
    public let places: Places

    /// Measures every agreement of `dataset`; `places` when already built.
    public init(_ dataset: Dataset, places: Places? = nil) {
        let places = places ?? Places(dataset)
        let index = dataset.nodeIndex()
        var distances: [Distance] = []
        distances.reserveCapacity(dataset.agreements.count)
        var unplaced = 0, unknown = 0
        var unplacedEnds = Set<Int>(), placedEnds = Set<Int>()
        for (k, agreement) in dataset.agreements.enumerated() {
            guard let u = index[agreement.from], let v = index[agreement.to] else { unknown += 1; continue }
            guard let p = places.points[u], let q = places.points[v] else {
                unplaced += 1
                for w in [u, v] where places.points[w] == nil { unplacedEnds.insert(w) }
                continue
            }
            placedEnds.insert(u); placedEnds.insert(v)
            distances.append(Distance(agreement: k, from: u, to: v, kilometres: u == v ? 0 : Haversine.kilometres(p, q)))
        }
        self.distances = distances
        self.places = places
        unplacedAgreements = unplaced
        unknownEndAgreements = unknown
        unplacedActors = unplacedEnds.count
        placedActors = placedEnds.count
        inheritedActors = placedEnds.lazy.filter { if case .within? = places.origins[$0] { return true } else { return false } }.count
    }

    /// Agreements left out, for whatever reason.
    public var leftOut: Int { unplacedAgreements + unknownEndAgreements }

    /// The summary of every measured distance.
    public var summary: DistanceSummary { DistanceSummary(distances.lazy.map(\.kilometres)) }

    /// The summary of each group of measured agreements (see the type's conventions): kinds
    /// and country pairs by count, largest first (then by name); decades in time order,
    /// `(undated)` last. O(m log m + m · h).
    public func grouped(by grouping: DistanceGrouping, in dataset: Dataset) -> [(group: String, summary: DistanceSummary)] {
        let name: (Distance) -> String
        switch grouping {
        case .kind:
            name = { dataset.agreements[$0.agreement].kind?.rawValue ?? "(no kind)" }
        case .decade:
            name = { dataset.agreements[$0.agreement].date.map { PartnerDistances.decade(of: $0.year) } ?? PartnerDistances.undated }
        case .countryPair:
            let hierarchy = Hierarchy(dataset)
            var countries: [Int: String] = [:]
            func country(_ i: Int) -> String {
                if let known = countries[i] { return known }
                let found: String
                switch hierarchy.country(of: i) {
                case .node(let c)?: found = dataset.nodes[c].label
                case .synthetic(let written)?: found = written
                case nil: found = "(no country)"
                }
                countries[i] = found
                return found
            }
            name = { d in
                let (a, b) = (country(d.from), country(d.to))
                return a.lowercased() <= b.lowercased() ? "\(a) – \(b)" : "\(b) – \(a)"
            }
        }
        var members: [String: [Double]] = [:]
        var firstSeen: [String] = []
        for d in distances {
            let group = name(d)
            if members[group] == nil { firstSeen.append(group) }
            members[group, default: []].append(d.kilometres)
        }
        let groups = firstSeen.map { (group: $0, summary: DistanceSummary(members[$0]!)) }
        switch grouping {
        case .decade:
            return groups.sorted { a, b in
                let (x, y) = (PartnerDistances.decadeStart(a.group), PartnerDistances.decadeStart(b.group))
                return x != y ? (x ?? .max) < (y ?? .max) : a.group < b.group
            }
        case .kind, .countryPair:
            return groups.sorted { a, b in a.summary.count != b.summary.count ? a.summary.count > b.summary.count : a.group < b.group }
        }
    }

    /// The group of an agreement without a date.
    public static let undated = "(undated)"

    /// "1990s" for 1990…1999 (floored, so −5 is in the "-10s").
    public static func decade(of year: Int) -> String {
        "\(Int((Double(year) / 10).rounded(.down)) * 10)s"
    }

    private static func decadeStart(_ group: String) -> Int? {
        group.hasSuffix("s") ? Int(group.dropLast()) : nil
    }
}

/// How ``PartnerDistances/grouped(by:in:)`` groups agreements.
public enum DistanceGrouping: String, CaseIterable, Sendable {
    case kind
    case countryPair = "country-pair"
    case decade
}
