/// A free attribute's value. The type survives every format: GraphML `attr.type`, GEXF
/// `attribute type`, JSON's own types, and a `name:type` header suffix in CSV.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case double(Double)
    case boolean(Bool)

    public var type: AttributeType {
        switch self {
        case .string: return .string
        case .integer: return .integer
        case .double: return .double
        case .boolean: return .boolean
        }
    }

    /// The value as text, in a form `AttributeType.parse` reads back exactly.
    public var description: String {
        switch self {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .double(let d): return AttributeValue.format(d)
        case .boolean(let b): return b ? "true" : "false"
        }
    }

    /// The shortest text that reads back as the same Double ("1.5", "3.0", "1e-07", "inf", "nan").
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return "\(value)"
    }

    public var numericValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .double(let d): return d
        case .boolean, .string: return nil
        }
    }
}

extension Sequence where Element == AttributeValue {
    /// True when the values include both an integer and a double: a column that GraphML must
    /// write as two keys, and that CSV reading widens to doubles.
    public var mixesIntegersAndDoubles: Bool {
        var integers = false, doubles = false
        for value in self {
            if case .integer = value { integers = true } else if case .double = value { doubles = true }
            if integers && doubles { return true }
        }
        return false
    }
}

/// The declared type of an attribute column or key.
public enum AttributeType: String, Sendable, CaseIterable {
    case string, integer = "int", double, boolean = "bool"

    /// Reads `text` as a value of this type; nil when it is not one.
    public func parse(_ text: String) -> AttributeValue? {
        switch self {
        case .string: return .string(text)
        case .integer:
            return Int(text.trimmingWhitespace()).map(AttributeValue.integer)
        case .double:
            let t = text.trimmingWhitespace().lowercased()
            switch t {
            case "nan": return .double(.nan)
            case "inf", "+inf", "infinity": return .double(.infinity)
            case "-inf", "-infinity": return .double(-.infinity)
            default: return Double(t).map(AttributeValue.double)
            }
        case .boolean:
            switch text.trimmingWhitespace().lowercased() {
            case "true", "1", "yes": return .boolean(true)
            case "false", "0", "no": return .boolean(false)
            default: return nil
            }
        }
    }

    /// The narrowest type that holds values of both types without loss of meaning.
    public func unified(with other: AttributeType) -> AttributeType {
        if self == other { return self }
        let numbers: Set<AttributeType> = [.integer, .double]
        if numbers.contains(self) && numbers.contains(other) { return .double }
        return .string
    }
}

/// Free attributes of a node, an agreement or a dataset.
public typealias Attributes = [String: AttributeValue]
