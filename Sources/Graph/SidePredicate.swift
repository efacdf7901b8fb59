/// Which actors stand on one side of a two-sided drawing (`render --sides KEY=VALUE`): a
/// node field or attribute compared with one or more values.
///
/// `KEY=VALUE[,VALUE…]` matches an actor when its KEY equals any of the values:
/// - `id`, `label`, `country`: the text, without regard to case;
/// - `type`: the node type as a vocabulary reads it (`Research institute` = `research_institute`);
/// - `within`: the actor named (by id, label or alias, as every option naming an actor
///   resolves it) *and everything within it*, at any depth along `within`: `within=vitebsk-region`
///   is Vitebsk Region, its cities and their districts;
/// - any other key: the node attribute of that name, compared as text without regard to
///   case, or as numbers when both sides are numbers (`1000` = `1000.0`).
///
/// An unknown key, a value that matches no actor and one that matches every actor are errors
/// (`SidePredicateError`): a side with no actor, or nothing left for the other side, draws
/// nothing worth having. Complexity: O(n·h) for n actors, h the depth of `within`.
public struct SidePredicate: Hashable, Sendable, CustomStringConvertible {
    public let key: String
    /// The accepted values, as given (trimmed); at least one.
    public let values: [String]

    /// The node fields a key can name; any other key names a node attribute.
    public static let fields = ["id", "label", "type", "country", "within"]

    public init(key: String, values: [String]) {
        self.key = key
        self.values = values
    }

    /// Parses `KEY=VALUE[,VALUE…]`; the key is folded to lower case when it names a field.
    public init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else { throw SidePredicateError.malformed(text) }
        let rawKey = String(text[..<equals]).trimmingWhitespace()
        let values = String(text[text.index(after: equals)...]).split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !rawKey.isEmpty, !values.isEmpty else { throw SidePredicateError.malformed(text) }
        let folded = rawKey.lowercased()
        self.init(key: SidePredicate.fields.contains(folded) ? folded : rawKey, values: values)
    }

    public var description: String { "\(key)=\(values.joined(separator: ","))" }

    /// For each node of `dataset`, whether it matches.
    /// - Throws: ``SidePredicateError`` when the key names no field and no node has it as an
    ///   attribute, when `within` names no actor, or when the predicate matches no actor or
    ///   every actor.
    public func membership(in dataset: Dataset) throws -> [Bool] {
        let matched = try matches(in: dataset)
        let count = matched.filter { $0 }.count
        if count == 0 {
            throw SidePredicateError.matchesNone(self, having: having(in: dataset), of: dataset.nodes.count,
                                                 examples: examples(in: dataset))
        }
        if count == dataset.nodes.count { throw SidePredicateError.matchesAll(self, count: count) }
        return matched
    }

    private func matches(in dataset: Dataset) throws -> [Bool] {
        let folded = Set(values.map { $0.lowercased() })
        switch key {
        case "id": return dataset.nodes.map { folded.contains($0.id.lowercased()) }
        case "label": return dataset.nodes.map { folded.contains($0.label.lowercased()) }
        case "country": return dataset.nodes.map { $0.country.map { folded.contains($0.lowercased()) } ?? false }
        case "type":
            let types = Set(values.map(NodeType.init(parsing:)))
            return dataset.nodes.map { $0.type.map(types.contains) ?? false }
        case "within":
            let roots: Set<Int> = Set(try values.map { value in
                do { return try dataset.resolveNode(value) } catch let error as NodeResolutionError {
                    throw SidePredicateError.unknownActor(self, error)
                }
            })
            let hierarchy = Hierarchy(dataset)
            return dataset.nodes.indices.map { i in hierarchy.chain(from: i).contains(where: roots.contains) }
        default:
            guard dataset.nodes.contains(where: { $0.attributes[key] != nil }) else {
                throw SidePredicateError.unknownKey(key, attributes: dataset.nodeAttributeTypes.map(\.key))
            }
            return dataset.nodes.map { node in node.attributes[key].map { accepts($0, folded: folded) } ?? false }
        }
    }

    private func accepts(_ value: AttributeValue, folded: Set<String>) -> Bool {
        if folded.contains(value.description.lowercased()) { return true }
        guard let number = value.numericValue else { return false }
        return values.contains { Double($0.trimmingWhitespace()) == number }
    }

    /// The value of the key for each node, as text; nil where the node has none.
    private func text(of node: Node) -> String? {
        switch key {
        case "id": return node.id
        case "label": return node.label
        case "country": return node.country
        case "type": return node.type?.rawValue
        case "within": return node.within
        default: return node.attributes[key]?.description
        }
    }

    private func having(in dataset: Dataset) -> Int {
        dataset.nodes.lazy.filter { self.text(of: $0) != nil }.count
    }

    /// The three most frequent values of the key (ties by name), each with its count.
    private func examples(in dataset: Dataset) -> [(value: String, count: Int)] {
        guard key != "id", key != "label" else { return [] }
        var counts: [String: Int] = [:]
        for node in dataset.nodes { if let text = text(of: node) { counts[text, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(3).map { ($0.key, $0.value) }
    }
}
