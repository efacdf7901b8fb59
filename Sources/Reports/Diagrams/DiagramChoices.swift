import Graph
import GraphvizBridge
import Render

/// What `render`'s options mean for a diagram: colouring and labelling by name, and whether a
/// graph's stored positions are kept.
public enum DiagramChoices {
    /// `type`, `country`, `community` (any case), else the node attribute of that name.
    public static func colorBy(_ name: String) -> ColorBy {
        switch name.lowercased() {
        case "type": return .type
        case "country": return .country
        case "community": return .community
        default: return .attribute(name)
        }
    }

    /// What `--cluster-by` leaves unboxed, when anything: no drawn actor with a value for the
    /// field (nothing is boxed), or how many have none (they stay outside the boxes). nil for
    /// `community`, which boxes every actor.
    public static func clusterMisses(_ clusterBy: ClusterBy, in dataset: Dataset) -> String? {
        let value: (Node) -> String?
        switch clusterBy {
        case .community: return nil
        case .country: value = { $0.country }
        case .type: value = { $0.type?.rawValue }
        case .within: value = { $0.within }
        case .attribute(let name): value = { $0.attributes[name]?.description }
        }
        let missing = dataset.nodes.filter { (value($0) ?? "").isEmpty }.count
        guard missing > 0 else { return nil }
        if missing == dataset.nodes.count {
            return "--cluster-by \(clusterBy.name): no drawn actor has a value for '\(clusterBy.name)': nothing is boxed"
        }
        return "--cluster-by \(clusterBy.name): \(missing) of \(dataset.nodes.count) drawn actors have no '\(clusterBy.name)' and stay outside the boxes"
    }

    /// `all`, `none`, `auto` (any case) or a number N ≥ 0 (the N largest); nil otherwise.
    public static func labelMode(_ text: String) -> LabelMode? {
        switch text.lowercased() {
        case "all": return .all
        case "none": return LabelMode.none
        case "auto": return .auto
        default: return Int(text).flatMap { $0 >= 0 ? .top($0) : nil }
        }
    }

    /// The nodes' stored positions when every node has them (drawn there; a layout asked for is
    /// then ignored), else nil (laid out anew), with a message for the reader when that is worth saying.
    public static func keptPositions(_ dataset: Dataset, layoutAsked: Bool) -> (positions: [NodePosition]?, message: String?) {
        switch NodePositions.found(in: dataset) {
        case .all(let positions):
            return (positions, layoutAsked ? "note: every node has x and y: drawn there, --layout ignored (add --relayout for a new layout)" : nil)
        case .partial(let count):
            return (nil, count > 0 ? "warning: only \(count) of \(dataset.nodes.count) nodes have numeric x and y attributes: laying the graph out again" : nil)
        }
    }
}
