import Graph

/// A numeric node attribute read as one weight per node, for PageRank's `--personalization`
/// and `--dangling` (networkx's `personalization` and `dangling` dictionaries): a node without
/// the attribute weighs 0, as a node missing from networkx's dictionary. The one home of that
/// rule and of its refusals.
public enum NodeWeights {
    /// Why an attribute cannot weigh the nodes.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The weights, indexed like the dataset's nodes. Throws when no node has the attribute,
    /// when a value is not a finite number or is negative, or when every weight is 0. O(n).
    public static func of(_ attribute: String, in dataset: Dataset, option: String) throws -> [Double] {
        var weights = [Double](repeating: 0, count: dataset.nodes.count)
        var present = 0
        for (v, node) in dataset.nodes.enumerated() {
            guard let value = node.attributes[attribute] else { continue }
            present += 1
            guard let number = value.numericValue, number.isFinite else {
                throw Refusal(description: "\(option) \(attribute): actor '\(node.id)' has '\(value.description.abbreviated())' there, not a finite number")
            }
            guard number >= 0 else {
                throw Refusal(description: "\(option) \(attribute): actor '\(node.id)' has \(value.description), a negative weight (a jump distribution must be non-negative)")
            }
            weights[v] = number
        }
        if present == 0 {
            throw Refusal(description: "\(option) \(attribute): no actor has an attribute '\(attribute)'")
        }
        if !weights.contains(where: { $0 > 0 }) {
            throw Refusal(description: "\(option) \(attribute): every actor weighs 0 (at least one weight must be positive)")
        }
        return weights
    }
}
