/// The Jaro–Winkler similarity of two strings, 0 (nothing in common) … 1 (equal).
///
/// Jaro (1989, "Advances in record-linkage methodology as applied to matching the 1985 census
/// of Tampa, Florida", JASA 84): with m the number of matching characters (equal, and no
/// farther apart than ⌊max(|a|, |b|) / 2⌋ − 1 positions, each character matched at most once)
/// and t half the number of matching characters out of order,
///
///     jaro = 0 when m = 0, else (m/|a| + m/|b| + (m − t)/m) / 3.
///
/// Winkler (1990, "String comparator metrics and enhanced decision rules in the Fellegi–Sunter
/// model of record linkage") raises it for a common prefix of length ℓ ≤ 4:
///
///     jw = jaro + ℓ · p · (1 − jaro),   p = 0.1.
///
/// Compared by Unicode scalar. Two empty strings are equal (1). Example: MARTHA and MARHTA give
/// jaro 0.9444 and jw 0.9611; DIXON and DICKSONX 0.7667 and 0.8133 (Winkler's examples).
///
/// Complexity: O(|a| · |b|) in the worst case, O((|a| + |b|) · window) as written.
public enum JaroWinkler {
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    public static func similarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        var matchedA = [Bool](repeating: false, count: a.count), matchedB = [Bool](repeating: false, count: b.count)
        var m = 0
        for i in a.indices {
            let lo = max(0, i - window), hi = min(b.count - 1, i + window)
            if lo > hi { continue }
            for j in lo...hi where !matchedB[j] && a[i] == b[j] {
                matchedA[i] = true; matchedB[j] = true; m += 1
                break
            }
        }
        if m == 0 { return 0 }
        var outOfOrder = 0, j = 0
        for i in a.indices where matchedA[i] {
            while !matchedB[j] { j += 1 }
            if a[i] != b[j] { outOfOrder += 1 }
            j += 1
        }
        let md = Double(m), t = Double(outOfOrder) / 2
        let jaro = (md / Double(a.count) + md / Double(b.count) + (md - t) / md) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
