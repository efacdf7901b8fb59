/// Which source addresses the reports turn into links: the one home of that rule.
///
/// Only absolute `http://` and `https://` addresses (scheme in any case) with a host and no
/// whitespace, control character, quote or angle bracket become links. Anything else
/// (`javascript:`, `data:`, `file:`, `vbscript:`, a relative path, ` https://` with a leading
/// space, which browsers would strip) is shown as text, escaped for where it lands, so a
/// dataset cannot put a script or a local file behind a click.
public enum WebLink {
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return false
        }
        guard let first = rest.unicodeScalars.first, first != "/", first != "?", first != "#" else { return false }
        return !text.unicodeScalars.contains { scalar in
            scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value)
                || "\"'<>`\\".unicodeScalars.contains(scalar)
                || scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
        }
    }
}
