import Foundation
import Graph

/// Candidate matches between the actors of two datasets: for each actor of A, its best
/// candidate in B, the runner-up, the evidence and a decision — the rows of a `Crosswalk`.
///
/// 1. Candidates (`MatchCandidates`): the actors of B sharing a name key, a phonetic key or
///    skeleton, a gazetteer place or the id with the actor of A, or close in character trigrams.
/// 2. Scores (`PairScore`): name evidence, capped where it cannot decide alone, then vetoes
///    and context (type, country, coordinates, id).
/// 3. One to one: actors of A are served in decreasing order of their best score (ties: file
///    order); each takes its best candidate that no actor served before it took, the runner-up
///    being the next such candidate. An actor whose every candidate was taken keeps its best
///    one as a `review`, its evidence naming who took it.
/// 4. Hierarchy: where the parents (`within`) of a and b were matched to each other in step 3,
///    the pair gains 0.03 ("within"); step 3 is then run again on the raised scores.
///
/// Decision: `match` when the score is at least `threshold` (0.8) and ahead of the runner-up by
/// at least `margin` (0.05); `review` when it is at least `reviewFloor` (0.7) but not a match;
/// `none` otherwise (no candidate is written then). Candidates kept per actor: the best
/// `keep` (5).
///
/// Complexity: O(|A| · c · s) for c candidates per actor and s the cost of scoring a pair
/// (names × names), plus O(|A| log |A|) to order; the actors of A are scored on all cores.
/// Two synthetic 10,000-actor datasets take 0.7 s in a release build on 2 cores
/// (`twinning-bench match`, Benchmarks/README.md).
///
/// Example (a test checks it): A = {Minsk (city), Minsk Region (region), Gomel (city)} against
/// B = {Minsk, Homel, Minskaja Woblasz Oblast} (untyped) gives Minsk → Minsk 0.95 `match`
/// (label), Gomel → Homel 0.88 `match` (spelling variant), and Minsk Region → the oblast 0.78
/// `review` (skeleton): never the city Minsk.
public struct ActorMatching: Sendable {
    public struct Options: Sendable {
        /// The decision rule's defaults (the one home of these numbers; the command's too).
        public static let defaultThreshold = 0.8, defaultMargin = 0.05, defaultReviewFloor = 0.7
        public var threshold: Double, margin: Double, reviewFloor: Double
        public var keep = 5
        public init(threshold: Double = defaultThreshold, margin: Double = defaultMargin, reviewFloor: Double = defaultReviewFloor) {
            (self.threshold, self.margin, self.reviewFloor) = (threshold, margin, reviewFloor)
        }
    }

    public struct Candidate: Sendable, Equatable {
        /// The actor's index in B.
        public var b: Int
        public var score: Double
        public var evidence: [String]
    }

    public struct Row: Sendable {
        /// The actor's index in A.
        public var a: Int
        /// The chosen candidate (nil for `none`).
        public var best: Candidate?
        public var runnerUp: Candidate?
        public var decision: Crosswalk.Decision
    }

    /// One row per actor of A, in A's node order.
    public let rows: [Row]
    public let a: MatchSide, b: MatchSide
    public let options: Options

    public init(_ a: Dataset, _ b: Dataset, gazetteer: Gazetteer? = nil, options: Options = Options()) {
        let index = gazetteer.map(GazetteerIndex.init)
        self.init(MatchSide(a, gazetteer: index), MatchSide(b, gazetteer: index), options: options)
    }

    public init(_ a: MatchSide, _ b: MatchSide, options: Options = Options()) {
        (self.a, self.b, self.options) = (a, b, options)
        var candidates = ActorMatching.candidates(a, b, keep: options.keep)
        var rows = ActorMatching.assign(candidates, a: a, b: b, options: options)
        if ActorMatching.raiseByParents(&candidates, rows: rows, a: a, b: b) {
            rows = ActorMatching.assign(candidates, a: a, b: b, options: options)
        }
        self.rows = rows
    }

    /// Each actor of A's scored candidates, best first (ties: B's order), at most `keep`.
    static func candidates(_ a: MatchSide, _ b: MatchSide, keep: Int) -> [[Candidate]] {
        let scorer = PairScore(a: a, b: b)
        let finder = MatchCandidates(b)
        let states = Parallel.forEach(count: a.count, minimumPerWorker: 256,
                                      makeState: { (MatchCandidates.Scratch(count: b.count), [(Int, [Candidate])]()) }) { state, i in
            var scored: [Candidate] = []
            for j in finder.candidates(of: i, in: a, scratch: &state.0) {
                if let (score, evidence) = scorer.score(i, Int(j)) { scored.append(Candidate(b: Int(j), score: score, evidence: evidence)) }
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.b < $1.b }
            state.1.append((i, Array(scored.prefix(keep))))
        }
        var result = [[Candidate]](repeating: [], count: a.count)
        for state in states { for (i, found) in state.1 { result[i] = found } }
        return result
    }

    /// Step 3: the one-to-one assignment and the decisions.
    static func assign(_ candidates: [[Candidate]], a: MatchSide, b: MatchSide, options: Options) -> [Row] {
        let order = candidates.indices.sorted {
            let x = candidates[$0].first?.score ?? -1, y = candidates[$1].first?.score ?? -1
            return x != y ? x > y : $0 < $1
        }
        var takenBy: [Int: Int] = [:]
        var rows = candidates.indices.map { Row(a: $0, best: nil, runnerUp: nil, decision: .none) }
        for i in order {
            let open = candidates[i].filter { takenBy[$0.b] == nil }
            if var best = open.first {
                if let first = candidates[i].first, first.b != best.b, let holder = takenBy[first.b] {
                    best.evidence.append("best candidate \(b.ids[first.b]) taken by \(a.ids[holder])")
                }
                let runnerUp = open.dropFirst().first
                let decision: Crosswalk.Decision
                if best.score >= options.threshold && best.score - (runnerUp?.score ?? 0) >= options.margin {
                    decision = .match
                } else {
                    decision = best.score >= options.reviewFloor ? .review : .none
                }
                if decision != .none {
                    takenBy[best.b] = i
                    rows[i] = Row(a: i, best: best, runnerUp: runnerUp, decision: decision)
                }
            } else if var contested = candidates[i].first, contested.score >= options.reviewFloor, let holder = takenBy[contested.b] {
                contested.evidence.append("also the best candidate of \(a.ids[holder])")
                rows[i] = Row(a: i, best: contested, runnerUp: candidates[i].dropFirst().first, decision: .review)
            }
        }
        return rows
    }

    /// Step 4: raises the pairs whose parents were matched to each other; true if any was.
    static func raiseByParents(_ candidates: inout [[Candidate]], rows: [Row], a: MatchSide, b: MatchSide) -> Bool {
        var matchOf = [Int](repeating: -1, count: a.count)
        for row in rows where row.decision == .match { matchOf[row.a] = row.best!.b }
        var raised = false
        for i in candidates.indices where a.within[i] >= 0 && matchOf[Int(a.within[i])] >= 0 {
            let parentMatch = matchOf[Int(a.within[i])]
            for k in candidates[i].indices where b.within[candidates[i][k].b] == Int32(parentMatch) {
                candidates[i][k].score = min(1, candidates[i][k].score + 0.03)
                candidates[i][k].evidence.append("within")
                raised = true
            }
            candidates[i].sort { $0.score != $1.score ? $0.score > $1.score : $0.b < $1.b }
        }
        return raised
    }
}

