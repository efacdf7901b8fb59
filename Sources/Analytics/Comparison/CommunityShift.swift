import Graph

/// Communities that split or merged between two versions of a network (`twinning diff`).
///
/// Both versions are partitioned by the same ``CommunitySearch`` (Louvain with one seed, as
/// `twinning communities --seed S`), and compared on the actors present in both (by id); an
/// added or removed actor moves no community.
///
/// Definitions, with o an old community and c a new one, each restricted to the common actors:
/// - overlap(o, c) = |o ∩ c|; Jaccard J(o, c) = |o ∩ c| / |o ∪ c|;
/// - a *part* of o is a new community holding at least ``minimumPart`` (2) of o's actors: a
///   lone actor that moves is a move, not a split;
/// - o *split* when it has two or more parts; c *merged* when it is a part of two or more old
///   communities (the converse);
/// - each old community of at least ``minimumPart`` common actors is *matched* to the new
///   community of highest Jaccard (ties: the lower number).
///
/// Communities are numbered as `twinning communities` numbers them (from 0, in order of their
/// first actor), in each version. The same network and seed give the same partition, so a
/// network compared with itself has no split and no merge.
///
/// Complexity: that of the two searches, plus O(n) for the overlaps (a hash table of the
/// pairs of communities that share an actor).
public struct CommunityShift: Sendable {
    /// The fewest common actors a community must hold of another to count as a part of it.
    public static let minimumPart = 2

    /// A new community holding some of an old one's actors.
    public struct Part: Sendable, Equatable {
        public let community: Int
        public let shared: Int
    }

    /// One old community split into parts, or one new community merged from parts.
    public struct Event: Sendable {
        /// The old community (a split) or the new one (a merge).
        public let community: Int
        /// Its number of common actors.
        public let size: Int
        /// The communities of the other version it shares at least ``minimumPart`` actors
        /// with, most shared first (ties: the lower number).
        public let parts: [Part]
    }

    /// An old community and the new community most like it.
    public struct Match: Sendable {
        public let old: Int, oldSize: Int
        public let new: Int, newSize: Int
        public let shared: Int
        public let jaccard: Double
    }

    public let before: Communities
    public let after: Communities
    /// Old communities that split, by number.
    public let splits: [Event]
    /// New communities that merged, by number.
    public let merges: [Event]
    /// Each old community of ``minimumPart`` or more common actors, by number.
    public let matches: [Match]
    /// The number of actors present in both versions.
    public let commonActors: Int

    public init(old: Dataset, new: Dataset, search: CommunitySearch) {
        self.init(old: old, new: new, before: search.communities(of: old), after: search.communities(of: new))
    }

    /// Compares given partitions of `old` and `new` (indexed like their nodes).
    public init(old: Dataset, new: Dataset, before: Communities, after: Communities) {
        self.before = before
        self.after = after
        let newIndex = new.nodeIndex()
        var overlap: [Int: Int] = [:]                       // old << 32 | new → shared actors
        var oldSizes = [Int: Int](), newSizes = [Int: Int]()
        var common = 0
        for (i, node) in old.nodes.enumerated() {
            guard let j = newIndex[node.id] else { continue }
            let o = before.membership[i], c = after.membership[j]
            overlap[o << 32 | c, default: 0] += 1
            oldSizes[o, default: 0] += 1
            newSizes[c, default: 0] += 1
            common += 1
        }
        commonActors = common
        var partsOfOld: [Int: [Part]] = [:], partsOfNew: [Int: [Part]] = [:]
        var best: [Int: Match] = [:]
        for (key, shared) in overlap {
            let o = key >> 32, c = key & 0xFFFF_FFFF
            if shared >= CommunityShift.minimumPart {
                partsOfOld[o, default: []].append(Part(community: c, shared: shared))
                partsOfNew[c, default: []].append(Part(community: o, shared: shared))
            }
            guard oldSizes[o]! >= CommunityShift.minimumPart else { continue }
            let jaccard = Double(shared) / Double(oldSizes[o]! + newSizes[c]! - shared)
            if let current = best[o], current.jaccard > jaccard || (current.jaccard == jaccard && current.new < c) { continue }
            best[o] = Match(old: o, oldSize: oldSizes[o]!, new: c, newSize: newSizes[c]!, shared: shared, jaccard: jaccard)
        }
        func events(_ parts: [Int: [Part]], sizes: [Int: Int]) -> [Event] {
            parts.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }.map { community, parts in
                Event(community: community, size: sizes[community]!,
                      parts: parts.sorted { $0.shared != $1.shared ? $0.shared > $1.shared : $0.community < $1.community })
            }
        }
        splits = events(partsOfOld, sizes: oldSizes)
        merges = events(partsOfNew, sizes: newSizes)
        matches = best.values.sorted { $0.old < $1.old }
    }
}
