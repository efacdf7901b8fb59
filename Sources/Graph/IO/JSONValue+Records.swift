/// Attributes and source records as JSON values: the one mapping that node-link JSON and
/// GraphML's graph-level `sources` key share.
extension AttributeValue {
    /// JSON has no infinities or NaN: such a double is written as its text ("inf", "nan").
    public var json: JSONValue {
        switch self {
        case .string(let s): return .string(s)
        case .integer(let i): return .integer(i)
        case .double(let d): return d.isFinite ? .double(d) : .string(AttributeValue.format(d))
        case .boolean(let b): return .bool(b)
        }
    }

    /// A JSON value as a free attribute (arrays and objects are kept as their JSON text);
    /// nil for null.
    public init?(json value: JSONValue) {
        switch value {
        case .null: return nil
        case .bool(let b): self = .boolean(b)
        case .integer(let i): self = .integer(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array, .object: self = .string(value.serialized())
        }
    }
}

extension SourceRecord {
    static let fields: Set<String> = ["id", "title", "author", "year", "publisher", "identifier"]

    /// `{"id", "title", "author", "year", "publisher", "identifier", free attributes…}`.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(id))]
        for (key, value) in [("title", title), ("author", author)] { if let value { members.append((key, .string(value))) } }
        if let year { members.append(("year", .integer(year))) }
        for (key, value) in [("publisher", publisher), ("identifier", identifier)] { if let value { members.append((key, .string(value))) } }
        return .object(members + attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })
    }

    /// A source record from its JSON object; nil when it is not an object with a string id.
    public init?(json value: JSONValue) {
        guard case .object(let members) = value, case .string(let id)? = value["id"] else { return nil }
        self.init(id: id)
        for (key, member) in members where key != "id" {
            guard let attribute = AttributeValue(json: member) else { continue }
            switch (key, attribute) {
            case ("title", .string(let s)): title = s
            case ("author", .string(let s)): author = s
            case ("publisher", .string(let s)): publisher = s
            case ("identifier", .string(let s)): identifier = s
            case ("year", .integer(let y)): year = y
            default: attributes[key] = attribute
            }
        }
    }
}
