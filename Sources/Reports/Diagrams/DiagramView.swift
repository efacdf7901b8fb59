import Graph

/// What part of a network a drawing shows, after the command's filters: the rule that decides
/// which actors are drawn, and the caption that says what was left out.
///
/// Rule, in this order:
/// 1. `minimumDegree` K > 0 leaves out every actor with fewer than K distinct partners among the
///    agreements that passed the filters (one pass, as Gephi's degree-range filter: an actor
///    whose degree falls below K only because a partner went is kept; `twinning clustering`'s
///    `core` column gives the K-core instead);
/// 2. unless `keepIsolates`, every actor left without an agreement (a self-loop counts as one)
///    is left out: a filter such as `--kind twinning` keeps all actors, and hundreds of
///    unconnected dots would bury the few that twin.
///
/// O(n + m).
public struct DiagramView: Sendable {
    public var keepIsolates: Bool
    public var minimumDegree: Int

    public init(keepIsolates: Bool = false, minimumDegree: Int = 0) {
        self.keepIsolates = keepIsolates
        self.minimumDegree = minimumDegree
    }

    /// What the view kept of a dataset, and what it left out.
    public struct Cut: Sendable {
        /// The actors drawn and the agreements among them.
        public let dataset: Dataset
        /// Actors left out for having fewer than the minimum degree.
        public let belowMinimumDegree: Int
        /// Actors left out for having no agreement (after the degree cut).
        public let isolates: Int
        /// The minimum degree asked for (0: none).
        public let minimumDegree: Int

        /// "N actors and M agreements drawn; K actors without agreements left out; …".
        public var caption: String {
            var parts = ["\(count(dataset.nodes.count, "actor")) and \(count(dataset.agreements.count, "agreement")) drawn"]
            if belowMinimumDegree > 0 {
                parts.append("\(count(belowMinimumDegree, "actor")) with fewer than \(minimumDegree) partners left out")
            }
            if isolates > 0 { parts.append("\(count(isolates, "actor")) without agreements left out (--keep-isolates draws them)") }
            return parts.joined(separator: "; ")
        }

        /// The caption a drawing carries: what part of the network it is (`scope`: "ego network
        /// of Minsk, radius 2"), `caption`, and the filters as typed.
        public func caption(scope: [String], filters: String?) -> String {
            (scope + [caption] + [filters.map { "filters: \($0)" }].compactMap { $0 }).joined(separator: "; ")
        }
    }

    /// The part of `dataset` this view draws.
    public func cut(_ dataset: Dataset) -> Cut {
        var current = dataset
        var belowDegree = 0
        if minimumDegree > 0 {
            let degrees = DiagramView.ends(current).partners
            belowDegree = degrees.filter { $0 < minimumDegree }.count
            if belowDegree > 0 { current = current.keepingNodes { degrees[$0] >= minimumDegree } }
        }
        var isolates = 0
        if !keepIsolates {
            let touched = DiagramView.ends(current).touched
            isolates = touched.filter { !$0 }.count
            if isolates > 0 { current = current.keepingNodes { touched[$0] } }
        }
        return Cut(dataset: current, belowMinimumDegree: belowDegree, isolates: isolates, minimumDegree: minimumDegree)
    }

    /// Distinct partners of every node (self-loops not counted) and whether it is an endpoint
    /// of some agreement (a self-loop included), indexed like its nodes.
    static func ends(_ dataset: Dataset) -> (partners: [Int], touched: [Bool]) {
        let index = dataset.nodeIndex()
        var partners = [Set<Int>](repeating: [], count: dataset.nodes.count)
        var touched = [Bool](repeating: false, count: dataset.nodes.count)
        for agreement in dataset.agreements {
            guard let u = index[agreement.from], let v = index[agreement.to] else { continue }
            touched[u] = true
            touched[v] = true
            if u != v {
                partners[u].insert(v)
                partners[v].insert(u)
            }
        }
        return (partners.map(\.count), touched)
    }
}

private func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
}
