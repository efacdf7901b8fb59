/// Hierarchy roll-up: the network aggregated along `within` to region or country level
/// (`twinning rollup FILE --level region|country`).
///
/// Every actor is mapped to a group, its ancestor at the level (the rule of `Hierarchy`):
/// - **region** level: the first node of type `region` on the actor's `within` chain (the
///   actor itself included). A `country` node is its own group. When the chain reaches a
///   country without meeting a region, the node just below the country is the group if it is
///   a `city` or `district` (a capital or city of regional status such as Minsk, which sits
///   within Belarus and not in Minsk Region); anything else is unplaced.
/// - **country** level: the first node of type `country` on the chain. When the chain reaches
///   none, the actor's `country` field (or the nearest ancestor's) names the group: the
///   country node (or untyped node) whose id, label or alias is that name (compared without
///   case), else a synthetic country node with id `country:<name>`.
///
/// An actor with no group at the level (no chain to a region, no country) is *unplaced*: it
/// stays as its own group, carries the attribute `unplaced = true`, and is listed so the
/// caller can warn. A `within` cycle or a `within` naming no node ends the chain.
///
/// The rolled-up dataset has one node per group (id, label, type, country and aliases of the
/// group node; `within` when it names another group; attribute `members` = the number of
/// actors rolled in, the group node included) and one undirected agreement per pair of
/// groups joined by at least one agreement: weight = the number of agreements, attributes
/// `kinds` (`twinning:3;memorandum:1`, most frequent first, ties by name), `first_date`,
/// `last_date` (when any is dated) and `undated`; `kind` is set when all agreements share
/// one, `date` is the first date. Agreements inside one group are dropped and counted in the
/// metadata `internal_agreements`, or kept as self-loops on request. Metadata also gains
/// `rollup_level`, `unplaced_count` and `unplaced` (the ids, `;`-separated).
///
/// A rolled-up dataset (metadata `rollup_level`) can be rolled up again (region, then
/// country): each of its agreements then stands for `weight` agreements, with its `kinds`,
/// `first_date`, `last_date` and `undated`, each node for its `members`, and its
/// `internal_agreements` carry over, so the result equals rolling up the original.
///
/// Complexity: O(n·h + m), h the depth of the hierarchy.
public struct Rollup: Sendable {
    public let level: RollupLevel
    public let dataset: Dataset
    /// The group id of each input node, parallel to the input's `nodes`.
    public let groupOfNode: [String]
    /// Input nodes with no group at the level, kept as their own group.
    public let unplaced: [String]
    /// Agreements whose two parties fall in one group.
    public let internalAgreements: Int
    /// Ids of the groups made up from a `country` field (`country:<name>`).
    public let syntheticGroups: [String]
}

/// The level of the hierarchy a roll-up aggregates to.
public enum RollupLevel: String, Sendable, CaseIterable {
    case region, country
}

/// A roll-up that cannot be made: an agreement names no node, so its group is unknown.
public struct RollupError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension Dataset {
    /// The dataset rolled up to `level` (see `Rollup`); internal agreements become
    /// self-loops when `keepInternal`.
    public func rolledUp(to level: RollupLevel, keepInternal: Bool = false) throws -> Dataset {
        try rollup(to: level, keepInternal: keepInternal).dataset
    }

    public func rollup(to level: RollupLevel, keepInternal: Bool = false) throws -> Rollup {
        let groups = GroupAssignment(self, level: level)
        let index = nodeIndex()
        var pairs: [PairKey: PairTally] = [:]
        let rolledInput = metadata["rollup_level"] != nil
        var internalCount = rolledInput ? Int(metadata["internal_agreements"]?.numericValue ?? 0) : 0
        for (i, agreement) in agreements.enumerated() {
            guard let u = index[agreement.from], let v = index[agreement.to] else {
                let missing = index[agreement.from] == nil ? agreement.from : agreement.to
                let place = origin(ofAgreement: i).map { "\($0): " } ?? ""
                throw RollupError(description: "\(place)agreement '\(agreement.id)' names no node: '\(missing)'; cannot place it in a group")
            }
            let (gu, gv) = (groups.groupOf[u], groups.groupOf[v])
            if gu == gv {
                internalCount += rolledInput ? PairTally.represented(by: agreement) : 1
                if !keepInternal { continue }
            }
            pairs[PairKey(min(gu, gv), max(gu, gv)), default: PairTally()].add(agreement, rolled: rolledInput)
        }
        var result = Dataset(nodes: groups.groupNodes(of: self, rolled: rolledInput), sources: sources, metadata: metadata)
        result.agreements = pairs.sorted { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }.enumerated().map { k, pair in
            pair.value.agreement(id: "r\(k + 1)", from: result.nodes[pair.key.a].id, to: result.nodes[pair.key.b].id)
        }
        let unplaced = groups.unplaced.map { nodes[$0].id }
        result.metadata["rollup_level"] = .string(level.rawValue)
        result.metadata["internal_agreements"] = .integer(internalCount)
        result.metadata["unplaced_count"] = .integer(unplaced.count)
        result.metadata["unplaced"] = unplaced.isEmpty ? nil : .string(unplaced.joined(separator: ";"))
        return Rollup(level: level, dataset: result, groupOfNode: groups.groupOf.map { result.nodes[$0].id },
                      unplaced: unplaced, internalAgreements: internalCount, syntheticGroups: groups.syntheticNames.map { "country:" + $0 })
    }
}

/// An unordered pair of group numbers, `a <= b`.
private struct PairKey: Hashable {
    let a: Int, b: Int
    init(_ a: Int, _ b: Int) { self.a = a; self.b = b }
}

/// What the agreements between two groups add up to.
private struct PairTally {
    var count = 0
    var kinds: [String: Int] = [:]
    var first: PartialDate?, last: PartialDate?
    var undated = 0

    /// How many original agreements a rolled-up agreement stands for.
    static func represented(by agreement: Agreement) -> Int {
        Swift.max(1, Int(agreement.weight ?? 1))
    }

    mutating func add(_ agreement: Agreement, rolled: Bool) {
        guard rolled else {
            count += 1
            kinds[agreement.kind?.rawValue ?? "(unspecified)", default: 0] += 1
            if let date = agreement.date { extend(date, date) } else { undated += 1 }
            return
        }
        let n = PairTally.represented(by: agreement)
        count += n
        if case .string(let text)? = agreement.attributes["kinds"] {
            for part in text.split(separator: ";") {
                guard let colon = part.lastIndex(of: ":"), let k = Int(part[part.index(after: colon)...]) else { continue }
                kinds[String(part[..<colon]), default: 0] += k
            }
        } else {
            kinds[agreement.kind?.rawValue ?? "(unspecified)", default: 0] += n
        }
        undated += Int(agreement.attributes["undated"]?.numericValue ?? 0)
        let first = agreement.attributes["first_date"].flatMap { PartialDate($0.description) } ?? agreement.date
        let last = agreement.attributes["last_date"].flatMap { PartialDate($0.description) } ?? agreement.date
        if let first, let last { extend(first, last) }
    }

    private mutating func extend(_ earliest: PartialDate, _ latest: PartialDate) {
        if first.map({ earliest < $0 }) ?? true { first = earliest }
        if last.map({ $0 < latest }) ?? true { last = latest }
    }

    func agreement(id: String, from: String, to: String) -> Agreement {
        let sortedKinds = kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var attributes: Attributes = [
            "kinds": .string(sortedKinds.map { "\($0.key):\($0.value)" }.joined(separator: ";")),
            "undated": .integer(undated),
        ]
        if let first, let last {
            attributes["first_date"] = .string(first.description)
            attributes["last_date"] = .string(last.description)
        }
        let kind = kinds.count == 1 && kinds.keys.first != "(unspecified)" ? kinds.keys.first.map(AgreementKind.init(rawValue:)) : nil
        return Agreement(id: id, from: from, to: to, kind: kind, date: first, weight: Double(count), attributes: attributes)
    }
}

/// The group of every node: a node of the dataset (by index) or a synthetic country.
private struct GroupAssignment {
    typealias Group = Hierarchy.Group

    /// The group number of each node; numbers index `groups`.
    private(set) var groupOf: [Int] = []
    private(set) var groups: [Group] = []
    private(set) var unplaced: [Int] = []
    private(set) var syntheticNames: [String] = []
    private var unplacedFlags: [Bool] = []
    /// A synthetic group's name as first spelled, by its lowercased key.
    private var spelling: [String: String] = [:]

    init(_ dataset: Dataset, level: RollupLevel) {
        let hierarchy = Hierarchy(dataset)
        var found: [Group] = []
        var isUnplaced = [Bool](repeating: false, count: dataset.nodes.count)
        for i in dataset.nodes.indices {
            var group = level == .region ? hierarchy.region(of: i) : hierarchy.country(of: i)
            if case .synthetic(let name)? = group {
                // One synthetic country per name whatever its case ("China", "china").
                group = .synthetic(name.lowercased())
                if spelling[name.lowercased()] == nil { spelling[name.lowercased()] = name }
            }
            found.append(group ?? .node(i))
            isUnplaced[i] = group == nil
        }
        // Number the groups: dataset nodes in dataset order, then synthetic ones as first met.
        var number: [Group: Int] = [:]
        let used = Set(found)
        for i in dataset.nodes.indices where used.contains(.node(i)) {
            number[.node(i)] = groups.count; groups.append(.node(i))
        }
        for group in found where number[group] == nil {
            number[group] = groups.count; groups.append(group)
            if case .synthetic(let key) = group { syntheticNames.append(spelling[key]!) }
        }
        groupOf = found.map { number[$0]! }
        unplaced = dataset.nodes.indices.filter { isUnplaced[$0] }
        unplacedFlags = isUnplaced
    }

    /// One node per group, in group order. The nodes of a rolled-up input bring their members.
    func groupNodes(of dataset: Dataset, rolled: Bool) -> [Node] {
        var members = [Int](repeating: 0, count: groups.count)
        for (i, g) in groupOf.enumerated() {
            members[g] += rolled ? Int(dataset.nodes[i].attributes["members"]?.numericValue ?? 1) : 1
        }
        let groupIDs = Set(groups.map { group -> String in
            switch group {
            case .node(let i): return dataset.nodes[i].id
            case .synthetic(let key): return "country:" + spelling[key]!
            }
        })
        return groups.enumerated().map { g, group in
            switch group {
            case .node(let i):
                let node = dataset.nodes[i]
                var attributes: Attributes = ["members": .integer(members[g])]
                if unplacedFlags[i] { attributes["unplaced"] = .boolean(true) }
                return Node(id: node.id, label: node.label, type: node.type, country: node.country,
                            within: node.within.flatMap { groupIDs.contains($0) && $0 != node.id ? $0 : nil },
                            aliases: node.aliases, attributes: attributes)
            case .synthetic(let key):
                let name = spelling[key]!
                return Node(id: "country:" + name, label: name, type: .country, country: name,
                            attributes: ["members": .integer(members[g])])
            }
        }
    }
}
