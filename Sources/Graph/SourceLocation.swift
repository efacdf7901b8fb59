/// A place in an input file: a line and column, or an element of a structured file.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// For XML and JSON: the element or key path ("graphml/graph/edge").
    public var element: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, element: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.element = element
    }

    /// `file:line:column` (or `file:line`, or `file`), then the element path if any.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        if let element { text += " (\(element))" }
        return text
    }
}

/// An error at a place in a file: printed on one line, `file:line:column: error: message`.
public protocol LocatedError: Error, CustomStringConvertible {
    var location: SourceLocation { get }
    var message: String { get }
}

extension LocatedError {
    /// One line: `file:line:column: error: message`.
    public var description: String {
        "\(location): error: \(message.replacingNewlines())"
    }
}

/// An input that cannot be read: the place and what was expected there.
public struct InputError: LocatedError, Hashable, Sendable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}

/// A problem found in a readable input.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String {
        "\(location): \(severity.rawValue): \(message.replacingNewlines())"
    }
}

extension String {
    /// Line breaks shown as `\n`, so that a message stays on one line.
    func replacingNewlines() -> String {
        var out = ""
        for ch in self {
            switch ch {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The text, shortened to `limit` characters for quoting in a message.
    public func abbreviated(to limit: Int = 40) -> String {
        count <= limit ? self : String(prefix(limit)) + "…"
    }
}

extension SourceLocation {
    /// The same place, narrowed to one named field of the record there (an XML key, a JSON
    /// member, a CSV column): `graph.graphml:12:5 (edge e3: weight)`.
    func field(_ name: String) -> SourceLocation {
        var location = self
        location.element = (element.map { $0 + ": " } ?? "") + name
        return location
    }
}
