import Graph

/// The largest connected component of a dataset: its actors and the agreements among them.
///
/// Definition: the connected components of the undirected projection (distinct partner pairs;
/// a directed agreement joins its ends either way, so for a directed network these are the weak
/// components); the largest is the one with most actors. Ties go to the component holding the
/// actor that comes first in the dataset, as networkx's `max(nx.connected_components(G),
/// key=len)` returns the first largest it meets when nodes are added in the dataset's order.
///
/// Every figure networkx leaves undefined on a disconnected graph (diameter, radius, average
/// shortest path length) is defined on it, which is why `stats` reports them there and
/// `--largest-component` restricts any command to it.
///
/// Complexity: O(n + m), one breadth-first search over every node.
public struct LargestComponent: Sendable {
    /// The component's actors and the agreements among them; record origins follow.
    public let dataset: Dataset
    /// How many components the whole dataset has.
    public let componentCount: Int
    /// Actors and agreements of the whole dataset, to say what was left out.
    public let totalActors: Int
    public let totalAgreements: Int

    public init(of whole: Dataset) {
        let components = ConnectedComponents(of: IndexedNetwork(whole, weighting: .unit).graph)
        componentCount = components.count
        totalActors = whole.nodes.count
        totalAgreements = whole.agreements.count
        guard let largest = components.sizes.indices.max(by: { components.sizes[$0] < components.sizes[$1] || (components.sizes[$0] == components.sizes[$1] && $0 > $1) }),
              components.count > 1 else {
            dataset = whole
            return
        }
        dataset = whole.keepingNodes { components.component[$0] == Int32(largest) }
    }

    /// Whether the whole dataset is one component (or empty): nothing was left out.
    public var isWhole: Bool { componentCount <= 1 }

    /// One line for the reader: what the component keeps of the whole.
    public var summary: String {
        if isWhole { return "the network is connected: the largest component is all of it (\(totalActors) actors, \(totalAgreements) agreements)" }
        return "the largest of \(componentCount) components: \(dataset.nodes.count) of \(totalActors) actors, \(dataset.agreements.count) of \(totalAgreements) agreements"
    }
}
