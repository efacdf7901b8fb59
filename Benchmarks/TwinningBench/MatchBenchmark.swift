// twinning-bench match [N] [--seed S] [--gazetteer FILE]: times ActorMatching on two seeded
// synthetic datasets of N actors each (default 10,000).
//
// A: names of two to four syllables drawn from a seeded generator, with a type (city, region,
// district, university, firm), a country (one of 20) and, for a third of them, a place. B: 80%
// of A's actors under a variant spelling (a German or Belarusian romanisation of the same
// letters: ch→tsch, zh→sch, kh→ch, v→w, z→s, ya→ja, yu→ju, each or not; then capitals or
// accents on every a, or neither), typed and placed half the time, in another order; 20% fresh
// names. Prints one JSON line: the seconds to build the two sides and to match, peak resident
// memory, the decisions, and how many matches pair the actors the generator paired.
import Analytics
import Foundation
import Graph

enum MatchBenchmark {
    static func datasets(count: Int, seed: UInt64) -> (Dataset, Dataset) {
        var random = SeededGenerator(seed: seed)
        let onsets = ["b", "v", "g", "d", "zh", "z", "k", "l", "m", "n", "p", "r", "s", "t", "kh", "ch", "sh", "br", "gr", "st"]
        let vowels = ["a", "o", "u", "i", "e", "ya", "yu", "y"]
        let endings = ["sk", "ov", "in", "ino", "ets", "burg", "grad", "ka", "ovo", "an"]
        let types: [NodeType] = [.city, .city, .city, .region, .district, .university, .firm]
        let countries = (0..<20).map { "Country \($0)" }
        var a: [Node] = [], b: [Node] = []
        var seen = Set<String>()
        func name() -> String {
            while true {
                var text = ""
                for _ in 0..<Int.random(in: 2...4, using: &random) {
                    text += onsets.randomElement(using: &random)! + vowels.randomElement(using: &random)!
                }
                text += endings.randomElement(using: &random)!
                if seen.insert(text).inserted { return text.prefix(1).uppercased() + text.dropFirst() }
            }
        }
        func variant(_ text: String) -> String {
            var out = text
            for (x, y) in [("ch", "tsch"), ("zh", "sch"), ("kh", "ch"), ("v", "w"), ("z", "s"), ("ya", "ja"), ("yu", "ju")]
            where Bool.random(using: &random) { out = out.replacingOccurrences(of: x, with: y) }
            switch Int.random(in: 0..<4, using: &random) {
            case 0: out = out.uppercased()
            case 1: out = out.replacingOccurrences(of: "a", with: "á")
            default: break
            }
            return out
        }
        for i in 0..<count {
            let type = types.randomElement(using: &random)!
            let label = name() + (type == .region ? " Region" : type == .university ? " State University" : "")
            var node = Node(id: "a\(i)", label: label, type: type, country: countries.randomElement(using: &random)!)
            if Int.random(in: 0..<3, using: &random) == 0 {
                node.attributes["lat"] = .double(Double.random(in: -60...60, using: &random))
                node.attributes["lon"] = .double(Double.random(in: -180...180, using: &random))
            }
            a.append(node)
            if Int.random(in: 0..<5, using: &random) < 4 {
                var other = Node(id: "b\(i)", label: variant(label), type: Bool.random(using: &random) ? type : nil,
                                 country: Bool.random(using: &random) ? node.country : nil)
                if Bool.random(using: &random) { other.attributes = node.attributes }
                b.append(other)
            } else {
                b.append(Node(id: "b\(i)", label: name(), type: types.randomElement(using: &random)!))
            }
        }
        b.shuffle(using: &random)
        return (Dataset(nodes: a), Dataset(nodes: b))
    }

    static func run(_ arguments: [String]) throws {
        let count = arguments.dropFirst(2).first.flatMap { Int($0) } ?? 10_000
        var seed: UInt64 = 1
        if let i = arguments.firstIndex(of: "--seed"), i + 1 < arguments.count, let s = UInt64(arguments[i + 1]) { seed = s }
        var gazetteer: Gazetteer?
        if let i = arguments.firstIndex(of: "--gazetteer"), i + 1 < arguments.count {
            gazetteer = try Gazetteer.read(InputFile.read(arguments[i + 1]), file: arguments[i + 1])
        }
        let ((a, b), makeSeconds) = time { datasets(count: count, seed: seed) }
        let index = gazetteer.map(GazetteerIndex.init)
        let ((sideA, sideB), sideSeconds) = time { (MatchSide(a, gazetteer: index), MatchSide(b, gazetteer: index)) }
        let (result, matchSeconds) = time { ActorMatching(sideA, sideB) }
        var decisions: [String: Int] = [:]
        var correct = 0
        for row in result.rows {
            decisions[row.decision.rawValue, default: 0] += 1
            if row.decision == .match, sideA.ids[row.a].dropFirst() == sideB.ids[row.best!.b].dropFirst() { correct += 1 }
        }
        let record: [String: Any] = ["tool": "twinning", "measure": "match", "actors": count, "seed": seed,
                                     "generate_seconds": makeSeconds, "prepare_seconds": sideSeconds, "match_seconds": matchSeconds,
                                     "seconds": sideSeconds + matchSeconds, "peak_kb": peakMemoryKB(), "decisions": decisions,
                                     "matches_with_same_number": correct, "gazetteer": gazetteer != nil]
        let json = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }
}
