import Foundation

/// What an HTML page would fetch from the network as it opens: every `src`, `srcset`, `data`,
/// `poster`, `background`, `href` or `xlink:href` attribute, CSS `url(…)` and `@import` that
/// points at `http://`, `https://` or a protocol-relative `//host`.
///
/// Links the reader may follow (`href` on `<a>` and `<area>`) fetch nothing until clicked and
/// are not counted, so a page that cites its sources still opens offline.
public enum NetworkReferences {
    /// The external references of `html`, as `tag attribute=value` (or the CSS text), in page order.
    public static func find(in html: String) -> [String] {
        var found: [(at: Int, text: String)] = []
        let text = html as NSString
        let whole = NSRange(location: 0, length: text.length)
        for tag in tagPattern.matches(in: html, range: whole) {
            let name = text.substring(with: tag.range(at: 1)).lowercased()
            let attributes = text.substring(with: tag.range(at: 2))
            let inner = attributes as NSString
            for attribute in attributePattern.matches(in: attributes, range: NSRange(location: 0, length: inner.length)) {
                let key = inner.substring(with: attribute.range(at: 1)).lowercased()
                let value = (2...4).lazy.map { attribute.range(at: $0) }.first { $0.location != NSNotFound }
                    .map { inner.substring(with: $0) } ?? ""
                guard loading.contains(key), !(links.contains(name) && key.hasSuffix("href")) else { continue }
                if isExternal(value) { found.append((tag.range.location, "\(name) \(key)=\(value)")) }
            }
        }
        for css in cssPattern.matches(in: html, range: whole) {
            found.append((css.range.location, text.substring(with: css.range)))
        }
        return found.sorted { $0.at < $1.at }.map(\.text)
    }

    /// True for `http://…`, `https://…` and `//host…`; a `srcset` is external when any of its candidates is.
    static func isExternal(_ value: String) -> Bool {
        value.split(separator: ",").contains { candidate in
            let url = candidate.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            return url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("//")
        }
    }

    private static let loading: Set<String> = ["src", "srcset", "data", "poster", "background", "href", "xlink:href"]
    private static let links: Set<String> = ["a", "area"]
    private static let tagPattern = try! NSRegularExpression(pattern: #"<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>"#)
    private static let attributePattern = try! NSRegularExpression(
        pattern: #"([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#)
    private static let cssPattern = try! NSRegularExpression(
        pattern: #"(?:url\(\s*["']?|@import\s+["'])(?:https?:)?//[^\s"')]*"#, options: [.caseInsensitive])
}
