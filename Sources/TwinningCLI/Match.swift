import Analytics
import ArgumentParser
import Foundation
import Graph
import Reports

extension Twinning {
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Candidate matches between the actors of two datasets, written as a crosswalk CSV for a person to review.",
            discussion: """
            For every actor of A: its best candidate in B, the score (0–1), the runner-up, the \
            evidence and a decision, one CSV row each (columns a_id, a_label, b_id, b_label, \
            score, runner_up_id, runner_up_label, runner_up_score, evidence, decision). \
            Decisions: match (score at least --threshold, default \(ActorMatching.Options.defaultThreshold), and ahead of the \
            runner-up by --margin, default \(ActorMatching.Options.defaultMargin)), review (at least \(ActorMatching.Options.defaultReviewFloor) but not a match), none \
            (no candidate). A person edits the file (writes match, reject, or another b_id); \
            the crosswalk is one to one: two actors of A never share a matched b_id.

            Names are compared folded (case, accents, apostrophes and punctuation aside; \
            Cyrillic written in Latin, BGN/PCGN), without generic words (Region, Oblast, City, \
            Shi, Stadt…), by a phonetic key that joins romanisations (Mogilev, Mahiljou, \
            Mahilyow), and by Jaro–Winkler similarity. --gazetteer FILE adds the names a \
            gazetteer gives each place (exonyms: Peking for Beijing, Charbin for Harbin): \
            graphs/belarus-asia/tools/gazetteer.tsv is one, drawn from GeoNames (CC BY 4.0).

            Vetoes: a city never matches its region (both levels known and different: the type, \
            else a generic word in the label), different countries, gazetteer places known to \
            differ, places more than 300 km apart. Raised: same type, same country, places \
            within 30 km, parents (within) matched to each other.

            The filters (--type, --country…) apply to both inputs; --from and --names to A. The \
            summary (decisions in all and per type of A) goes to standard error unless --quiet.

            Example:
              twinning match graphs/belarus-asia sister-cities.graphml --gazetteer graphs/belarus-asia/tools/gazetteer.tsv -o crosswalk.csv
            """
        )

        @OptionGroup var input: InputOptions

        @Argument(help: "The second dataset (B), read by its extension.")
        var other: String

        @Option(name: .shortAndLong, help: "Write the crosswalk CSV to this file instead of standard output.")
        var output: String?

        @Option(help: ArgumentHelp("The lowest score of a match (0–1).", valueName: "score"))
        var threshold: Double = ActorMatching.Options.defaultThreshold

        @Option(help: ArgumentHelp("How far a match must be ahead of its runner-up (0–1).", valueName: "score"))
        var margin: Double = ActorMatching.Options.defaultMargin

        @Option(help: ArgumentHelp("A gazetteer table (geonames_id, country, name, names) whose other names count as the same place's.", valueName: "file"))
        var gazetteer: String?

        func validate() throws {
            try input.refuseOverwriting(output, alsoReading: [other, gazetteer])
            guard (0...1).contains(threshold) else { throw ValidationError("--threshold expects a score from 0 to 1, found \(threshold)") }
            guard (0...1).contains(margin) else { throw ValidationError("--margin expects a score from 0 to 1, found \(margin)") }
        }

        func run() throws {
            let table = try gazetteer.map { path in
                do {
                    return try Gazetteer.read(InputFile.read(path), file: path)
                } catch let error as InputError {
                    throw CommandFailure.input(error.description)
                }
            }
            let a = try input.load()
            let b = try input.reading(other).load()
            input.progress.stage("matching \(a.nodes.count) actors against \(b.nodes.count)")
            let tables = MatchTables(a, b, gazetteer: table, options: ActorMatching.Options(threshold: threshold, margin: margin))
            try TwinningCLI.emit(tables.crosswalk.csv, to: output)
            if !input.quiet {
                for line in tables.summary { printError("twinning: match: \(line)") }
                if table == nil {
                    printError("twinning: note: no --gazetteer: exonyms (Peking for Beijing) are found only where an alias gives them")
                }
            }
        }
    }
}
