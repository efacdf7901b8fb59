import Graph

/// Participation: the agreements each actor is a named party to, counted as acts.
///
/// Definition: an agreement with several parties (a multilateral act) is drawn as one edge per
/// pair of parties it binds, every edge carrying the act's id in the string attribute `act`;
/// an agreement without `act` is an act of its own. An end listed in the agreement's
/// `unnamed_party` attribute (`;`-separated node ids) stands for a counterpart the source does
/// not name (a country for "Chinese partners"), so it is not a named party of that act. The
/// participation p(v) is the number of distinct acts of which v is a named party; the dataset's
/// act count is the number of distinct acts. On a dataset with neither attribute, p(v) is the
/// number of agreements at v (parallel agreements counted, a self-loop once), i.e. the
/// unweighted strength of the multigraph.
///
/// This is the actor's degree in the two-mode actor × act network (Borgatti & Everett, "Network
/// analysis of 2-mode data", Social Networks 19, 1997), which a researcher rebuilds from `act`.
/// Complexity: O(m) expected (hashing).
public struct Participation: Sendable, Equatable {
    /// The attribute holding an agreement's act id.
    public static let actAttribute = "act"
    /// The attribute listing the ends that stand for an unnamed counterpart.
    public static let unnamedPartyAttribute = "unnamed_party"

    /// Acts each node is a named party to, in `dataset.nodes` order.
    public let acts: [Int]
    /// Distinct acts in the dataset.
    public let actCount: Int
    /// Agreements whose `unnamed_party` names one of their ends.
    public let unnamedEnds: Int

    public init(_ dataset: Dataset) {
        var index: [String: Int] = [:]
        for (i, node) in dataset.nodes.enumerated() { index[node.id] = i }
        var actsOf = [Set<String>](repeating: [], count: dataset.nodes.count)
        var all = Set<String>()
        var unnamedEnds = 0
        for agreement in dataset.agreements {
            let act = Self.act(of: agreement)
            all.insert(act)
            let unnamed = Self.unnamedEnds(of: agreement)
            if !unnamed.isEmpty { unnamedEnds += 1 }
            for end in Set([agreement.from, agreement.to]) where !unnamed.contains(end) {
                if let i = index[end] { actsOf[i].insert(act) }
            }
        }
        acts = actsOf.map(\.count)
        actCount = all.count
        self.unnamedEnds = unnamedEnds
    }

    /// The act an agreement belongs to: its `act` attribute, else its own id.
    public static func act(of agreement: Agreement) -> String {
        if case .string(let act)? = agreement.attributes[actAttribute], !act.isEmpty { return act }
        return "agreement:" + agreement.id
    }

    /// The ends of `agreement` that stand for an unnamed counterpart.
    public static func unnamedEnds(of agreement: Agreement) -> Set<String> {
        guard case .string(let list)? = agreement.attributes[unnamedPartyAttribute] else { return [] }
        let ids = list.split(separator: ";").map { id in
            String(id.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        }
        return Set(ids.filter { !$0.isEmpty })
    }
}
