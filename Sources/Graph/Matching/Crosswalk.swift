/// Which actor of dataset A is which actor of dataset B: the file `twinning match A B` writes,
/// a person reviews and edits, and `twinning merge A B --crosswalk C` reads.
///
/// Format: CSV with a header, one row per actor of A, columns
///
///     a_id, a_label, b_id, b_label, score, runner_up_id, runner_up_label, runner_up_score, evidence, decision
///
/// - `b_id`: the actor of B taken to be `a_id` (the best candidate), empty when none.
/// - `score` (0…1) and `evidence` (what agreed: `id`, `label`, `alias`, `transliteration`,
///   `type`, `country`, `within`, `distance 3 km`…) say why; `runner_up_*` is the second best
///   candidate, so a reviewer sees how close the choice was.
/// - `decision`: `match` (merge treats `a_id` and `b_id` as one actor), `review` (a candidate
///   too uncertain to take without a look: not merged until a person writes `match`), `none`
///   (no candidate), `reject` (a person said the candidate is wrong). To correct a match, a
///   person writes another `b_id` and `match`.
///
/// Reading needs the columns `a_id`, `b_id` and `decision` (the others are for the reader's
/// eyes and may be dropped) and refuses, naming the file, line and column: an unknown
/// decision, `match` without a `b_id`, an `a_id` on two rows, and a `b_id` that two `match`
/// rows claim (a merge is one to one). Whether the ids exist in A and B is the merge's check.
public struct Crosswalk: Sendable, Equatable {
    public enum Decision: String, Sendable, CaseIterable {
        case match, review, none, reject
    }

    public struct Row: Sendable, Equatable {
        public var aID: String
        public var aLabel: String
        public var bID: String?
        public var bLabel: String?
        public var score: Double?
        public var runnerUpID: String?
        public var runnerUpLabel: String?
        public var runnerUpScore: Double?
        public var evidence: String
        public var decision: Decision
        /// Where the row was read (nil for a row built in code).
        public var origin: SourceLocation?

        public init(aID: String, aLabel: String = "", bID: String? = nil, bLabel: String? = nil, score: Double? = nil,
                    runnerUpID: String? = nil, runnerUpLabel: String? = nil, runnerUpScore: Double? = nil,
                    evidence: String = "", decision: Decision, origin: SourceLocation? = nil) {
            (self.aID, self.aLabel, self.bID, self.bLabel, self.score) = (aID, aLabel, bID, bLabel, score)
            (self.runnerUpID, self.runnerUpLabel, self.runnerUpScore) = (runnerUpID, runnerUpLabel, runnerUpScore)
            (self.evidence, self.decision, self.origin) = (evidence, decision, origin)
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    public static let columns = ["a_id", "a_label", "b_id", "b_label", "score", "runner_up_id", "runner_up_label",
                                 "runner_up_score", "evidence", "decision"]

    /// The pairs a merge joins: every `match` row's (a_id, b_id), in the file's order.
    public var matches: [(a: String, b: String)] {
        rows.compactMap { row in row.decision == .match ? row.bID.map { (row.aID, $0) } : nil }
    }

    /// The CSV text (header, then the rows in order); scores written with up to 4 decimals.
    public var csv: String {
        var writer = CSVWriter()
        writer.write(Crosswalk.columns)
        func number(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "" }
            var text = String(format: "%.4f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        for row in rows {
            writer.write([row.aID, row.aLabel, row.bID ?? "", row.bLabel ?? "", number(row.score),
                          row.runnerUpID ?? "", row.runnerUpLabel ?? "", number(row.runnerUpScore),
                          row.evidence, row.decision.rawValue])
        }
        return writer.text
    }

    /// Reads a crosswalk from CSV bytes (see the type's format); `file` names it in errors.
    public static func read(_ bytes: [UInt8], file: String) throws -> Crosswalk {
        let start = try InputFile.checkUTF8(bytes, file: file)
        var reader = CSVReader(bytes: bytes, file: file, start: start)
        guard try reader.next() else {
            throw InputError(SourceLocation(file: file, line: 1), "expected a crosswalk header (\(columns.joined(separator: ","))), found an empty file")
        }
        let header = reader.fields.map { $0.trimmingWhitespace().lowercased() }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        for required in ["a_id", "b_id", "decision"] where index[required] == nil {
            throw InputError(SourceLocation(file: file, line: reader.recordLine),
                             "expected a crosswalk header with the column '\(required)' (\(columns.joined(separator: ","))), found \(header.joined(separator: ","))")
        }
        var rows: [Row] = []
        var rowOfA: [String: Int] = [:], matchOfB: [String: Int] = [:]
        while try reader.next() {
            func field(_ name: String) -> String {
                guard let i = index[name], i < reader.fields.count else { return "" }
                return reader.fields[i].trimmingWhitespace()
            }
            func optional(_ name: String) -> String? { let v = field(name); return v.isEmpty ? nil : v }
            func number(_ name: String) throws -> Double? {
                guard let text = optional(name) else { return nil }
                guard let value = Double(text), value.isFinite else {
                    throw InputError(reader.location(column: name), "expected a number, found '\(text.abbreviated())'")
                }
                return value
            }
            let line = reader.recordLine
            let aID = field("a_id")
            guard !aID.isEmpty else { throw InputError(reader.location(column: "a_id"), "expected the id of an actor of A, found an empty cell") }
            let decisionText = field("decision").lowercased()
            guard let decision = Decision(rawValue: decisionText) else {
                throw InputError(reader.location(column: "decision"),
                                 "expected one of \(Decision.allCases.map(\.rawValue).joined(separator: ", ")), found '\(decisionText.abbreviated())'")
            }
            let bID = optional("b_id")
            if decision == .match && bID == nil {
                throw InputError(reader.location(column: "b_id"), "'\(aID.abbreviated())' is marked match but names no actor of B; write its b_id, or 'none'")
            }
            if let first = rowOfA[aID] {
                throw InputError(reader.location(column: "a_id"), "'\(aID.abbreviated())' is already on line \(first); expected one row per actor of A")
            }
            rowOfA[aID] = line
            if decision == .match, let bID {
                if let first = matchOfB[bID] {
                    throw InputError(reader.location(column: "b_id"), "'\(bID.abbreviated())' of B is already matched on line \(first); a merge joins one actor of A to one of B")
                }
                matchOfB[bID] = line
            }
            rows.append(Row(aID: aID, aLabel: field("a_label"), bID: bID, bLabel: optional("b_label"), score: try number("score"),
                            runnerUpID: optional("runner_up_id"), runnerUpLabel: optional("runner_up_label"),
                            runnerUpScore: try number("runner_up_score"), evidence: field("evidence"), decision: decision,
                            origin: SourceLocation(file: file, line: line)))
        }
        return Crosswalk(rows: rows)
    }
}
