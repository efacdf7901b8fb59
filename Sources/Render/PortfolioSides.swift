import Graph

/// The two sides of a portfolio drawing (`render --sides KEY=VALUE`) and the lines between them.
///
/// Side A holds the actors the predicate matches that have at least one agreement with an
/// actor it does not match; side B holds those partners. A line joins an A actor and a B
/// actor and carries every agreement between the two (merged per pair as every diagram
/// merges them, `DiagramEdges`). What the picture leaves out is counted, so the caption and
/// the command can say so: agreements within side A (self-loops included), agreements with
/// no end on side A (among the partners, or with actors on neither side), and matching
/// actors whose agreements all stay within side A. Complexity: O(n + m).
struct PortfolioSides {
    enum Side: Int, Hashable, Sendable { case a = 0, b = 1 }

    /// One line of the drawing: an A actor, a B actor (node indices) and the agreements it
    /// carries (indices into `dataset.agreements`, in dataset order).
    struct Link: Hashable {
        let a: Int, b: Int
        let agreements: [Int]
    }

    let predicate: SidePredicate
    /// The merged lines of the whole dataset (for the direction of a line).
    let edges: DiagramEdges
    /// The side of each node; nil for a node not drawn.
    let sideOf: [Side?]
    let links: [Link]
    /// Agreements with both ends on side A.
    let withinA: Int
    /// Agreements with no end on side A.
    let elsewhere: Int
    /// Actors that match and have agreements, but none across, so are not drawn (actors with
    /// no agreement at all, as filters leave many, are not counted).
    let unpartnered: Int

    /// - Throws: `SidePredicateError` when the predicate matches no actor or every actor, or
    ///   when no matching actor has an agreement with one that does not.
    init(dataset: Dataset, predicate: SidePredicate) throws {
        let matches = try predicate.membership(in: dataset)
        var sideOf = [Side?](repeating: nil, count: dataset.nodes.count)
        var links: [Link] = []
        var withinA = 0, elsewhere = 0
        let edges = DiagramEdges(dataset: dataset)
        for group in edges.groups {
            let (u, v) = (group.tail, group.head)
            switch (matches[u], matches[v]) {
            case (true, true): withinA += group.members.count
            case (false, false): elsewhere += group.members.count
            case (true, false), (false, true):
                let (a, b) = matches[u] ? (u, v) : (v, u)
                sideOf[a] = .a
                sideOf[b] = .b
                links.append(Link(a: a, b: b, agreements: group.members))
            }
        }
        guard !links.isEmpty else {
            throw SidePredicateError.noPartners(predicate, matched: matches.filter { $0 }.count)
        }
        self.predicate = predicate
        self.edges = edges
        self.sideOf = sideOf
        self.links = links
        self.withinA = withinA
        self.elsewhere = elsewhere
        var inAgreement = [Bool](repeating: false, count: dataset.nodes.count)
        for group in edges.groups { inAgreement[group.tail] = true; inAgreement[group.head] = true }
        self.unpartnered = matches.indices.filter { matches[$0] && sideOf[$0] == nil && inAgreement[$0] }.count
    }

    /// The node indices on `side`, in dataset order.
    func members(of side: Side) -> [Int] { sideOf.indices.filter { sideOf[$0] == side } }

    /// Agreements drawn (each line carries one or more).
    var drawnAgreements: Int { links.reduce(0) { $0 + $1.agreements.count } }
}
