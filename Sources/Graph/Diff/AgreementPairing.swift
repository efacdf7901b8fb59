/// Which agreement of one dataset is which agreement of another: the pairing ``DatasetDiff``
/// compares field by field.
///
/// Agreement ids cannot be trusted alone: a dataset folder's ids are stable (`a0001`…), but an
/// edge list numbers its rows (`e0`, `e1`…), so one removed row renames every later one, and
/// two sources of the same network seldom share ids. Agreements are therefore paired in four
/// steps, each on what the earlier ones left, each pairing in the order of appearance on both
/// sides (the first unpaired old agreement with the first unpaired new one of the same key):
///
/// 1. `id`: the same id on both sides and the same ends (in the same order, or in either order
///    when both are undirected);
/// 2. `content`: every field but the id equal (an undirected agreement's ends in either order):
///    renumbered rows of an unchanged agreement;
/// 3. `pair_kind_date`: the same ends (ordered for a directed agreement, unordered otherwise),
///    the same kind and the same date: the agreement with some other field changed;
/// 4. `pair`: the same two ends in either order: the agreement with its kind, date or
///    direction changed (several between one pair: greedily, in order).
///
/// What is left is removed (old side) or added (new side). The rule is deterministic: the
/// same two datasets always give the same pairing.
///
/// Complexity: O(m_old + m_new) expected time (one hash table of the new side's leftovers per
/// step, keyed by a 64-bit hash with the keys compared on a hit, so a hash collision costs a
/// comparison, never a wrong pair) and O(m) memory: a few integers per agreement.
public enum AgreementPairing {
    /// The step that paired two agreements (see above).
    public enum Step: String, CaseIterable, Sendable {
        case id, content, pairKindDate = "pair_kind_date", pair
    }

    /// Pairs `old` with `new`: the pairs (old index, new index, step) in the order they were
    /// made, the old agreements left unpaired (removed) and the new ones (added), each in
    /// their dataset's order.
    public static func pairs(old: [Agreement], new: [Agreement])
        -> (pairs: [(old: Int, new: Int, step: Step)], removed: [Int], added: [Int]) {
        var oldLeft = Array(old.indices), newLeft = Array(new.indices)
        var pairs: [(old: Int, new: Int, step: Step)] = []
        pairs.reserveCapacity(min(old.count, new.count))
        for step in Step.allCases where !oldLeft.isEmpty && !newLeft.isEmpty {
            let key: (Agreement) -> Int, same: (Agreement, Agreement) -> Bool
            switch step {
            case .id: (key, same) = ({ $0.id.hashValue }, { $0.id == $1.id && sameEnds($0, $1) })
            case .content: (key, same) = (contentHash, sameContent)
            case .pairKindDate: (key, same) = (pairKindDateHash, { $0.kind == $1.kind && $0.date == $1.date && canonicalEnds($0) == canonicalEnds($1) })
            case .pair: (key, same) = ({ unorderedHash($0) }, { unorderedEnds($0) == unorderedEnds($1) })
            }
            let result = pairUp(oldLeft, newLeft, oldKey: { key(old[$0]) }, newKey: { key(new[$0]) },
                                same: { same(old[$0], new[$1]) })
            pairs += result.pairs.map { ($0.0, $0.1, step) }
            (oldLeft, newLeft) = (result.oldLeft, result.newLeft)
        }
        return (pairs, oldLeft, newLeft)
    }

    /// One step: each of `oldLeft` in order takes the first unpaired of `newLeft` with the same
    /// key. Chains of new positions per hash (a linked list in `next`), in their order.
    static func pairUp(_ oldLeft: [Int], _ newLeft: [Int], oldKey: (Int) -> Int, newKey: (Int) -> Int,
                       same: (Int, Int) -> Bool) -> (pairs: [(Int, Int)], oldLeft: [Int], newLeft: [Int]) {
        var head = [Int: Int32](minimumCapacity: newLeft.count)
        var next = [Int32](repeating: -1, count: newLeft.count)
        for p in newLeft.indices.reversed() {
            let h = newKey(newLeft[p])
            next[p] = head[h] ?? -1
            head[h] = Int32(p)
        }
        var taken = [Bool](repeating: false, count: newLeft.count)
        var pairs: [(Int, Int)] = [], unpaired: [Int] = []
        for o in oldLeft {
            let h = oldKey(o)
            guard var p = head[h] else { unpaired.append(o); continue }
            var previous: Int32 = -1
            while p >= 0 && !same(o, newLeft[Int(p)]) { previous = p; p = next[Int(p)] }
            guard p >= 0 else { unpaired.append(o); continue }
            if previous < 0 { head[h] = next[Int(p)] >= 0 ? next[Int(p)] : nil } else { next[Int(previous)] = next[Int(p)] }
            taken[Int(p)] = true
            pairs.append((o, newLeft[Int(p)]))
        }
        let newUnpaired = newLeft.indices.filter { !taken[$0] }.map { newLeft[$0] }
        return (pairs, unpaired, newUnpaired)
    }

    // MARK: Keys

    /// The ends as a directed agreement has them, or sorted for an undirected one.
    static func canonicalEnds(_ a: Agreement) -> UnorderedEnds {
        a.directed ? UnorderedEnds(first: a.from, second: a.to, ordered: true) : unorderedEnds(a)
    }

    static func unorderedEnds(_ a: Agreement) -> UnorderedEnds {
        a.from <= a.to ? UnorderedEnds(first: a.from, second: a.to, ordered: false)
                       : UnorderedEnds(first: a.to, second: a.from, ordered: false)
    }

    struct UnorderedEnds: Hashable {
        let first: String, second: String, ordered: Bool
    }

    /// The same ends: in the same order, or reversed when both agreements are undirected.
    static func sameEnds(_ a: Agreement, _ b: Agreement) -> Bool {
        (a.from == b.from && a.to == b.to) || (!a.directed && !b.directed && a.from == b.to && a.to == b.from)
    }

    static func unorderedHash(_ a: Agreement) -> Int {
        let ends = unorderedEnds(a)
        var hasher = Hasher()
        hasher.combine(ends.first); hasher.combine(ends.second)
        return hasher.finalize()
    }

    static func pairKindDateHash(_ a: Agreement) -> Int {
        var hasher = Hasher()
        hasher.combine(canonicalEnds(a)); hasher.combine(a.kind); hasher.combine(a.date)
        return hasher.finalize()
    }

    static func contentHash(_ a: Agreement) -> Int {
        var hasher = Hasher()
        hasher.combine(canonicalEnds(a)); hasher.combine(a.kind); hasher.combine(a.date)
        hasher.combine(a.endDate); hasher.combine(a.status); hasher.combine(a.weightValue)
        hasher.combine(a.provenance); hasher.combine(a.attributes)
        return hasher.finalize()
    }

    static func sameContent(_ a: Agreement, _ b: Agreement) -> Bool {
        canonicalEnds(a) == canonicalEnds(b) && a.kind == b.kind && a.date == b.date && a.endDate == b.endDate
            && a.status == b.status && a.weightValue == b.weightValue && a.provenance == b.provenance
            && a.attributes == b.attributes
    }
}
