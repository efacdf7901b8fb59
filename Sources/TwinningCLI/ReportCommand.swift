import Analytics
import ArgumentParser
import Foundation
import Graph
import Reports
import Tables

extension Twinning {
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "The whole picture in one file: HTML (self-contained), Markdown with figures, or JSON.",
            discussion: """
            Summary, the network diagram (hover a node for its attributes and measures, click \
            it to highlight its partners), actors by centrality, communities, the region- and \
            country-level networks, the timeline, brokerage, homophily and every agreement with \
            its quote and source. Each figure is computed by the same code as the matching \
            command (stats, centrality, communities, rollup, timeline, brokerage, homophily). \
            The format comes from the -o extension: .html, .md (figures and full tables as \
            files in a folder beside it) or .json.

            Example:
              twinning report graphs/belarus-asia -o report.html
              twinning report graphs/belarus-asia --since 2010 -o report.md
              twinning report graphs/belarus-asia --timeline-start 2000 -o report.html

            The timeline charts start at the first year by which 1% of the dated agreements \
            are dated; their captions count the agreements dated before it, which the per-year \
            chart does not draw. --timeline-start YEAR starts them at YEAR instead (a year \
            before the first dated one starts at that one; a year after the last dated one is \
            an error naming it).

            --compare-years Y1,Y2 adds a section "What changed Y1–Y2": the network as of \
            the end of Y1 against the network as of the end of Y2 (the --as-of rule), as \
            `twinning diff FILE --as-of Y1 --versus Y2 --seed SEED` prints it: actors and \
            agreements added, removed and changed, the actors whose rank in degree, \
            betweenness or PageRank rose most and fell most, and the communities that split or merged. It compares \
            two years of one dataset, so it cannot be combined with --as-of.
            """
        )

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "Output file: .html, .md or .json.")
        var output: String

        @Option(help: "Seed of community detection and of the layouts.")
        var seed: Int = 1

        @Option(help: "The node property that defines groups for brokerage: country, type, within, or an attribute.")
        var groups: String = "country"

        @Option(help: "A title for the report (default: the dataset's title or file name).")
        var title: String?

        @Option(name: .customLong("timeline-start"),
                help: ArgumentHelp("The first year the timeline charts draw (default: the first year by which 1% of the dated agreements are dated). Only the charts move: --since filters the agreements of the whole report.", valueName: "year"))
        var timelineStart: Int?

        @Option(name: .customLong("compare-years"),
                help: ArgumentHelp("Add a 'What changed Y1–Y2' section: the network as of the end of Y1 against the network as of the end of Y2.", valueName: "Y1,Y2"))
        var compareYears: String?

        /// The two years of --compare-years; throws a usage error naming what is wrong.
        var comparedYears: (first: Int, second: Int)? {
            get throws {
                guard let compareYears else { return nil }
                let parts = compareYears.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
                guard parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]),
                      PartialDate(year: first) != nil, PartialDate(year: second) != nil else {
                    throw ValidationError("--compare-years expects two years from 1 to 9999 as Y1,Y2 (e.g. 2015,2024), found '\(compareYears)'")
                }
                return (first, second)
            }
        }

        enum Kind: String { case html, md, json }

        var kind: Kind? { Kind(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) }

        func validate() throws {
            if kind == nil { throw ValidationError("-o must end in .html, .md or .json, found '\(output)'") }
            try input.refuseOverwriting(output)
            if kind == .md { try input.refuseOverwriting(figureFolder.path) }
            if let timelineStart, PartialDate(year: timelineStart) == nil {
                throw ValidationError("--timeline-start must be a year from 1 to 9999, found \(timelineStart)")
            }
            if try comparedYears != nil, input.asOf != nil {
                throw ValidationError("--compare-years compares two years of the whole dataset; it cannot be combined with --as-of")
            }
        }

        func run() throws {
            let dataset = try input.load()
            let progress = input.progress
            var builder = ReportBuilder(dataset: dataset, name: title ?? defaultTitle(dataset), seed: seed,
                                        groups: NodeProperty(parsing: groups), rasterFigures: kind == .md, timelineStart: timelineStart,
                                        progress: progress.stage, warn: { warn([$0], quiet: input.quiet) })
            builder.compareYears = try comparedYears
            let report = try CommandFailure.catching(Error.self) { try builder.build() }
            progress.stage("writing \(output)")
            switch kind! {
            case .html: try emit(HTMLReportWriter.html(report), to: output)
            case .json: try emit(JSONReportWriter.json(report).serialized(indent: 1) + "\n", to: output)
            case .md:
                let folder = figureFolder.lastPathComponent
                let (markdown, files) = MarkdownReportWriter.files(report, folder: folder)
                try writeFigures(files.map { (String($0.path.dropFirst(folder.count + 1)), $0.bytes) })
                try emit(markdown, to: output)
            }
        }

        /// Writes the figure folder whole (`AtomicFolder`): built beside it and swapped in, so
        /// figures of an earlier report that this one lacks do not survive. The folder belongs
        /// to the report: besides this report's files, it may hold only earlier figures and
        /// tables (`.svg`, `.png`, `.csv`); anything else there is refused, never deleted.
        func writeFigures(_ files: [(name: String, bytes: [UInt8])]) throws {
            let path = figureFolder.path
            let earlier = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { ["svg", "png", "csv"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
            do {
                try AtomicFolder.replace(path, writerFiles: Set(files.map(\.name) + earlier), kind: "a report's figure folder") { folder in
                    for (name, bytes) in files { try folder.write(name, bytes) }
                }
            } catch let error as OutputError {
                throw CommandFailure.output(error)
            }
        }

        /// The folder of a Markdown report's figures, beside it.
        var figureFolder: URL {
            let url = URL(fileURLWithPath: output)
            return url.deletingLastPathComponent().appendingPathComponent(url.deletingPathExtension().lastPathComponent + "_files")
        }

        func defaultTitle(_ dataset: Dataset) -> String {
            if case .string(let title)? = dataset.metadata["title"] { return title }
            let name = URL(fileURLWithPath: input.file).standardizedFileURL.lastPathComponent
            return input.file == "-" ? "Twinning network" : "Twinning network: \(name)"
        }
    }
}
