import Foundation

/// The normalised forms of a name that matching compares.
///
/// - `folded`: the name lower-cased, Cyrillic written in Latin (`Transliteration`), accents
///   and other marks removed (Unicode canonical decomposition, combining marks dropped:
///   ü → u, ś → s, ŭ → u), except the carons of the Belarusian Latin alphabet, Czech and the
///   Baltic languages, which are written out as the English digraphs of the same sounds
///   (č → ch, š → sh, ž → zh: Łacinka "Babrujsk", "Žlobin" meet BGN "Zhlobin"); the letters that
///   do not decompose replaced (ł → l, ø → o, đ → d, ß → ss, æ → ae, œ → oe, ı → i, þ → th), apostrophes (' ’ ʼ ʹ ʻ `) removed, a parenthesised
///   qualifier removed ("Fuzhou (Jiangxi)" → "fuzhou"), every other run of non-letters and
///   non-digits one space. "Brest-Litowsk" → "brest litowsk", "Homyel’" → "homyel".
/// - `core`: `folded` without its generic words ("Minsk Region" → "minsk", "ville de Changsha"
///   → "changsha", "Harbin Shi" → "harbin"), with a connector left at the start by the removal
///   ("of", "de", "du", "d", "des") dropped too; a name that is nothing but generic words keeps
///   them ("Xian" the word, "District"). Compound names are not split: "Brest-Litowsk" stays
///   "brest litowsk" (the gazetteer knows it as Brest; a rule that cut it would also cut
///   "Ust-Kamenogorsk").
/// - `level`: the `TerritorialLevel` the generic words name, nil without one. When words of
///   two levels occur ("City District") the first wins.
///
/// Generic words (folded): region: region, oblast, oblasts, voblast, voblasts, voblasc,
/// woblasz, province, provinz, provincia, sheng, krai, kray, gubernia, governorate, gebiet,
/// prefecture, zizhiqu, voivodeship, voivodship, wojewodztwo, state, territory; district: district, raion, rayon, raen, county, xian, qu, kreis,
/// landkreis, bezirk, okrug, powiat; city: city, shi, gorod, stadt, town, ville, miasto;
/// country: republic, republik, republique. ("municipality" is left out: it names cities in
/// some countries and regions in others; "state" counts as a region: Sabah State, Rakhine State.)
///
/// Complexity: O(length of the name).
public struct NameKey: Sendable, Hashable {
    public let folded: String
    public let core: String
    public let level: TerritorialLevel?

    public init(_ name: String) {
        folded = NameKey.fold(name)
        let words = folded.split(separator: " ").map(String.init)
        var kept: [String] = [], level: TerritorialLevel?
        for word in words {
            if let wordLevel = NameKey.genericWords[word] {
                if level == nil { level = wordLevel }
            } else {
                kept.append(word)
            }
        }
        while let first = kept.first, NameKey.connectors.contains(first), kept.count > 1 { kept.removeFirst() }
        if kept.isEmpty || level == nil {
            (core, self.level) = (folded, nil)
        } else {
            (core, self.level) = (kept.joined(separator: " "), level)
        }
    }

    static let genericWords: [String: TerritorialLevel] = {
        var words: [String: TerritorialLevel] = [:]
        for w in ["region", "oblast", "oblasts", "voblast", "voblasts", "voblasc", "woblasz", "province", "provinz", "provincia",
                  "sheng", "krai", "kray", "gubernia", "governorate", "gebiet", "prefecture", "zizhiqu", "voivodeship", "voivodship",
                  "wojewodztwo", "state", "territory"] { words[w] = .region }
        for w in ["district", "raion", "rayon", "raen", "county", "xian", "qu", "kreis", "landkreis", "bezirk", "okrug", "powiat"] {
            words[w] = .district
        }
        for w in ["city", "shi", "gorod", "stadt", "town", "ville", "miasto"] { words[w] = .city }
        for w in ["republic", "republik", "republique"] { words[w] = .country }
        return words
    }()

    static let connectors: Set<String> = ["of", "de", "du", "d", "des", "the"]

    /// Letters that canonical decomposition leaves whole, and what they fold to.
    static let replacements: [Unicode.Scalar: String] = [
        "č": "ch", "š": "sh", "ž": "zh", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t",
    ]
    static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "ʼ", "ʹ", "ʻ", "`", "‘", "ʾ", "ʿ"]

    /// The folded form of `name` (see the type).
    public static func fold(_ name: String) -> String {
        var text = Transliteration.latin(name)
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")"), open != text.startIndex {
            text.removeSubrange(open...close)
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var spelled = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if let replacement = replacements[scalar] { spelled.append(contentsOf: replacement.unicodeScalars) } else { spelled.append(scalar) }
        }
        for scalar in String(spelled).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark || apostrophes.contains(scalar) { continue }
            let piece: String.UnicodeScalarView
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                piece = String.UnicodeScalarView([scalar])
            } else {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(contentsOf: piece)
        }
        return String(out)
    }
}
