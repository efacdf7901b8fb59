// twinning-bench diff: times the structural diff (`DatasetDiff`, what `twinning diff
// --no-measures` computes) of two seeded networks.
//
// Usage: twinning-bench diff [--agreements N] [--seed S] [--renumber] [--write FOLDER]
// The first network has N/10 actors and N agreements (random pairs, kinds, dates, a quote on
// one in ten); the second is the first with about 1% planted changes: 0.25% of the agreements
// removed, 0.25% added, 0.25% with another kind, 0.25% with another date; 0.1% of the actors
// removed (with their agreements), 0.1% added, 0.1% relabelled. --renumber gives the second
// network's agreements new positional ids (e0, e1…) in shuffled order, the case where ids
// cannot pair them. --write FOLDER also writes both as CSV edge tables (old.csv, new.csv)
// for timing `twinning diff old.csv new.csv --no-measures` end to end. Prints one JSON line:
// the seconds of the diff, the peak resident memory (getrusage, whole process: both networks
// included) before and after it, the resident size before it and the peak during it (Linux:
// the peak reset through /proc/self/clear_refs, read as VmHWM), and the counts found, which must equal the planted ones.
import Analytics
import Foundation
import Graph

struct DiffBenchmark {
    var agreements = 1_000_000
    var seed: UInt64 = 1
    var renumber = false
    var folder: String?

    init(_ arguments: ArraySlice<String>) {
        var rest = arguments
        while let option = rest.popFirst() {
            switch option {
            case "--agreements": agreements = rest.popFirst().flatMap { Int($0) } ?? agreements
            case "--seed": seed = rest.popFirst().flatMap { UInt64($0) } ?? seed
            case "--renumber": renumber = true
            case "--write": folder = rest.popFirst()
            default: fail("diff: unknown option \(option)")
            }
        }
    }

    static let kinds: [AgreementKind] = [.twinning, .friendship, .cooperation, .memorandum, .investment]

    func networks() -> (Dataset, Dataset, planted: [String: Int]) {
        var random = SeededGenerator(seed: seed)
        let actors = max(10, agreements / 10)
        var old = Dataset(nodes: (0..<actors).map { Node(id: "n\($0)", label: "Actor \($0)", type: .city, country: "C\($0 % 50)") })
        old.agreements = (0..<agreements).map { i in
            let u = Int.random(in: 0..<actors, using: &random)
            var v = Int.random(in: 0..<actors - 1, using: &random)
            if v >= u { v += 1 }
            return Agreement(id: "a\(i)", from: "n\(u)", to: "n\(v)", kind: DiffBenchmark.kinds.randomElement(using: &random),
                             date: PartialDate(year: Int.random(in: 1950...2025, using: &random)), status: .signed,
                             provenance: i % 10 == 0 ? Provenance(source: "s1", quote: "Quote of agreement \(i)") : Provenance())
        }
        var new = old
        var planted: [String: Int] = [:]
        let quarter = max(1, agreements / 400), actorShare = max(1, actors / 1000)
        // Actors: the last ones removed with their agreements, some added, some relabelled.
        let removedActors = Set((actors - actorShare..<actors).map { "n\($0)" })
        new.nodes.removeLast(actorShare)
        let before = new.agreements.count
        new.agreements.removeAll { removedActors.contains($0.from) || removedActors.contains($0.to) }
        planted["removed_agreements"] = before - new.agreements.count
        for k in 0..<actorShare { new.nodes.append(Node(id: "new\(k)", label: "New \(k)", type: .firm)) }
        for k in 0..<actorShare { new.nodes[k * 7].label += " (renamed)" }
        // Agreements: removed, added, kind and date changed, at distinct positions.
        var positions = Array(new.agreements.indices)
        positions.shuffle(using: &random)
        for p in positions[0..<quarter] { new.agreements[p].kind = new.agreements[p].kind == .twinning ? .aid : .twinning }
        for p in positions[quarter..<2 * quarter] { new.agreements[p].date = PartialDate(year: 1900) }
        let removed = Set(positions[2 * quarter..<3 * quarter])
        new.agreements = new.agreements.indices.filter { !removed.contains($0) }.map { new.agreements[$0] }
        for k in 0..<quarter {
            new.agreements.append(Agreement(id: "added\(k)", from: "n\(k)", to: "new\(k % actorShare)", kind: .jointVenture,
                                            date: PartialDate(year: 2026)))
        }
        if renumber {
            new.agreements.shuffle(using: &random)
            for i in new.agreements.indices { new.agreements[i].id = Agreement.defaultID(i) }
        }
        planted["removed_agreements"]! += quarter
        planted["added_agreements"] = quarter
        planted["changed_agreements"] = 2 * quarter
        planted["added_actors"] = actorShare
        planted["removed_actors"] = actorShare
        planted["changed_actors"] = actorShare
        return (old, new, planted)
    }

    func run() throws {
        let ((old, new, planted), generation) = time { networks() }
        if let folder {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try DatasetIO.write(old, to: folder + "/old.csv")
            try DatasetIO.write(new, to: folder + "/new.csv")
        }
        let peakBefore = peakMemoryKB()
        let residentBefore = DiffBenchmark.status("VmRSS")
        // Resets the peak to the present size (Linux: clear_refs 5), so that VmHWM after the
        // diff is the peak during it.
        let reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        let (diff, seconds) = time { DatasetDiff(old: old, new: new) }
        let peakDuring = reset ? DiffBenchmark.status("VmHWM") : nil
        withExtendedLifetime((old, new)) {}
        let found: [String: Int] = [
            "added_actors": diff.addedActors.count, "removed_actors": diff.removedActors.count, "changed_actors": diff.changedActors.count,
            "added_agreements": diff.addedAgreements.count, "removed_agreements": diff.removedAgreements.count,
            "changed_agreements": diff.changedAgreements.count,
        ]
        let record: [String: Any] = [
            "tool": "twinning", "measure": renumber ? "diff-renumbered" : "diff", "agreements": agreements,
            "new_agreements": new.agreements.count, "seconds": seconds, "generation_seconds": generation,
            "peak_kb_before_diff": peakBefore, "peak_kb": peakMemoryKB(),
            "rss_kb_before_diff": residentBefore ?? -1, "peak_kb_during_diff": peakDuring ?? -1, "found": found, "planted": planted,
            "exact": found == planted,
        ]
        let json = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }

    /// A "Name:   123 kB" line of /proc/self/status, in kB; nil where there is none.
    static func status(_ name: String) -> Int? {
        // Read to the end: /proc files report a size of 0.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/status") else { return nil }
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }
}
