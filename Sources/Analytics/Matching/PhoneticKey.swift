/// A sound-alike key of a folded name, so that romanisations of one name meet:
/// Gomel, Homel, Homiel and Homyel give "Kamil"; Grodno and Hrodna "KraDna"; Vitebsk,
/// Viciebsk and Vitsyebsk "viTibSK"; Harbin, Charbin and Kharbin "Karbin"; Mogilev ("maKiliv")
/// and Mahiljou ("maKilav") share their skeleton "mKlv".
///
/// Written for this project (no published algorithm is followed; it is in the spirit of
/// Soundex, Russell and Odell 1918, and of the Daitch–Mokotoff refinement, 1985, for Slavic
/// names): the folded name (`NameKey.folded`) is read left to right, the longest spelling first,
/// each spelling replaced by its class:
///
///     a o                                                      → a   (akanye: Hrodna/Grodno)
///     e i y j                                                  → i   (ie, ye, ji: Homiel/Gomel)
///     u, unless it follows a vowel                             → u
///     u after a vowel and before none (Belarusian ў: Mahiloŭ)  → v
///     v w                                                      → v
///     g h k q x  kh gh ck                                      → K   (Gomel/Homel, Kharbin/Harbin)
///     t c ts tz th                                             → T   (Vitebsk/Viciebsk/Vitsebsk)
///     d dz                                                     → D
///     s z sh zh sch shch sz                                    → S
///     tsch tch cz                                              → C
///     ch                                                       → C, and also K  (two keys)
///     f ph                                                     → f
///     b p l m n r, digits and other letters                   → themselves
///
/// A run of vowels is written once, as the class of its last vowel (the iotated ya, yo, ie,
/// ju: the last letter is the vowel heard); runs of one consonant class are written once;
/// spaces are dropped (Brest-Litovsk, Brest Litovsk and Brestlitovsk meet). "ch" is both the Russian ч (Chernigov, C) and the German spelling of х
/// (Charbin, K), so a name with "ch" has two keys. German z (= ц: Wizebsk) is read as S, like
/// the English z (= з), so Wizebsk and Vitebsk do not meet here: the gazetteer lists Wizebsk.
///
/// The `skeleton` is the key without its vowels (a leading vowel kept as "a") and spaces: coarse,
/// for finding candidates and as weak evidence only.
///
/// Complexity: O(length of the name).
public enum PhoneticKey {
    /// The keys of `folded` (one, or two when it contains "ch").
    public static func keys(of folded: String) -> [String] {
        let bytes = Array(folded.utf8)
        let hasCH = zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "c") && $1 == UInt8(ascii: "h") }
        return hasCH ? [encode(bytes, chAs: "C"), encode(bytes, chAs: "K")] : [encode(bytes, chAs: "C")]
    }

    /// The key without vowels and spaces (a leading vowel kept as "a").
    public static func skeleton(of key: String) -> String {
        var out = "", first = true
        for c in key {
            defer { first = false }
            if c == " " { continue }
            if isVowel(c) { if first { out.append("a") }; continue }
            if out.last != c { out.append(c) }
        }
        return out
    }

    /// The number of consonant symbols in a key ("maKiliv": 3).
    public static func consonants(of key: String) -> Int { key.filter { $0 != " " && !isVowel($0) }.count }

    static func isVowel(_ c: Character) -> Bool { c == "a" || c == "i" || c == "u" }

    static let multi: [(String, Character)] = [
        ("shch", "S"), ("tsch", "C"), ("sch", "S"), ("tch", "C"), ("sh", "S"), ("zh", "S"), ("sz", "S"), ("cz", "C"),
        ("kh", "K"), ("gh", "K"), ("ck", "K"), ("ts", "T"), ("tz", "T"), ("th", "T"), ("dz", "D"), ("ph", "f"),
    ].map { (String($0.0), Character($0.1)) }

    static let single: [UInt8: Character] = {
        var map: [UInt8: Character] = [:]
        for c in "ao".utf8 { map[c] = "a" }
        for c in "eiyj".utf8 { map[c] = "i" }
        for c in "vw".utf8 { map[c] = "v" }
        for c in "ghkqx".utf8 { map[c] = "K" }
        for c in "tc".utf8 { map[c] = "T" }
        map[UInt8(ascii: "d")] = "D"
        for c in "sz".utf8 { map[c] = "S" }
        return map
    }()

    static let multiBytes: [([UInt8], Character)] = multi.map { (Array($0.0.utf8), $0.1) }

    static func encode(_ bytes: [UInt8], chAs ch: Character) -> String {
        var out: [Character] = []
        var i = 0
        func put(_ c: Character) {
            if let last = out.last, isVowel(last), isVowel(c) { out[out.count - 1] = c; return }
            if out.last != c { out.append(c) }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: " ") { i += 1; continue }
            if let (spelling, symbol) = multiBytes.first(where: { matches($0.0, in: bytes, at: i) }) {
                put(symbol); i += spelling.count; continue
            }
            if b == UInt8(ascii: "c"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "h") {
                put(ch); i += 2; continue
            }
            if b == UInt8(ascii: "u") {
                let afterVowel = out.last.map(isVowel) ?? false
                let beforeVowel = i + 1 < bytes.count && (bytes[i + 1] == UInt8(ascii: "u") || single[bytes[i + 1]].map(isVowel) == true)
                put(afterVowel && !beforeVowel ? "v" : "u"); i += 1; continue
            }
            if let symbol = single[b] { put(symbol); i += 1; continue }
            // Other letters (b p l m n r f, digits, letters of other scripts) stand for themselves;
            // a multi-byte UTF-8 letter is copied byte by byte.
            out.append(Character(Unicode.Scalar(b))); i += 1
        }
        return String(out)
    }

    static func matches(_ spelling: [UInt8], in bytes: [UInt8], at i: Int) -> Bool {
        guard i + spelling.count <= bytes.count else { return false }
        for k in spelling.indices where bytes[i + k] != spelling[k] { return false }
        return true
    }
}
