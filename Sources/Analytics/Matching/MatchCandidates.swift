/// The actors of B worth scoring against an actor of A: those sharing a key with it, so that
/// matching never compares every pair.
///
/// Keys (interned once into integer ids, postings in flat arrays): each name's folded form and
/// core, each phonetic key and its skeleton (three symbols or more), each gazetteer place, the
/// id. Besides, label cores that share character trigrams (the core padded with a space at each
/// end) with a Dice coefficient 2·|shared| / (|T(a)| + |T(b)|) of at least 0.5, for spellings
/// that no key joins ("Tschongking" and "Chongqing" do not; "Shenzen" and "Shenzhen" do).
///
/// Complexity: O(K) to build for K keys of B; per actor of A, the sum of its keys' posting
/// lengths plus that of its trigrams' — on names, a few dozen; all of A against all of B is
/// O(|A| · c) with c the typical number of candidates, not O(|A| · |B|).
struct MatchCandidates: Sendable {
    /// A look-up's working space, one per thread: marks of the actors seen, trigram counts.
    struct Scratch {
        var stamp: [Int32], overlap: [Int32]
        /// The mark of the current look-up in `stamp` (one per call).
        var calls: Int32 = 0
        init(count: Int) {
            stamp = [Int32](repeating: -1, count: count)
            overlap = [Int32](repeating: 0, count: count)
        }
    }

    private let keyIDs: [String: Int32]
    private let offsets: [Int32], postings: [Int32]
    private let trigramIDs: [String: Int32]
    private let trigramOffsets: [Int32], trigramPostings: [Int32]
    private let trigramCount: [Int32]

    init(_ b: MatchSide) {
        var keyIDs: [String: Int32] = [:], trigramIDs: [String: Int32] = [:]
        var pairs: [(key: Int32, actor: Int32)] = []
        for j in 0..<b.count {
            for key in MatchCandidates.keys(b, j) {
                let id = keyIDs[key] ?? { let id = Int32(keyIDs.count); keyIDs[key] = id; return id }()
                pairs.append((id, Int32(j)))
            }
        }
        (offsets, postings) = MatchCandidates.compress(pairs, count: keyIDs.count)
        var trigramPairs: [(key: Int32, actor: Int32)] = [], counts: [Int32] = []
        for j in 0..<b.count {
            let grams = MatchCandidates.trigrams(b.names[j][0].core)
            counts.append(Int32(grams.count))
            for gram in grams {
                let id = trigramIDs[gram] ?? { let id = Int32(trigramIDs.count); trigramIDs[gram] = id; return id }()
                trigramPairs.append((id, Int32(j)))
            }
        }
        (trigramOffsets, trigramPostings) = MatchCandidates.compress(trigramPairs, count: trigramIDs.count)
        trigramCount = counts
        (self.keyIDs, self.trigramIDs) = (keyIDs, trigramIDs)
    }

    /// The candidates in B of actor `i` of `a`, in increasing index order.
    func candidates(of i: Int, in a: MatchSide, scratch: inout Scratch) -> [Int32] {
        var found: [Int32] = []
        let mark = scratch.calls
        scratch.calls += 1
        for key in MatchCandidates.keys(a, i) {
            guard let id = keyIDs[key] else { continue }
            for k in Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1]) {
                let j = Int(postings[k])
                if scratch.stamp[j] != mark { scratch.stamp[j] = mark; scratch.overlap[j] = -1; found.append(Int32(j)) }
            }
        }
        let grams = MatchCandidates.trigrams(a.names[i][0].core)
        var touched: [Int32] = []
        for gram in grams {
            guard let id = trigramIDs[gram] else { continue }
            for k in Int(trigramOffsets[Int(id)])..<Int(trigramOffsets[Int(id) + 1]) {
                let j = Int(trigramPostings[k])
                if scratch.stamp[j] != mark { scratch.stamp[j] = mark; scratch.overlap[j] = 0; touched.append(Int32(j)) }
                if scratch.overlap[j] >= 0 { scratch.overlap[j] += 1 }
            }
        }
        for j in touched where 2 * Int(scratch.overlap[Int(j)]) * 2 >= grams.count + Int(trigramCount[Int(j)]) {
            found.append(j)
        }
        return found.sorted()
    }

    static func keys(_ side: MatchSide, _ i: Int) -> [String] {
        var keys: Set<String> = ["i\u{1}" + side.ids[i]]
        for name in side.names[i] where !name.folded.isEmpty {
            keys.insert("f\u{1}" + name.folded)
            keys.insert("c\u{1}" + name.core)
        }
        for key in side.phonetic[i] {
            keys.insert("p\u{1}" + key)
            let skeleton = PhoneticKey.skeleton(of: key)
            if skeleton.count >= 3 { keys.insert("s\u{1}" + skeleton) }
        }
        for place in side.places[i] { keys.insert("g\u{1}\(place)") }
        return Array(keys)
    }

    static func trigrams(_ core: String) -> Set<String> {
        let padded = Array(" \(core) ")
        guard padded.count >= 3 else { return [] }
        return Set((0...(padded.count - 3)).map { String(padded[$0..<($0 + 3)]) })
    }

    /// Compressed rows: the actors of each key, keys numbered 0..<count.
    static func compress(_ pairs: [(key: Int32, actor: Int32)], count: Int) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for pair in pairs { offsets[Int(pair.key) + 1] += 1 }
        for k in 0..<count { offsets[k + 1] += offsets[k] }
        var next = offsets, postings = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            postings[Int(next[Int(pair.key)])] = pair.actor
            next[Int(pair.key)] += 1
        }
        return (offsets, postings)
    }
}
