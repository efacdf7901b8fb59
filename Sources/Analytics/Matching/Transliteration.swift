/// Cyrillic to Latin, letter by letter, for matching names written in two scripts
/// (Минск and Minsk, Гомель and Gomel, Брэст and Brest).
///
/// The table follows the BGN/PCGN romanisations of Russian (1947) and Belarusian (1979), with
/// the Ukrainian letters of BGN/PCGN Ukrainian (1965), in their plain forms: the positional
/// rules (е as "ye" at the start of a word) and the diacritics of ISO 9 are left out, because
/// the result only feeds `NameKey` and `PhoneticKey`, which fold such differences anyway.
/// Where the languages disagree the Russian reading is kept (г → g, not Belarusian h): the
/// phonetic key puts g and h in one class, so either meets the other's spelling.
///
///     а a  б b  в v  г g  ґ g  д d  е e  ё e  є ye  ж zh  з z  и i  і i  ї yi  й y  к k  л l
///     м m  н n  о o  п p  р r  с s  т t  у u  ў w  ф f  х kh  ц ts  ч ch  ш sh  щ shch
///     ъ –  ы y  ь –  э e  ю yu  я ya  ' (the Belarusian/Ukrainian apostrophe) –
///
/// Letters outside the table (Latin, digits, other scripts) pass through unchanged; capitals
/// are lowered first. Complexity: O(length).
public enum Transliteration {
    /// The Latin spelling of each lower-case Cyrillic letter (U+0430…U+045F).
    static let table: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
        "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]

    /// True when `text` holds a Cyrillic letter (U+0400…U+04FF).
    public static func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// `text` lower-cased, its Cyrillic letters written in Latin ("Віцебск" → "vitsebsk").
    public static func latin(_ text: String) -> String {
        let lowered = text.lowercased()
        guard hasCyrillic(lowered) else { return lowered }
        var out = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            if let latin = table[scalar] { out.append(contentsOf: latin.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
