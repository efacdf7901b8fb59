import Analytics
import Graph

/// Two datasets with a known truth, for `ActorMatchingTests`: A names its actors as an English
/// gazetteer would (BGN/PCGN romanisation, types, countries), B names the same actors as a
/// German or Belarusian source would, often without type or country, plus actors only one side
/// has.
///
/// How the names are made (the truth follows from this, not from the matcher):
/// - **Synthetic places**: Cyrillic names of two or three syllables and an ending, drawn from a
///   seeded generator, each written three ways from the same letters — BGN/PCGN (A), German
///   Duden (ж sch, з s, в w, х ch, ч tsch, ш sch, я ja, ю ju) and the Belarusian Latin
///   alphabet (г h, ж ž, ч č, ш š, е ie, я ia, ю iu, final в ŭ). ё, ц and щ are not drawn: the
///   German readings of ц (z) and ё (jo) are what `PhoneticKey` documents it does not join. Two
///   places count as distinct names when their consonant letters differ.
/// - B's spelling of a place then gets one surface change at random: none, all capitals, an
///   acute accent on its first vowel, or a hyphen after its first syllable.
/// - **City and region**: a third of the places also have a region, "X Region" in A, and in B
///   "Oblast X" (German) or "X Voblasts" (Belarusian); B's type is often missing.
/// - **One name, two countries**: some names are a city in Belarus and another in Russia, on
///   both sides, each with its country (the only thing that tells them apart).
/// - **Exonyms**: real cities under their English names in A and a German or Belarusian name in
///   B, which only the gazetteer links (Peking, Charbin, Moskau, Brest-Litowsk…).
/// - **Only in A, only in B**: further synthetic places with names of their own.
struct MatchingTestPairs {
    var a: [Node] = [], b: [Node] = []
    /// The true partner in B of each actor of A that has one.
    var truth: [String: String] = [:]
    /// The level of every actor (by id, both sides): to count city–region matches.
    var level: [String: String] = [:]

    /// Cyrillic letters with their three romanisations (BGN/PCGN, German, Belarusian Latin).
    static let onsets: [(String, String, String)] = [
        ("b", "b", "b"), ("v", "w", "v"), ("g", "g", "h"), ("d", "d", "d"), ("zh", "sch", "ž"), ("z", "s", "z"),
        ("k", "k", "k"), ("l", "l", "l"), ("m", "m", "m"), ("n", "n", "n"), ("p", "p", "p"), ("r", "r", "r"),
        ("s", "s", "s"), ("t", "t", "t"), ("f", "f", "f"), ("kh", "ch", "ch"), ("ch", "tsch", "č"), ("sh", "sch", "š"),
    ]
    static let vowels: [(String, String, String)] = [
        ("a", "a", "a"), ("o", "o", "a"), ("u", "u", "u"), ("i", "i", "i"), ("y", "y", "y"), ("e", "e", "ie"),
        ("ya", "ja", "ia"), ("yu", "ju", "iu"),
    ]
    static let endings: [(String, String, String)] = [("sk", "sk", "sk"), ("ov", "ow", "aŭ"), ("in", "in", "in"), ("n", "n", "n"), ("l", "l", "l")]

    /// Real cities: the English name (A), the country, a German or Belarusian name (B).
    static let exonyms: [(String, String, String)] = [
        ("Beijing", "China", "Peking"), ("Harbin", "China", "Charbin"), ("Moscow", "Russia", "Moskau"),
        ("Warsaw", "Poland", "Warschau"), ("Volgograd", "Russia", "Wolgograd"), ("Yekaterinburg", "Russia", "Jekaterinburg"),
        ("Tehran", "Iran", "Teheran"), ("Karachi", "Pakistan", "Karatschi"), ("Brest", "Belarus", "Brest-Litowsk"),
        ("Vitebsk", "Belarus", "Wizebsk"), ("Bobruisk", "Belarus", "Babrujsk"), ("Polotsk", "Belarus", "Polazk"),
        ("Novopolotsk", "Belarus", "Nawapolazk"), ("Baranovichi", "Belarus", "Baranawitschy"), ("Penza", "Russia", "Pensa"),
        ("Mogilev", "Belarus", "Mahiljou"), ("Grodno", "Belarus", "Hrodna"), ("Gomel", "Belarus", "Homel"),
    ]

    init(seed: UInt64, places: Int = 90, regions: Int = 30, homonyms: Int = 8, onlyA: Int = 25, onlyB: Int = 25) {
        var random = SeededGenerator(seed: seed)
        var used = Set<String>()
        func name() -> (en: String, de: String, be: String) {
            while true {
                var parts: [(String, String, String)] = []
                var consonants = ""
                for _ in 0..<Int.random(in: 2...3, using: &random) {
                    let onset = MatchingTestPairs.onsets.randomElement(using: &random)!
                    parts.append(onset)
                    parts.append(MatchingTestPairs.vowels.randomElement(using: &random)!)
                    consonants += onset.0 + "."
                }
                let ending = MatchingTestPairs.endings.randomElement(using: &random)!
                parts.append(ending)
                consonants += ending.0
                guard used.insert(consonants).inserted else { continue }
                func word(_ pick: ((String, String, String)) -> String) -> String {
                    let text = parts.map(pick).joined()
                    return text.prefix(1).uppercased() + text.dropFirst()
                }
                return (word { $0.0 }, word { $0.1 }, word { $0.2 })
            }
        }
        func surface(_ text: String) -> String {
            switch Int.random(in: 0..<4, using: &random) {
            case 1: return text.uppercased()
            case 2:
                guard let i = text.firstIndex(where: { "aeiou".contains($0) }) else { return text }
                let accented: [Character: String] = ["a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"]
                return String(text[..<i]) + accented[text[i]]! + String(text[text.index(after: i)...])
            case 3:
                guard let i = text.dropFirst(2).firstIndex(where: { "aeiou".contains($0) }) else { return text }
                let cut = text.index(after: i)
                return cut < text.endIndex ? String(text[..<cut]) + "-" + String(text[cut...]).capitalized : text
            default: return text
            }
        }
        let countries = ["Belarus", "Russia"]
        var counter = 0
        func add(a label: String?, b bLabel: String?, level: String, country: String, bTyped: Bool, bCountry: Bool) {
            counter += 1
            let aID = "a\(counter)", bID = "b\(counter)"
            let type = NodeType(rawValue: level)
            if let label { a.append(Node(id: aID, label: label, type: type, country: country)); self.level[aID] = level }
            if let bLabel {
                b.append(Node(id: bID, label: bLabel, type: bTyped ? type : nil, country: bCountry ? country : nil))
                self.level[bID] = level
            }
            if label != nil && bLabel != nil { truth[aID] = bID }
        }
        for k in 0..<places {
            let n = name(), country = countries.randomElement(using: &random)!
            let german = Bool.random(using: &random)
            add(a: n.en, b: surface(german ? n.de : n.be), level: "city", country: country,
                bTyped: Bool.random(using: &random), bCountry: Bool.random(using: &random))
            if k < regions {
                add(a: "\(n.en) Region", b: german ? "Oblast \(n.de)" : "\(n.be) Voblasts", level: "region", country: country,
                    bTyped: Bool.random(using: &random), bCountry: Bool.random(using: &random))
            }
        }
        for _ in 0..<homonyms {
            let n = name()
            for country in countries {
                add(a: n.en, b: Bool.random(using: &random) ? n.de : n.be, level: "city", country: country, bTyped: false, bCountry: true)
            }
        }
        for (english, country, other) in MatchingTestPairs.exonyms {
            add(a: english, b: other, level: "city", country: country, bTyped: false, bCountry: false)
        }
        for _ in 0..<onlyA { add(a: name().en, b: nil, level: "city", country: countries.randomElement(using: &random)!, bTyped: true, bCountry: true) }
        for _ in 0..<onlyB { add(a: nil, b: name().de, level: "city", country: countries.randomElement(using: &random)!, bTyped: false, bCountry: false) }
        // B in another order than A, as a second source would list them.
        b.shuffle(using: &random)
    }

    var datasetA: Dataset { Dataset(nodes: a) }
    var datasetB: Dataset { Dataset(nodes: b) }
}
