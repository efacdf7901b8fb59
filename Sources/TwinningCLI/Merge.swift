import ArgumentParser
import Foundation
import Graph
import Reports
import Tables

extension Twinning {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge two datasets into one, actors joined by a crosswalk, with every source's provenance and every conflict.",
            discussion: """
            A is the primary source: its ids and values stand, a value only B has fills a gap. \
            The crosswalk (`twinning match A B` writes one; edit its decision column) joins \
            each actor of A to the actor of B on a row marked match; every other actor of B \
            is added (as ID@NAME_B when A uses its id). An agreement of B is the same as an \
            agreement of A between the same two actors, either order, when their kinds are \
            compatible (equal, one unknown, or twinning, friendship and cooperation, which \
            sources use for one partnership) and their years at most 1 apart; the closest \
            one is taken. Every merged actor and agreement records `sources` and `source_ids`; \
            a joined agreement keeps B's provenance as source_NAME_B, quote_NAME_B, …. Where \
            the sources disagree (type, country, within, a place more than 10 km away, an \
            attribute; kind, date, end date, status, direction, weight) A's value is kept, the \
            record gets conflict_FIELD = 'NAME_A: value; NAME_B: value', and --conflicts \
            writes the table of them (CSV, or JSON by extension). The filters (--kind, \
            --as-of, …) apply to both inputs. The inputs are never written.

            Example:
              twinning match graphs/belarus-asia wikidata.graphml -o crosswalk.csv
              twinning merge graphs/belarus-asia wikidata.graphml --crosswalk crosswalk.csv -o merged.graphml --conflicts conflicts.csv
            """
        )

        @OptionGroup var input: InputOptions

        @Argument(help: "The second dataset, B (any format the first may have).")
        var other: String

        @Option(help: "The crosswalk CSV (a_id, b_id, decision; rows marked match are joined).")
        var crosswalk: String

        @OptionGroup var graphOutput: GraphOutput

        @Option(help: "Also write the conflicts table here (.csv or .json).")
        var conflicts: String?

        @Option(name: .customLong("source-names"), help: ArgumentHelp("The two sources' names in provenance, comma-separated (default: the inputs' file names without extension).", valueName: "a,b"))
        var sourceNames: String?

        /// The two names: given, or the inputs' file names (`a` and `b` when those are equal).
        var names: (a: String, b: String) {
            get throws {
                if let sourceNames {
                    let parts = sourceNames.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
                    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0] != parts[1],
                          !parts.contains(where: { $0.contains(";") || $0.contains(":") || $0.contains("@") }) else {
                        throw ValidationError("--source-names expects two different names separated by a comma, without ';', ':' or '@', found '\(sourceNames)'")
                    }
                    return (parts[0], parts[1])
                }
                let (a, b) = (Merge.stem(input.file), Merge.stem(other))
                return a == b ? ("a", "b") : (a, b)
            }
        }

        /// A path's last component without its extensions (`graphs/belarus-asia/` → belarus-asia).
        static func stem(_ path: String) -> String {
            let last = URL(fileURLWithPath: path).lastPathComponent
            let name = last.split(separator: ".").first.map(String.init) ?? last
            return name.isEmpty || name.contains(where: { ";:@".contains($0) }) ? "source" : name
        }

        func validate() throws {
            _ = try names
            try input.refuseOverwriting(graphOutput.output, alsoReading: [other, crosswalk])
            try input.refuseOverwriting(conflicts, alsoReading: [other, crosswalk])
            if let conflicts, conflicts == graphOutput.output { throw ValidationError("--conflicts and -o name the same file '\(conflicts)'") }
            if let conflicts, !["csv", "json"].contains(URL(fileURLWithPath: conflicts).pathExtension.lowercased()) {
                throw ValidationError("--conflicts expects a .csv or .json file, found '\(conflicts)'")
            }
        }

        func run() throws {
            let names = try self.names
            let a = try input.load()
            let b = try input.reading(other).load()
            input.progress.stage("reading \(crosswalk)")
            let merge: DatasetMerge
            do {
                let walk = try Crosswalk.read(try InputFile.read(crosswalk), file: crosswalk)
                input.progress.stage("merging")
                merge = try DatasetMerge(a, b, crosswalk: walk, names: names)
            } catch let error as LocatedError {
                throw CommandFailure.input(error.description)
            }
            let tables = MergeTables(merge)
            input.progress.stage("writing \(graphOutput.output)")
            try graphOutput.write(merge.dataset, quiet: input.quiet)
            if let conflicts {
                let table = tables.conflictTable
                try emit(URL(fileURLWithPath: conflicts).pathExtension.lowercased() == "json" ? table.json.serialized(indent: 2) + "\n" : table.csv,
                         to: conflicts)
            }
            if !input.quiet {
                for line in tables.summary { printError("twinning: note: \(line)") }
                if conflicts == nil && !merge.conflicts.isEmpty { printError("twinning: note: --conflicts FILE writes them as a table") }
            }
        }
    }
}
