/// The part of a dataset on a set of its nodes: the induced sub-dataset.
///
/// Definition: the kept nodes in their order, and every agreement whose two endpoints are kept
/// (an agreement naming a node the dataset lacks is not kept); sources and metadata whole, and
/// where each kept record was read. An agreement attaches to the first node of a repeated id. O(n + m).
/// The one home of this rule: ego networks, the largest component and the drawings' views
/// (isolates, minimum degree) all cut a dataset down with it.
extension Dataset {
    /// The sub-dataset on the nodes whose index `keep` accepts.
    public func keepingNodes(where keep: (Int) -> Bool) -> Dataset {
        let index = nodeIndex()
        var kept = [Bool](repeating: false, count: nodes.count)
        var result = self
        result.nodes = []; result.nodeOrigins = []
        result.agreements = []; result.agreementOrigins = []
        for (i, node) in nodes.enumerated() where keep(i) {
            kept[i] = true
            result.nodes.append(node)
            if let origin = origin(ofNode: i) { result.nodeOrigins.append(origin) }
        }
        for (i, agreement) in agreements.enumerated() {
            guard let u = index[agreement.from], let v = index[agreement.to], kept[u], kept[v] else { continue }
            result.agreements.append(agreement)
            if let origin = origin(ofAgreement: i) { result.agreementOrigins.append(origin) }
        }
        return result
    }
}

extension Dataset {
    /// Every node, and the agreements whose index `keep` accepts, in their order, with where
    /// each kept agreement was read; sources and metadata whole. O(n + m). The one home of
    /// cutting agreements while keeping every actor (`asOf(year:)`, `--weight distance`).
    public func keepingAgreements(where keep: (Int) -> Bool) -> Dataset {
        var result = self
        result.agreements = []
        result.agreementOrigins = []
        for (i, agreement) in agreements.enumerated() where keep(i) {
            result.agreements.append(agreement)
            if let origin = origin(ofAgreement: i) { result.agreementOrigins.append(origin) }
        }
        return result
    }
}
