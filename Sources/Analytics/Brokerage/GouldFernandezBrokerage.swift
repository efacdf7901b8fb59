import Graph

/// Gould–Fernandez brokerage roles (R. V. Gould and R. M. Fernandez, "Structures of Mediation:
/// A Formal Approach to Brokerage in Transaction Networks", *Sociological Methodology* 19,
/// 1989, pp. 89–126).
///
/// A node v brokers on every ordered two-path a → v → b with a ≠ b, a ≠ v, b ≠ v and **no arc
/// a → b** (an arc b → a does not close the path: a still needs v to reach b). With a group
/// for each node, the path is classified by the groups of a, v and b:
///
/// | role           | groups     | v's position                                    |
/// |----------------|------------|-------------------------------------------------|
/// | coordinator    | A → A → A  | all three in one group                          |
/// | gatekeeper     | B → A → A  | a outside, v lets it into v's own group (b)     |
/// | representative | A → A → B  | v speaks for its own group (a) to an outsider b |
/// | consultant     | B → A → B  | a and b in one group, v in another              |
/// | liaison        | B → A → C  | three different groups                          |
///
/// Conventions:
/// - An undirected tie counts as two arcs (the symmetric digraph), as statnet's `brokerage`
///   does with a symmetric adjacency matrix. Each open undirected two-path a – v – b then
///   counts twice, once each way: coordinator, consultant and liaison counts are even, and a
///   path that is gatekeeping one way is representative the other way, so in an undirected
///   graph gatekeeper = representative for every node: the two roles merge into one, "broker
///   at the group's boundary", and each such path adds 1 to each. Halve the counts for
///   unordered paths. In a dataset with both kinds, a directed agreement is one arc and an
///   undirected one two.
/// - Parallel agreements are one arc; self-loops are ignored.
/// - A two-path in which a, v or b has no group (group −1) is left unclassified and counts in
///   no role nor in the total.
/// - The counts are raw; `BrokerageExpectation` gives the paper's expected counts and z-scores.
///
/// Complexity: for each arc a → v, the open two-paths through v are counted by group rather
/// than enumerated: O(Σ_{a → v} min(d⁺(a), d⁺(v)) · log d) time with sorted rows, O(n + g)
/// memory (g the number of groups).
public struct GouldFernandezBrokerage: Sendable {
    /// `counts[role.index][v]`: open two-paths through v in that role.
    private let counts: [[Int]]

    /// The count of `role` for every node.
    public subscript(role: BrokerageRole) -> [Int] { counts[role.index] }

    /// The five roles of node v, in `BrokerageRole.allCases` order.
    public func roles(of v: Int) -> [Int] { counts.map { $0[v] } }

    /// All classified open two-paths through each node (the sum of the five roles).
    public var total: [Int] {
        counts.dropFirst().reduce(counts[0]) { zip($0, $1).map(+) }
    }

    /// Nodes without a group (−1 in `groups.group`) take part in no classified path.
    public init(of graph: CompactGraph, groups nodeGroups: NodeGroups) {
        let groups = nodeGroups.group
        precondition(groups.count == graph.nodeCount, "one group per node")
        let incoming = graph.isDirected ? graph.reversed() : graph
        let groupCount = nodeGroups.names.count
        var counter = RoleCounter(graph: graph, groups: groups, groupCount: groupCount)
        for v in 0..<graph.nodeCount where groups[v] >= 0 {
            counter.enter(v)
            for a in incoming.neighbours(of: v) where Int(a) != v && groups[Int(a)] >= 0 {
                counter.countPaths(from: Int(a))
            }
            counter.leave()
        }
        counts = counter.counts
    }
}

/// The five Gould–Fernandez roles, in the paper's order.
public enum BrokerageRole: String, Sendable, CaseIterable {
    case coordinator, gatekeeper, representative, consultant, liaison

    var index: Int { BrokerageRole.allCases.firstIndex(of: self)! }
}

/// Counts the open two-paths a → v → b of one broker v by the group of b.
private struct RoleCounter {
    let graph: CompactGraph
    let groups: [Int32]
    var counts: [[Int]]
    /// Successors of the current broker by group (grouped successors other than v only).
    private var successorsInGroup: [Int]
    private var successorCount = 0
    /// `isSuccessor[x]` when x is a successor of the current broker.
    private var isSuccessor: [Bool]
    private var v = -1

    init(graph: CompactGraph, groups: [Int32], groupCount: Int) {
        self.graph = graph
        self.groups = groups
        counts = Array(repeating: [Int](repeating: 0, count: graph.nodeCount), count: BrokerageRole.allCases.count)
        successorsInGroup = [Int](repeating: 0, count: groupCount)
        isSuccessor = [Bool](repeating: false, count: graph.nodeCount)
    }

    mutating func enter(_ broker: Int) {
        v = broker
        for b in graph.neighbours(of: v) where Int(b) != v {
            isSuccessor[Int(b)] = true
            let g = groups[Int(b)]
            if g >= 0 { successorsInGroup[Int(g)] += 1; successorCount += 1 }
        }
    }

    mutating func leave() {
        for b in graph.neighbours(of: v) where Int(b) != v {
            isSuccessor[Int(b)] = false
            let g = groups[Int(b)]
            if g >= 0 { successorsInGroup[Int(g)] -= 1; successorCount -= 1 }
        }
        v = -1
    }

    /// Adds the open two-paths a → v → b for every grouped successor b of v.
    mutating func countPaths(from a: Int) {
        let (gv, ga) = (groups[v], groups[a])
        // Successors b of v that do not count: b = a, and b with an arc a → b (closed).
        var closedInV = 0, closedInA = 0, closed = 0
        func exclude(_ b: Int) {
            let g = groups[b]
            guard g >= 0 else { return }
            closed += 1
            if g == gv { closedInV += 1 }
            if g == ga { closedInA += 1 }
        }
        if isSuccessor[a] { exclude(a) }
        forEachCommonSuccessor(of: a) { b in exclude(b) }
        let open = successorCount - closed
        let toV = successorsInGroup[Int(gv)] - closedInV
        if ga == gv {
            counts[BrokerageRole.coordinator.index][v] += toV
            counts[BrokerageRole.representative.index][v] += open - toV
        } else {
            let toA = successorsInGroup[Int(ga)] - closedInA
            counts[BrokerageRole.gatekeeper.index][v] += toV
            counts[BrokerageRole.consultant.index][v] += toA
            counts[BrokerageRole.liaison.index][v] += open - toV - toA
        }
    }

    /// Calls `body` with every b ≠ a, v that is a successor of both a and v, walking the
    /// shorter row and looking the other up (a flag for v's row, binary search in a's).
    private func forEachCommonSuccessor(of a: Int, _ body: (Int) -> Void) {
        let rowA = graph.neighbours(of: a), rowV = graph.neighbours(of: v)
        if rowA.count <= rowV.count {
            for b in rowA where Int(b) != a && Int(b) != v && isSuccessor[Int(b)] { body(Int(b)) }
        } else {
            for b in rowV where Int(b) != a && Int(b) != v && rowA.containsSorted(b) { body(Int(b)) }
        }
    }
}

extension ArraySlice where Element == Int32 {
    /// Binary search in a sorted row.
    func containsSorted(_ x: Int32) -> Bool {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < x { low = mid + 1 } else { high = mid }
        }
        return low < endIndex && self[low] == x
    }
}


extension GouldFernandezBrokerage {
    /// On the directed view of `dataset` (a directed agreement is one arc, an undirected one
    /// two), with groups by `property` (`.country`, `.type`, any attribute).
    public init(_ dataset: Dataset, groupsBy property: NodeProperty) {
        self.init(of: IndexedNetwork(dataset, directed: true).graph, groups: NodeGroups(dataset, by: property))
    }
}
