import Graph

/// The mixing matrix of a node property (type, country, any attribute): how many edges join
/// each pair of categories, as networkx's `nx.attribute_mixing_matrix(G, attribute,
/// normalized=False)` counts them, and its normalised form (`normalized=True`: each cell over
/// the sum of all cells). The attribute assortativity coefficient (Newman 2003) is computed
/// from this matrix.
///
/// Conventions (networkx's, which walks every node's adjacency):
/// - Undirected: an edge between categories a and b counts once in [a][b] and once in [b][a]
///   (an edge inside a counts 2 in [a][a]); a self-loop counts once. The matrix is symmetric.
/// - Directed: an arc counts once, in [from][to].
/// - **Unweighted (default)**: an edge is a distinct pair (`nx.Graph`). **Weighted**: it counts
///   its weight, the number of agreements by default, as each parallel edge of an
///   `nx.MultiGraph` counts once.
/// - Nodes without a value form the category `(unspecified)` (networkx's `None`), last, present
///   whenever some node has no value.
/// - Categories are sorted by name; rows and columns of categories without any edge are 0.
///
/// Complexity: O(n + m + k²), k the number of categories.
public struct MixingMatrix: Sendable {
    /// The name of the category of nodes without a value.
    public static let unspecified = "(unspecified)"

    /// Row and column names.
    public let categories: [String]
    /// `counts[a][b]`: edges from a node of category a to a node of category b (see above).
    public let counts: [[Double]]

    public init(of graph: CompactGraph, groups: NodeGroups, weighted: Bool = false) {
        precondition(groups.group.count == graph.nodeCount, "one group per node")
        let hasUnspecified = groups.group.contains(-1)
        categories = groups.names + (hasUnspecified ? [MixingMatrix.unspecified] : [])
        let unspecifiedRow = groups.names.count
        func category(_ v: Int) -> Int {
            let g = groups.group[v]
            return g >= 0 ? Int(g) : unspecifiedRow
        }
        var counts = Array(repeating: [Double](repeating: 0, count: categories.count), count: categories.count)
        for u in 0..<graph.nodeCount {
            let a = category(u)
            for i in graph.offsets[u]..<graph.offsets[u + 1] {
                counts[a][category(Int(graph.neighbours[i]))] += weighted ? graph.weights[i] : 1
            }
        }
        self.counts = counts
    }

    /// The sum of all cells: twice the edges (less self-loops) undirected, the arcs directed.
    public var total: Double { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Each cell over the total (all zero when there is no edge, where networkx gives NaN).
    public var normalized: [[Double]] {
        let sum = total
        return counts.map { row in row.map { sum == 0 ? 0 : $0 / sum } }
    }
}

extension MixingMatrix {
    /// On the simple projection of `dataset` (undirected unless `directed`; weighted:
    /// agreements per pair).
    public init(_ dataset: Dataset, by property: NodeProperty, weighted: Bool = false, directed: Bool = false) {
        self.init(of: IndexedNetwork(dataset, directed: directed).graph, groups: NodeGroups(dataset, by: property),
                  weighted: weighted)
    }
}
