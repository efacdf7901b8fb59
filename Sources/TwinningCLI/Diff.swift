import Analytics
import ArgumentParser
import Graph
import Reports

extension Twinning {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed between two versions of a network: actors and agreements added, removed and changed, and how the measures moved.",
            discussion: """
            Two forms: `twinning diff A B` compares two files (B read with A's options: \
            --from, the filters, --as-of), and `twinning diff FILE --as-of Y1 --versus Y2` \
            compares the network as of the end of Y1 with the network as of the end of Y2 \
            (the --as-of rule: dated agreements in force by then). A second file and \
            --versus cannot be given together.

            Actors are the same actor when they have the same id. Agreements are paired by \
            id where the same id joins the same ends on both sides, else by content (renumbered \
            rows), else by ends, kind and date, else by the pair of ends, in order: agreement \
            ids are often row numbers (a0001, e0) that differ between sources. A paired \
            agreement with another id is not a change (new_id shows the id). Changed records \
            list each field that differs (label, type, country, within, aliases, attributes \
            such as lat/lon; kind, date, end_date, status, directed, weight, source, locator, \
            quote, url, attributes) with the old and new value. Sources and metadata are not \
            compared.

            Then the measures of the actors in both versions: degree, betweenness and \
            PageRank (as `twinning centrality`), their competition ranks (1 = highest, ties \
            share the smallest rank: 1, 2, 2, 4) and rank changes (old − new: positive when \
            the actor rose); and the communities (Louvain, --seed S, on both versions) that \
            split (an old community with at least 2 actors in each of two or more new ones) \
            or merged (the converse). --no-measures skips both: the structural diff alone, \
            linear in the two inputs' size, for large networks (betweenness is O(nm)).

            --format csv prints one long table, one row per change: change (added, removed, \
            changed, moved, split, merged), record (actor, agreement, community), id, new_id, \
            from, to, field, old, new. JSON holds every list in full; text cuts each list to \
            --top rows and says how many more there are. Identical inputs print "no \
            differences" (text), "empty": true (JSON) or the header alone (CSV).

            Example:
              twinning diff graphs/belarus-asia graphs/belarus-asia-v2
              twinning diff graphs/belarus-asia --as-of 2015 --versus 2024
              twinning diff old.csv new.csv --no-measures --format csv -o changes.csv
            """
        )

        @OptionGroup var input: InputOptions

        @Argument(help: ArgumentHelp("The second version (the first is FILE); omit it with --as-of Y1 --versus Y2.", valueName: "file-b"))
        var other: String?

        @Option(help: ArgumentHelp("With --as-of Y1: compare the network as of the end of Y1 with the network as of the end of this year.", valueName: "year"))
        var versus: Int?

        @OptionGroup var out: TableOutput

        @Flag(name: .customLong("no-measures"), help: "The structural diff alone: no measures, no communities (fast on large networks).")
        var noMeasures = false

        @Option(help: "Seed of the community search on both versions.")
        var seed: UInt64 = 0

        @Option(help: "Rows of each list in text (all in csv and json).")
        var top: Int = 30

        /// The two years of the years form, or nil for two files.
        var years: (Int, Int)? {
            guard let first = input.asOf, let second = versus, other == nil else { return nil }
            return (first, second)
        }

        func validate() throws {
            if other != nil && versus != nil {
                throw ValidationError("give either two inputs (twinning diff A B) or one input with --as-of Y1 --versus Y2, not both")
            }
            if other == nil && versus == nil {
                throw ValidationError("diff needs a second input (twinning diff A B) or two years (twinning diff FILE --as-of Y1 --versus Y2)")
            }
            if versus != nil && input.asOf == nil {
                throw ValidationError("--versus Y2 compares with --as-of Y1; give --as-of too")
            }
            for (name, year) in [("--as-of", input.asOf), ("--versus", versus)] {
                if let year, PartialDate(year: year) == nil { throw ValidationError("\(name) expects a year from 1 to 9999, found \(year)") }
            }
            if top < 0 { throw ValidationError("--top expects a number of rows (0 or more), found \(top)") }
            try input.refuseOverwriting(out.output, alsoReading: [other])
        }

        func run() throws {
            let (old, new, oldName, newName): (Dataset, Dataset, String, String)
            if let (first, second) = years {
                let versions = try input.load(asOfEach: [first, second])
                (old, new, oldName, newName) = (versions[0], versions[1], "as of \(first)", "as of \(second)")
            } else {
                let second = other!
                (old, new, oldName, newName) = (try input.load(), try input.reading(second).load(), input.file, second)
            }
            input.progress.stage(noMeasures ? "comparing" : "comparing, then the measures and communities of both versions")
            let tables = DiffTables(old: old, new: new, oldName: oldName, newName: newName, measures: !noMeasures, seed: seed)
            if !input.quiet && out.format != .text {
                for warning in tables.warnings { printError("twinning: warning: \(warning)") }
            }
            switch out.format {
            case .csv:
                if !input.quiet { for line in tables.scope { printError("twinning: note: \(line)") } }
                try out.emit(tables.changeTable.csv)
            case .json: try out.emit(tables.json.serialized(indent: 2) + "\n")
            case .text: try out.emit(tables.text(top: top))
            }
        }
    }
}
