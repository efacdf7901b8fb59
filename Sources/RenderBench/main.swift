import Foundation
import Graph
import GraphvizBridge
import Render
import Reports
import Analytics

/// render-bench: draws a small, a medium and a large graph, writes PNG and SVG files and
/// prints the time of each stage as a Markdown table (Benchmarks/RENDER.md).
///
///     render-bench [--fixture DIR] [--data DIR] [--out DIR] [--only small|medium|large|map] [--dataset DIR]
///     render-bench leak-check [--fixture DIR] [--iterations N]
///
/// `leak-check` renders the fixture in every format and layout, and exercises the error
/// paths, `--iterations` times: Tests/RenderTests/leak-check.sh runs it under valgrind.

struct Arguments {
    var fixture = "Tests/RenderTests/Fixtures/small"
    var data = "../shared/datasets/wikidata-sister-cities"
    var out = ".build/render-bench"
    var only: String?
    var dataset = "graphs/belarus-asia"
    var iterations = 3
    var leakCheck = false

    init(_ raw: [String]) {
        var i = 0
        while i < raw.count {
            let value = i + 1 < raw.count ? raw[i + 1] : ""
            switch raw[i] {
            case "leak-check": leakCheck = true; i -= 1
            case "--fixture": fixture = value
            case "--data": data = value
            case "--out": out = value
            case "--only": only = value
            case "--dataset": dataset = value
            case "--iterations": iterations = Int(value) ?? iterations
            default: FileHandle.standardError.write(Data("render-bench: unknown argument \(raw[i])\n".utf8)); exit(2)
            }
            i += 2
        }
    }
}

struct Case {
    var name: String
    var dataset: Dataset
    var options: DiagramOptions
    var measures: [String: [Double]]
    var communities: [Int]? = nil
}

func clock<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let value = try body()
    let (s, atto) = (ContinuousClock.now - start).components
    return (value, Double(s) + Double(atto) * 1e-18)
}

/// Seconds of CPU this process has used: on a shared machine, wall time alone says little.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
}

func benchmark(_ c: Case, out: String) throws -> String {
    let cpuBefore = cpuSeconds()
    // What `twinning render` does before the drawing: the engine for clusters, and for large
    // drawings the first pass that lays out the points alone (DiagramMaker.prepared).
    let (options, firstPass) = try clock { try DiagramMaker.prepared(c.options, c.dataset, measures: c.measures, communities: c.communities) }
    let (dot, writeTime) = try clock { try DiagramDOTWriter.dot(for: c.dataset, options: options, measures: c.measures, communities: c.communities) }
    let layout = options.resolvedLayout(for: c.dataset)
    try AtomicFile.write(dot, to: "\(out)/\(c.name).dot")
    let formats: [OutputFormat] = [.png, .svg, .pdf]
    let (result, drawing) = try clock { try GraphvizRenderer.renderTimed(dot: dot, placement: options.placement(for: c.dataset), formats: formats) }
    let total = firstPass + writeTime + drawing
    let cpu = cpuSeconds() - cpuBefore
    for (format, bytes) in zip(formats, result.outputs) {
        try AtomicFile.write(bytes, to: "\(out)/\(c.name).\(format.rawValue)")
    }
    let t = result.timings
    let engine = options.placement(for: c.dataset).isPinned ? "\(c.options.resolvedLayout(for: c.dataset).rawValue), then pinned" : layout.rawValue
    var row = "| \(c.name) | \(c.dataset.nodes.count) | \(c.dataset.agreements.count) | \(engine)"
    row += String(format: " | %.2f | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f", firstPass, writeTime, t.parse, t.layout,
                  t.render[0], t.render[1], t.render[2], total, cpu)
    return row + " | " + result.outputs.map { "\($0.count / 1024)" }.joined(separator: " / ") + " |"
}

func runBenchmarks(_ args: Arguments) throws {
    try FileManager.default.createDirectory(atPath: args.out, withIntermediateDirectories: true)
    var cases: [Case] = []
    let wanted = { (name: String) in args.only == nil || args.only == name }
    if args.only == "map" { return try runMapBenchmark(dataset: args.dataset, out: args.out) }
    if wanted("small") {
        let small = try SampleData.small(fixture: args.fixture)
        cases.append(Case(name: "small", dataset: small, options: DiagramOptions(), measures: [:]))
        // Country colours, country boxes (fdp) and year labels, for the eye.
        cases.append(Case(name: "small-countries", dataset: small,
                          options: DiagramOptions(colorBy: .country, clusterBy: .country, yearLabels: true), measures: [:]))
        cases.append(Case(name: "small-within", dataset: small, options: DiagramOptions(clusterBy: .within), measures: [:]))
    }
    if wanted("medium") || wanted("large") {
        guard FileManager.default.fileExists(atPath: args.data + "/relations.tsv") else {
            print("skipping the medium and large graphs: \(args.data)/relations.tsv is absent")
            return try printTable(cases, out: args.out)
        }
        let cities = try SampleData.sisterCities(folder: args.data)
        let degree = SampleData.degree(of: cities)
        if wanted("medium") {
            let ego = try SampleData.medium(from: cities, degree: degree)
            cases.append(Case(name: "medium", dataset: ego, options: DiagramOptions(sizeBy: "degree"),
                              measures: ["degree": SampleData.degree(of: ego)]))
        }
        if wanted("large") {
            // As `twinning render` draws it: coloured by community (Louvain, seed 1), sized by degree.
            let communities = CommunitySearch(algorithm: .louvain, seed: 1).communities(of: cities).membership
            cases.append(Case(name: "sister-cities", dataset: cities, options: DiagramOptions(colorBy: .community, sizeBy: "degree"),
                              measures: ["degree": degree], communities: communities))
        }
    }
    try printTable(cases, out: args.out)
}

func printTable(_ cases: [Case], out: String) throws {
    print("| graph | nodes | edges | layout | first pass (s) | DOT text (s) | parse (s) | layout (s) | PNG (s) | SVG (s) | PDF (s) | total wall (s) | total CPU (s) | PNG / SVG / PDF (KiB) |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for c in cases { print(try benchmark(c, out: out)) }
}

func runLeakCheck(_ args: Arguments) throws {
    let small = try SampleData.small(fixture: args.fixture)
    let measures = ["degree": SampleData.degree(of: small)]
    for _ in 0..<args.iterations {
        for layout in Layout.allCases {
            let options = DiagramOptions(layout: layout, colorBy: .country, sizeBy: "degree", clusterBy: .within, yearLabels: true)
            let dot = try DiagramDOTWriter.dot(for: small, options: options, measures: measures)
            for format in OutputFormat.allCases { _ = try GraphvizRenderer.render(dot: dot, layout: layout, format: format) }
        }
        // Error paths: unreadable DOT text, and a drawing Graphviz refuses.
        _ = try? GraphvizRenderer.render(dot: "graph { a -- ", layout: .neato, format: .svg)
        _ = try? GraphvizRenderer.render(dot: "graph { a [shape=\"no-such\"] }", layout: .neato, format: .png)
    }
    print("leak-check: rendered the fixture \(args.iterations) × \(Layout.allCases.count) layouts × \(OutputFormat.allCases.count) formats")
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
do {
    if arguments.leakCheck { try runLeakCheck(arguments) } else { try runBenchmarks(arguments) }
} catch {
    FileHandle.standardError.write(Data("render-bench: \(error)\n".utf8))
    exit(1)
}
