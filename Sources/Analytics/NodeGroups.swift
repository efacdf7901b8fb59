import Graph

/// A node property that splits actors into groups: brokerage roles, the E–I index and the
/// mixing matrix all take one (`--groups country`, `--by type`).
public enum NodeProperty: Hashable, Sendable, CustomStringConvertible {
    case type, country, within, label
    /// A free node attribute, compared by its text form.
    case attribute(String)

    /// `type`, `country` and `within` name the fixed fields; any other name is an attribute.
    public init(parsing name: String) {
        switch name {
        case "type": self = .type
        case "country": self = .country
        case "within": self = .within
        case "label": self = .label
        default: self = .attribute(name)
        }
    }

    public var description: String {
        switch self {
        case .type: return "type"
        case .country: return "country"
        case .within: return "within"
        case .label: return "label"
        case .attribute(let key): return key
        }
    }

    /// The node's value, nil when it has none (an empty text counts as none).
    public func value(of node: Node) -> String? {
        let text: String?
        switch self {
        case .type: text = node.type?.rawValue
        case .country: text = node.country
        case .within: text = node.within
        case .label: text = node.label
        case .attribute(let key): text = node.attributes[key]?.description
        }
        return text.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// The group number of each node (parallel to the dataset's nodes, so to the compact graph's
/// nodes), with the group names sorted: `group[v]` indexes `names`, -1 when the node has no
/// value.
public struct NodeGroups: Sendable {
    public let group: [Int32]
    public let names: [String]

    public init(_ dataset: Dataset, by property: NodeProperty) {
        let values = dataset.nodes.map(property.value(of:))
        self.init(values: values)
    }

    /// Groups given by number: `group[v]` indexes `names`, −1 for none.
    public init(group: [Int32], names: [String]) {
        precondition(group.allSatisfy { $0 < names.count }, "a group number names no group")
        self.group = group
        self.names = names
    }

    /// Groups from one optional name per node.
    public init(values: [String?]) {
        names = Set(values.compactMap { $0 }).sorted()
        let number = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        group = values.map { $0.flatMap { number[$0] } ?? -1 }
    }

    /// The number of nodes in each group.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: names.count)
        for g in group where g >= 0 { sizes[Int(g)] += 1 }
        return sizes
    }
}
