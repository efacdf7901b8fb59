/// Why a `--sides KEY=VALUE` predicate (``SidePredicate``) cannot split a dataset in two.
public enum SidePredicateError: Error, Sendable, CustomStringConvertible {
    /// Not of the form `KEY=VALUE[,VALUE…]`.
    case malformed(String)
    /// The key names no field and no node has such an attribute; `attributes` are the node
    /// attributes the dataset has.
    case unknownKey(String, attributes: [String])
    /// A `within` value names no actor, or several.
    case unknownActor(SidePredicate, NodeResolutionError)
    /// No actor matches: `having` of the `total` actors have the key at all; `examples` are
    /// its most frequent values.
    case matchesNone(SidePredicate, having: Int, of: Int, examples: [(value: String, count: Int)])
    /// Every actor matches: the other side would be empty.
    case matchesAll(SidePredicate, count: Int)
    /// Actors match, but none has an agreement with an actor that does not.
    case noPartners(SidePredicate, matched: Int)

    public var description: String {
        switch self {
        case .malformed(let text):
            return "--sides expects KEY=VALUE (or KEY=VALUE,VALUE…), e.g. country=Belarus, found '\(text)'"
        case .unknownKey(let key, let attributes):
            let known = SidePredicate.fields.joined(separator: ", ")
            let extra = attributes.isEmpty ? "" : ", or a node attribute: " + attributes.prefix(20).joined(separator: ", ")
                + (attributes.count > 20 ? ", …" : "")
            return "--sides: no field or node attribute is called '\(key)'; the keys are \(known)\(extra)"
        case .unknownActor(let predicate, let error):
            return "--sides \(predicate): \(error)"
        case .matchesNone(let predicate, let having, let total, let examples):
            let noun = predicate.key == "within" ? "a within" : "a value for '\(predicate.key)'"
            let values = examples.isEmpty ? "" : " (most often " + examples.map { "\($0.value): \($0.count)" }.joined(separator: ", ") + ")"
            return "--sides \(predicate) matches no actor; \(having) of the \(total) actors have \(noun)\(values)"
        case .matchesAll(let predicate, let count):
            return "--sides \(predicate) matches every actor (all \(count)): no actor is left for the other side"
        case .noPartners(let predicate, let matched):
            return "--sides \(predicate) matches \(matched) actor\(matched == 1 ? "" : "s"), but none has an agreement with an actor that does not match: nothing to draw"
        }
    }
}
