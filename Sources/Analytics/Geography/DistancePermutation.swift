import Graph

/// Are partners nearer (or farther) than random pairs of the same actors? The mean and
/// median agreement distance (``PartnerDistances``) against node-label permutation of places.
///
/// Null model: the agreements stay as they are and the places of the placed actors are
/// shuffled among them (``LabelPermutation``: each draw gives every actor at an end of a
/// measured agreement the place of another such actor, a uniformly random permutation), so
/// the graph, each actor's partners and the set of places are kept and only who sits where
/// is random. Actors that take part in no measured agreement (a country node that only
/// contains others, an actor whose partners have no place) keep no role. Each agreement
/// counts once, parallel ones included, as in ``PartnerDistances``; a self-loop stays at 0.
///
/// Figures (each a ``NullDistribution`` over the draws): the observed mean and median, the
/// null mean and standard deviation, z = (observed − null mean) / sd, the two-sided p, and
/// the one-sided `pLower`, small when partners are *nearer* than random pairs (Kaltenbrunner
/// et al.'s question). Every p counts the observed arrangement as one draw:
/// (1 + #{as extreme}) / (1 + N) (Phipson and Smyth 2010), so it is never 0 and at least
/// 1 / (N + 1). Draws are reproducible from `seed` whatever the number of cores
/// (``SeededDraws``).
///
/// Paper: E. Kaltenbrunner, P. Aragón, D. Laniado and Y. Volkovich, "Not all paths lead to
/// Rome: analysing the network of sister cities", IWSOS 2013, LNCS 8221.
///
/// Complexity: O(N · m log m) for N permutations and m measured agreements (a haversine per
/// agreement and a sort for the median per draw), on all cores.
public struct DistancePermutation: Sendable {
    public let mean: NullDistribution
    public let median: NullDistribution
    /// The null draws of each statistic, in draw order.
    public let nullMeans: [Double]
    public let nullMedians: [Double]
    /// The actors whose places are shuffled.
    public let permutedActors: Int
    public let permutations: Int
    public let seed: UInt64

    public init(_ measured: PartnerDistances, permutations: Int, seed: UInt64) {
        // Each actor at a measured end holds its own label; the labels index `points`.
        var actors: [Int] = []
        var label = [Int32](repeating: -1, count: measured.places.points.count)
        for d in measured.distances {
            for v in [d.from, d.to] where label[v] < 0 {
                label[v] = Int32(actors.count)
                actors.append(v)
            }
        }
        let points = actors.map { measured.places.points[$0]! }
        let ends = measured.distances.map { (Int32($0.from), Int32($0.to)) }
        let statistics: @Sendable ([Int32]) -> [Double] = { labels in
            let km = ends.map { u, v in u == v ? 0 : Haversine.kilometres(points[Int(labels[Int(u)])], points[Int(labels[Int(v)])]) }
            guard !km.isEmpty else { return [.nan, .nan] }
            return [km.reduce(0, +) / Double(km.count), DistanceSummary.median(km)!]
        }
        let observed = statistics(label)
        let draws = LabelPermutation.draws(groups: label, count: permutations, seed: seed, statistics: statistics)
        nullMeans = draws.first ?? []
        nullMedians = draws.count > 1 ? draws[1] : []
        mean = NullDistribution(observed: observed[0], draws: nullMeans)
        median = NullDistribution(observed: observed[1], draws: nullMedians)
        permutedActors = actors.count
        self.permutations = permutations
        self.seed = seed
    }
}
