/// Names for SVG elements, so that a web page can find a node or an edge by its dataset id
/// (`document.getElementById("node-Q64")`) and style them by type or kind (`.city`, `.twinning`).
enum DOMName {
    /// `prefix-` and the id with every character that is not a letter, a digit, `-`, `_` or
    /// `.` replaced by `_` (letters of every script are kept: HTML ids allow them).
    static func sanitised(_ id: String) -> String {
        var out = ""
        for ch in id {
            out.append(ch.isLetter || ch.isNumber || ch == "-" || ch == "_" || ch == "." ? ch : "_")
        }
        return out.isEmpty ? "_" : out
    }

    /// A CSS class: lowercase ASCII letters, digits and `-` (`research_institute` →
    /// `research-institute`), starting with a letter.
    static func className(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            out.append(scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) ? Character(scalar) : "-")
        }
        if let first = out.unicodeScalars.first, !("a"..."z").contains(first) { out = "c-" + out }
        return out.isEmpty ? "c-" : out
    }

    /// Unique element ids, one per name, in order: a sanitised name that repeats (two ids that
    /// differ only in replaced characters) gets `-2`, `-3`...
    static func uniqueIDs(_ names: [String], prefix: String) -> [String] {
        var used: [String: Int] = [:]
        var taken = Set<String>()
        return names.map { name in
            let base = prefix + "-" + sanitised(name)
            var candidate = base
            while taken.contains(candidate) {
                let next = (used[base] ?? 1) + 1
                used[base] = next
                candidate = base + "-\(next)"
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
