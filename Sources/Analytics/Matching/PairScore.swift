/// How alike actor a of A and actor b of B are: a score from 0 to 1 and the evidence, or nil
/// when something vetoes the pair or their names have nothing in common.
///
/// Name evidence, the best of (each name of a against each name of b; a name being the label
/// or an alias, `NameKey`):
///
///     same folded label                                   0.95  label (transliteration when
///                                                               one side is in Cyrillic)
///     same folded name, an alias on either side           0.92  alias
///     same gazetteer place, each side identified as it    0.96  gazetteer
///     a gazetteer place in common, not both identified    0.85  gazetteer (several places)
///     same core (generic words aside)                     0.90  (−0.03 through an alias)
///     same phonetic key                                   0.88  spelling variant (−0.03)
///     same skeleton          min(0.79, 0.4 + 0.2·JW(keys) + 0.2·JW(cores))  skeleton
///     label cores with Jaro–Winkler ≥ 0.88             0.8·JW   similar spelling
///
/// JW is `JaroWinkler`. A short name (a core under four letters) or an acronym (an alias without
/// a lower-case letter, "BGSAA") counts only when equal: its keys join too much. A skeleton alone
/// or a similar spelling alone stays below the default threshold: it proposes, a person decides.
///
/// Discounts (the evidence cannot decide alone): a phonetic key with fewer than three consonant
/// classes: at most 0.75 (Anhui and Ånge, Tula and Tale); a name whose generic word only one side has ("Minsk Region"
/// and "Minsk"), unless both actors' levels are known and equal: × 0.8 (so 0.72 for equal
/// cores: a review at best, the bare name may be the city); a side whose names the gazetteer
/// gives to two or more places, its country (if it has one) and `geonames_id` (if any) not
/// narrowing them to one: at most 0.75 (Brest alone does not say which Brest, nor Fuzhou which
/// of China's two).
///
/// Then the context:
///
///     veto    both levels known and different, one of them territorial (a city is never its
///             region, a university never its city); a non-territorial actor and an untyped one
///             the gazetteer identifies as a populated place; such an untyped place and a
///             region, district or country whose own names the gazetteer does not know as a
///             populated place (Xinjiang Uygur Autonomous Region and Xinyang); both countries known and
///             different (an inferred country counts); both identified as different gazetteer
///             places; both placed more than `vetoKilometres` apart (300)
///     +0.10   same id
///     +0.05   placed within `nearKilometres` (30) of each other
///     +0.02   same type; same country
///     −0.10   both typed, different types (both non-territorial: a firm and a university)
///     +0.03   the parents (`within`) are matched to each other (`ActorMatching`, second pass)
///
/// clamped to [0, 1]. Complexity: O(names of a · names of b · name length).
struct PairScore {
    static let nearKilometres = 30.0, vetoKilometres = 300.0
    /// A pair whose name evidence is below this is not a candidate.
    static let minimumNameScore = 0.5

    let a: MatchSide, b: MatchSide

    func score(_ i: Int, _ j: Int) -> (score: Double, evidence: [String])? {
        if vetoed(i, j) { return nil }
        guard var (score, evidence) = nameScore(i, j), score >= PairScore.minimumNameScore else { return nil }
        if a.ids[i] == b.ids[j] { score += 0.10; evidence.append("id") }
        if let pa = a.point[i], let pb = b.point[j] {
            let km = Haversine.kilometres(pa, pb)
            if km <= PairScore.nearKilometres { score += 0.05 }
            evidence.append("distance \(Int(km.rounded())) km")
        }
        if let ta = a.types[i], let tb = b.types[j] {
            if ta == tb { score += 0.02; evidence.append("type") } else { score -= 0.10; evidence.append("type differs") }
        }
        if let ca = a.country[i], ca == b.country[j] {
            score += 0.02
            evidence.append(a.countryInferred[i] || b.countryInferred[j] ? "country (gazetteer)" : "country")
        }
        return (min(1, max(0, score)), evidence)
    }

    func vetoed(_ i: Int, _ j: Int) -> Bool {
        if let la = a.level[i], let lb = b.level[j], la != lb, la != .nonTerritorial || lb != .nonTerritorial { return true }
        if b.isPlace(j) && a.cannotBePlace(i) || a.isPlace(i) && b.cannotBePlace(j) { return true }
        if let ca = a.country[i], let cb = b.country[j], ca != cb { return true }
        if a.places[i].count == 1, b.places[j].count == 1, a.places[i][0] != b.places[j][0] { return true }
        if let pa = a.point[i], let pb = b.point[j], Haversine.kilometres(pa, pb) > PairScore.vetoKilometres { return true }
        return false
    }

    /// The best name evidence (see the type), caps applied.
    func nameScore(_ i: Int, _ j: Int) -> (Double, [String])? {
        var best = 0.0, label = ""
        func offer(_ value: Double, _ what: String) { if value > best { (best, label) = (value, what) } }
        let levelsAgree = a.level[i] != nil && a.level[i] == b.level[j]
        for (x, ka) in a.names[i].enumerated() {
            for (y, kb) in b.names[j].enumerated() {
                let viaAlias = x > 0 || y > 0
                if ka.folded == kb.folded {
                    offer(viaAlias ? 0.92 : 0.95, viaAlias ? "alias" : a.hasCyrillic[i] != b.hasCyrillic[j] ? "transliteration" : "label")
                    continue
                }
                let oneSidedGeneric = (ka.level == nil) != (kb.level == nil) && !levelsAgree
                let factor = oneSidedGeneric ? 0.8 : 1.0
                let penalty = viaAlias ? 0.03 : 0
                let word = oneSidedGeneric ? " (one side's generic word aside)" : ""
                if ka.core == kb.core { offer(factor * (0.90 - penalty), "name without generic words" + word); continue }
                if a.isTerse[i][x] || b.isTerse[j][y] { continue }
                let pa = a.phoneticByName[i][x], pb = b.phoneticByName[j][y]
                if let shared = pa.first(where: pb.contains) {
                    let cap = PhoneticKey.consonants(of: shared) >= 3 ? 1.0 : 0.75
                    offer(factor * min(cap, 0.88 - penalty), "spelling variant" + word); continue
                }
                if best < 0.79, let (ska, skb) = sameSkeleton(pa, pb) {
                    let sound = JaroWinkler.similarity(ska, skb), spelling = JaroWinkler.similarity(ka.core, kb.core)
                    offer(factor * min(0.79, 0.4 + 0.2 * sound + 0.2 * spelling - penalty), "skeleton" + word)
                }
                if !viaAlias && best < 0.85 {
                    let jw = JaroWinkler.similarity(ka.core, kb.core)
                    if jw >= 0.88 { offer(factor * 0.8 * jw, "similar spelling" + word) }
                }
            }
        }
        if ambiguous(a, i) || ambiguous(b, j) {
            if best > 0.75 {
                let count = max(a.places[i].count, b.places[j].count)
                (best, label) = (0.75, label + " (the gazetteer has \(count) places of this name)")
            }
        } else if !a.places[i].isEmpty, !b.places[j].isEmpty, a.places[i].contains(where: b.places[j].contains) {
            let identified = a.places[i].count == 1 && b.places[j].count == 1
            offer(identified ? 0.96 : 0.85, identified ? "gazetteer" : "gazetteer (several places)")
        }
        return best > 0 ? (best, [label]) : nil
    }

    /// The phonetic keys (one of each side) whose skeletons are equal, if any.
    func sameSkeleton(_ pa: [String], _ pb: [String]) -> (String, String)? {
        for x in pa {
            let sx = PhoneticKey.skeleton(of: x)
            guard sx.count >= 3 else { continue }
            for y in pb where PhoneticKey.skeleton(of: y) == sx { return (x, y) }
        }
        return nil
    }

    /// A side whose names the gazetteer gives to two or more places (after its country and
    /// `geonames_id` narrowed them).
    func ambiguous(_ side: MatchSide, _ i: Int) -> Bool { side.places[i].count >= 2 }
}
