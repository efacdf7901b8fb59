import Analytics
import ArgumentParser
import Reports

extension Twinning {
    struct Geography: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How far apart partners are: the great-circle distance of every agreement, and whether partners are nearer than chance.",
            discussion: """
            Every agreement whose two ends have a place is measured: the great-circle distance \
            (haversine, mean Earth radius 6,371.0088 km) between the ends' places, an actor's \
            place being its own lat/lon or that of the nearest node it is within (a firm within \
            Minsk is at Minsk). Each agreement counts once, parallel agreements included; a \
            self-loop measures 0. Agreements with an end without a place are left out and \
            counted, and so are the actors placed through within.

            Printed: the summary of all distances (count, min, quartiles, median, max, mean; \
            quantiles by linear interpolation, numpy's default), then one summary per group of \
            --by: kind, country-pair (the unordered pair of the ends' countries, by the within \
            chain or the country field), decade (of the agreement's date, undated ones apart) \
            and agreements (one row per agreement: id, from, to, kind, date, km). Default: \
            --by kind,country-pair,decade.

            Then the test (Kaltenbrunner et al. 2013 found sister-city pairing not driven by \
            proximity): are partners nearer than random pairs of the same actors? The places \
            are permuted among the placed actors at the agreements' ends (--permutations N, \
            default 1000, --seed S: the same seed gives the same numbers), the agreements kept; \
            for the mean and the median agreement distance: observed, null mean and sd, the \
            null's 2.5% and 97.5% quantiles, z, the two-sided p and p_nearer, the one-sided p \
            of partners being nearer than random; each p is (1 + as extreme) / (1 + N). \
            --no-test skips it.

            --format csv prints one table: the per-agreement distances when --by names \
            agreements, else every summary asked for as rows of (grouping, group, figures); the \
            test is in text and JSON only (and not run for CSV). An input where no agreement \
            joins two placed actors is an error (exit 1) that says how to add lat/lon.

            --weight distance, in centrality, clustering, communities and path, weighs each \
            agreement by this same distance; agreements with an end without a place are left out \
            of those measures (named on standard error), not weighed 1.

            Example:
              twinning geography graphs/belarus-asia
              twinning geography graphs/belarus-asia --by agreements --format csv -o distances.csv
              twinning geography graphs/belarus-asia --by kind --permutations 5000 --seed 7 --format json
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Option(help: ArgumentHelp("What to summarise by (comma-separated): kind, country-pair, decade, agreements (one row per agreement).", valueName: "groupings"))
        var by: [String] = []

        @Flag(name: .customLong("no-test"), help: "Skip the permutation test.")
        var noTest = false

        @OptionGroup var null: NullModelOptions

        /// The summaries and whether the per-agreement table is asked for.
        var sections: (groupings: [DistanceGrouping], agreements: Bool) {
            get throws {
                let names = by.flatMap { $0.split(separator: ",") }.map { String($0).trimmingWhitespace().lowercased() }.filter { !$0.isEmpty }
                guard !names.isEmpty else { return ([.kind, .countryPair, .decade], false) }
                var groupings: [DistanceGrouping] = [], agreements = false
                for name in names {
                    if name == "agreements" { agreements = true; continue }
                    guard let grouping = DistanceGrouping(rawValue: name) else {
                        throw ValidationError("--by: unknown grouping '\(name)'; expected kind, country-pair, decade or agreements")
                    }
                    if !groupings.contains(grouping) { groupings.append(grouping) }
                }
                return (groupings, agreements)
            }
        }

        func validate() throws {
            try input.refuseOverwriting(out.output)
            _ = try sections
            if noTest && null.permutations != nil { throw ValidationError("--no-test and --permutations contradict each other; give one") }
        }

        func run() throws {
            let dataset = try input.load()
            let (groupings, agreements) = try sections
            // CSV holds no test: it is not run there (said on standard error when asked for).
            let permutations = noTest || out.format == .csv ? nil : null.permutations ?? GeographyTables.defaultPermutations
            input.progress.stage("measuring partner distances")
            if let permutations { input.progress.stage("\(permutations) permutations of the places") }
            let tables = try CommandFailure.catching(GeographyError.self) {
                try GeographyTables(dataset, permutations: permutations, seed: null.seed)
            }
            switch out.format {
            case .csv:
                // The text and JSON say these in the output; a CSV table has no place for them.
                if !input.quiet {
                    for line in tables.leftOut { printError("twinning: note: \(line)") }
                    if null.permutations != nil { printError("twinning: note: the CSV holds the distances alone; the test is in --format json or text") }
                    if agreements && !groupings.isEmpty && !by.isEmpty {
                        printError("twinning: note: the CSV holds the per-agreement distances; the summaries are in --format json or text")
                    }
                }
                try out.emit(agreements ? tables.agreementTable.csv : tables.longSummaryTable(groupings).csv)
            case .json: try out.emit(tables.json(groupings: groupings, agreements: agreements).serialized(indent: 2) + "\n")
            case .text: try out.emit(tables.text(groupings: groupings, agreements: agreements))
            }
        }
    }
}
