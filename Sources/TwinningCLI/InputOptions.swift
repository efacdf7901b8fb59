import Analytics
import ArgumentParser
import Graph

/// The input of every command that reads a graph: the file, its format, and the shared filters.
struct InputOptions: ParsableArguments {
    @Argument(help: "The graph: a dataset folder, a .graphml, .gexf, .json, .gml, .net, .csv, .tsv, .edgelist or .dot file (each also .gz), or - for standard input.")
    var file: String

    @Option(name: .customLong("from"), help: "Input format when the extension does not say it: \(GraphFormat.namesList).")
    var inputFormat: GraphFormat?

    @Option(help: "For edge lists: `id<TAB>label` lines naming the nodes, or a nodes table with a header naming an id column (Gephi's Id,Label,…; every column kept).")
    var names: String?

    @Flag(help: "Merge each undirected agreement listed twice, once in each direction with the same data, into one (edge lists warn about them).")
    var dedupe = false

    @Option(help: ArgumentHelp("Keep only nodes of these types (comma-separated; e.g. city,region), and the agreements among them.", valueName: "types"))
    var type: [String] = []

    @Option(help: ArgumentHelp("Keep only agreements of these kinds (comma-separated; e.g. twinning,memorandum).", valueName: "kinds"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Keep only nodes of these countries (comma-separated), and the agreements among them.", valueName: "countries"))
    var country: [String] = []

    @Option(help: ArgumentHelp("Keep only agreements with these statuses (signed, planned, ended).", valueName: "statuses"))
    var status: [String] = []

    @Option(help: ArgumentHelp("Keep only agreements dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep only agreements dated on or before this date.", valueName: "date"))
    var until: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The network as of the end of this year: agreements dated in or before it, less those ended by then.", valueName: "year"))
    var asOf: Int?

    @Option(name: .customLong("max-agreements"), help: ArgumentHelp("Refuse an input that would create more than N agreements (default 10,000,000); DOT edge products are counted before they are expanded and may create at most 1,000,000 unless N is given.", valueName: "N"))
    var maxAgreements: Int?

    @Flag(name: .customLong("largest-component"), help: "Keep only the largest connected component (after the other filters): its actors and the agreements among them; directed agreements join their ends either way. Ties go to the component of the actor listed first.")
    var largestComponent = false

    @Flag(help: "Print no progress or warnings on standard error.")
    var quiet = false

    /// Splits repeated and comma-separated option values.
    private static func list(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    func validate() throws {
        guard (maxAgreements ?? 0) >= 0 else { throw ValidationError("--max-agreements expects a number of agreements (0 or more), found \(maxAgreements ?? 0)") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, PartialDate(value) == nil {
                throw ValidationError("\(name) expects a date as YYYY, YYYY-MM or YYYY-MM-DD, found '\(value)'")
            }
        }
        for status in InputOptions.list(status) where !AgreementStatus(parsing: status).isKnown {
            throw ValidationError("--status expects one of \(AgreementStatus.knownList), found '\(status)'")
        }
    }

    var filter: DatasetFilter {
        DatasetFilter(types: Set(InputOptions.list(type).map(NodeType.init(parsing:))),
                      countries: Set(InputOptions.list(country).map { $0.lowercased() }),
                      kinds: Set(InputOptions.list(kind).map(AgreementKind.init(parsing:))),
                      statuses: Set(InputOptions.list(status).map(AgreementStatus.init(parsing:))),
                      since: since.flatMap(PartialDate.init), until: until.flatMap(PartialDate.init))
    }

    /// The filters given, as they were typed ("--kind twinning,friendship --as-of 2020"), or nil
    /// without any: for captions that say what a drawing left out.
    var filterSummary: String? {
        var parts: [String] = []
        for (name, values) in [("--type", type), ("--kind", kind), ("--country", country), ("--status", status)] where !values.isEmpty {
            parts.append("\(name) \(InputOptions.list(values).joined(separator: ","))")
        }
        for (name, value) in [("--since", since), ("--until", until), ("--as-of", asOf.map(String.init))] {
            if let value { parts.append("\(name) \(value)") }
        }
        if largestComponent { parts.append("--largest-component") }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    var progress: Progress { Progress(quiet: quiet) }

    /// What reading may cost (`InputLimits`).
    /// The input limits: the defaults, or `--max-agreements N` for agreements and DOT edge products alike.
    var limits: InputLimits {
        guard let maxAgreements else { return .default }
        return InputLimits(maxAgreements: maxAgreements, maxDOTProductAgreements: maxAgreements)
    }

    /// Reads the input, unvalidated and unfiltered; an unreadable input is a command failure.
    func read() throws -> Dataset {
        do {
            return try DatasetIO.read(file, format: inputFormat, names: names, dedupe: dedupe, limits: limits)
        } catch let error as InputError {
            throw CommandFailure.input(error.description)
        }
    }

    /// Reads, validates and filters the input. Errors in the input stop the command (exit 1)
    /// after listing them; warnings are printed unless `--quiet`.
    func load() throws -> Dataset {
        try load(asOfEach: [asOf])[0]
    }

    /// Reads, validates and filters the input once, then gives the network as of each of
    /// `years` (nil: no `--as-of`), each cut to its largest component when asked
    /// (`twinning diff FILE --as-of Y1 --versus Y2` reads one file for two years).
    func load(asOfEach years: [Int?]) throws -> [Dataset] {
        let progress = self.progress
        progress.stage("reading \(file)")
        let dataset = try read()
        progress.stage("validating \(dataset.nodes.count) nodes and \(dataset.agreements.count) agreements")
        let findings = Validation.findings(for: dataset)
        try report(findings, quiet: quiet)
        let filter = self.filter
        if !quiet { for miss in filter.misses(in: dataset) { printError("twinning: warning: \(miss)") } }
        let filtered = filter.apply(to: dataset)
        return years.map { year in
            var result = year.map { filtered.asOf(year: $0) } ?? filtered
            let asOfNote = years.count > 1 ? year.map { " as of \($0)" } ?? "" : ""
            if !quiet, !filter.isEmpty || year != nil, result.agreements.isEmpty, !dataset.agreements.isEmpty {
                printError("twinning: warning: the filters keep no agreement\(asOfNote) (\(result.nodes.count) of \(dataset.nodes.count) actors, all of them isolated)")
            }
            if largestComponent {
                let component = LargestComponent(of: result)
                if !quiet { printError("twinning: note: --largest-component\(asOfNote): \(component.summary)") }
                result = component.dataset
            }
            return result
        }
    }
}

/// Prints findings (errors always, warnings unless quiet) and fails when there are errors.
func report(_ findings: [Finding], quiet: Bool) throws {
    let errors = findings.filter { $0.severity == .error }
    if !quiet {
        for finding in findings where finding.severity == .warning { printError(finding.description) }
    }
    guard errors.isEmpty else {
        for error in errors.prefix(50) { printError(error.description) }
        if errors.count > 50 { printError("… and \(errors.count - 50) more errors") }
        throw CommandFailure(message: "twinning: the input has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was written", exitCode: 1)
    }
}

extension GraphFormat: ExpressibleByArgument {}
