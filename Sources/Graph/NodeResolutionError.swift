/// Why a name given for an actor resolves to no node (``Dataset/resolveNode(_:)``): no node
/// answers to it, or several do (their ids are the candidates, in dataset order).
public enum NodeResolutionError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknown(String)
    case ambiguous(String, candidates: [String])

    /// One line: `no node has the id, label or alias 'X'`, or `'X' names 3 nodes ('a', 'b',
    /// 'c'); give an id` (the first five candidates).
    public var description: String {
        switch self {
        case .unknown(let name):
            return "no node has the id, label or alias '\(name)'"
        case .ambiguous(let name, let candidates):
            let ids = candidates.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            return "'\(name)' names \(candidates.count) nodes (\(ids)); give an id"
        }
    }
}
