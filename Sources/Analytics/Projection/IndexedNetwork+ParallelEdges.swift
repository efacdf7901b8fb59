import Graph

/// How several agreements between one pair combine into the weight of their edge.
public enum ParallelEdges: Sendable, Hashable {
    /// Add their weights: weights as strengths, as networkx reads a MultiGraph for degree,
    /// PageRank and modularity (the default projection).
    case sum
    /// Keep the lightest: weights as lengths, as networkx's shortest paths (betweenness,
    /// closeness, distances with `weight=`) read a MultiGraph.
    case minimum
}

extension IndexedNetwork {
    /// Projects `dataset` as `init(_:weighting:directed:)` does, combining parallel
    /// agreements by `parallelEdges`. Use `.minimum` with weighted path measures to get
    /// networkx's MultiGraph distances; with `.agreementCount` or `.unit` every edge then
    /// weighs 1.
    public init(_ dataset: Dataset, weighting: EdgeWeighting = .agreementCount, directed: Bool = false,
                parallelEdges: ParallelEdges) {
        guard parallelEdges == .minimum else {
            self.init(dataset, weighting: weighting, directed: directed)
            return
        }
        let index = dataset.nodeIndex()
        var lightest: [UInt64: Double] = [:]
        func keep(_ u: Int, _ v: Int, _ w: Double) {
            let (a, b) = directed || u <= v ? (u, v) : (v, u)
            let key = UInt64(a) << 32 | UInt64(b)
            lightest[key] = min(lightest[key] ?? .infinity, w)
        }
        for agreement in dataset.agreements {
            guard let u = index[agreement.from], let v = index[agreement.to] else { continue }
            let w = weighting.weight(of: agreement)
            keep(u, v, w)
            if directed && !agreement.directed && u != v { keep(v, u, w) }
        }
        // One agreement per pair carrying the lightest weight, projected as usual.
        var reduced = Dataset(nodes: dataset.nodes)
        reduced.agreements = lightest.sorted { $0.key < $1.key }.map { key, w in
            let u = Int(key >> 32), v = Int(key & 0xFFFF_FFFF)
            return Agreement(id: "", from: dataset.nodes[u].id, to: dataset.nodes[v].id, directed: directed, weight: w)
        }
        self.init(reduced, weighting: .attribute("weight"), directed: directed)
    }
}
