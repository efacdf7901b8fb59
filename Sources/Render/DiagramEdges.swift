import Graph

/// The lines a diagram draws: agreements between the same two actors are merged into one
/// line whose width grows with their number, so that a pair with twenty agreements reads as
/// one strong tie and not as a fan of twenty overlapping curves.
///
/// Agreements are merged per unordered pair of nodes, whatever their kinds: in small drawings
/// a pair with several kinds is one edge drawn as parallel strokes of the kinds' colours (a
/// Graphviz colour list). One edge per pair is also what keeps neato alive: in Graphviz 2.42
/// its spline router writes out of bounds on parallel edges (`makeMultiSpline`, valgrind:
/// invalid writes; a segmentation fault for the 102-node ego network of Minsk Tractor Works
/// sized by degree). A drawn edge takes the element id of its first agreement (`edge-<id>`,
/// as an unmerged edge has), so a page finds every agreement's line through
/// `DiagramDOTWriter.elementIDs(of:)`.
struct DiagramEdges {
    struct Group {
        /// Indices into `dataset.agreements`, in dataset order.
        var members: [Int]
        /// The endpoints as written (`tail -- head`): the first agreement's from and to.
        var tail: Int, head: Int
    }

    let groups: [Group]
    /// For each agreement, the index of its group; nil when an endpoint names no node.
    let groupOfAgreement: [Int?]

    init(dataset: Dataset) {
        let index = dataset.nodeIndex()
        var groups: [Group] = []
        var byKey: [Key: Int] = [:]
        var groupOf = [Int?](repeating: nil, count: dataset.agreements.count)
        for (e, agreement) in dataset.agreements.enumerated() {
            guard let u = index[agreement.from], let v = index[agreement.to] else { continue }
            let key = Key(low: min(u, v), high: max(u, v))
            if let g = byKey[key] {
                groups[g].members.append(e)
                groupOf[e] = g
            } else {
                byKey[key] = groups.count
                groupOf[e] = groups.count
                groups.append(Group(members: [e], tail: u, head: v))
            }
        }
        self.groups = groups
        self.groupOfAgreement = groupOf
    }

    private struct Key: Hashable {
        let low: Int, high: Int
    }

    /// How much wider than one agreement's line a line of `count` agreements is: √count, at
    /// most 5 (area-like growth, so that a hub pair of 25 agreements does not hide its nodes).
    static func widthFactor(count: Int) -> Double { min(5, Double(max(count, 1)).squareRoot()) }

    /// The Graphviz `dir` of a group: none when no agreement is directed, `forward` when every
    /// directed one runs tail to head, `back` when every one runs head to tail, else `both`.
    func direction(of group: Group, in dataset: Dataset, index: [String: Int]) -> String? {
        var forward = false, backward = false
        for e in group.members where dataset.agreements[e].directed {
            if index[dataset.agreements[e].from] == group.tail { forward = true } else { backward = true }
        }
        switch (forward, backward) {
        case (false, false): return nil
        case (true, false): return "forward"
        case (false, true): return "back"
        case (true, true): return "both"
        }
    }
}
