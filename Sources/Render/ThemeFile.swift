import Foundation
import Graph

/// A theme file: JSON that overrides any part of `Theme.standard`. Every key is optional;
/// an unknown key is an error (a misspelt key silently ignored would be a style that never
/// applies).
///
/// ```json
/// {
///   "nodeTypes": { "city": { "shape": "box", "color": "#88CCEE" } },
///   "agreementKinds": { "twinning": { "color": "#332288", "style": "dashed" } },
///   "palette": ["#CC6677", "#332288", "#DDCC77"],
///   "font": "Liberation Sans", "fontSize": 12, "legendFontSize": 14,
///   "nodeSize": { "min": 0.2, "max": 1.5 }, "pointSize": { "min": 0.02, "max": 0.2 },
///   "edgeWidth": { "min": 0.5, "max": 4 },
///   "background": "#FAFAFA", "denseEdgeColor": "#333333"
/// }
/// ```
extension Theme {
    /// `Theme.standard` overridden by the file at `path`.
    public static func load(file path: String) throws -> Theme {
        let bytes = try InputFile.read(path)
        return try Theme.standard.overridden(byJSON: Data(bytes), file: path)
    }

    /// This theme overridden by the JSON `data`; `file` names it in errors.
    public func overridden(byJSON data: Data, file: String) throws -> Theme {
        let overrides: ThemeOverrides
        do {
            overrides = try JSONDecoder().decode(ThemeOverrides.self, from: data)
        } catch let error as DecodingError {
            throw ThemeError(decoding: error, file: file)
        }
        var theme = self
        try overrides.apply(to: &theme, file: file)
        return theme
    }
}

/// A theme file that cannot be used: the file, the key path, what was wrong.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The key path in the JSON, e.g. `nodeTypes.city.color`; empty for the whole file.
    public var key: String
    public var message: String

    public init(file: String, key: String, message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    /// One line: `theme.json: error: key 'nodeTypes.city.color': expected ...`.
    public var description: String {
        "\(file): error: " + (key.isEmpty ? "" : "key '\(key)': ") + message
    }

    init(decoding error: DecodingError, file: String) {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context):
            self.init(file: file, key: path(context.codingPath), message: "expected \(ThemeError.noun(for: type))")
        case .valueNotFound(let type, let context):
            self.init(file: file, key: path(context.codingPath), message: "expected \(ThemeError.noun(for: type)), found null")
        case .keyNotFound(let key, let context):
            self.init(file: file, key: path(context.codingPath + [key]), message: "is required here")
        case .dataCorrupted(let context):
            // Our own checks (unknown keys, bad values) say what they expected; JSON syntax
            // errors carry the parser's description as the underlying error.
            var message = context.debugDescription
            if context.codingPath.isEmpty {
                let detail = context.underlyingError.map { ($0 as NSError).userInfo[NSDebugDescriptionErrorKey].map { "\($0)" } ?? "\($0)" }
                message = "expected valid JSON (" + (detail ?? message) + ")"
            }
            self.init(file: file, key: path(context.codingPath), message: message)
        @unknown default:
            self.init(file: file, key: "", message: "cannot be read as a theme")
        }
    }

    private static func noun(for type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Double.Type, is Int.Type: return "a number"
        case is [String].Type, is [Any].Type: return "a list"
        default: return "an object"
        }
    }
}
