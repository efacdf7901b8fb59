import Foundation
import Graph
import Render

/// render-bench: draws a small, a medium and a large graph, writes PNG and SVG files and
/// prints the time of each stage as a Markdown table (Benchmarks/RENDER.md).
///
///     render-bench [--fixture DIR] [--data DIR] [--out DIR] [--only small|medium|large]
///     render-bench leak-check [--fixture DIR] [--iterations N]
///
/// `leak-check` renders the fixture in every format and layout, and exercises the error
/// paths, `--iterations` times: Tests/RenderTests/leak-check.sh runs it under valgrind.

struct Arguments {
    var fixture = "Tests/RenderTests/Fixtures/small"
    var data = "../shared/datasets/wikidata-sister-cities"
    var out = ".build/render-bench"
    var only: String?
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
}

func clock<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let value = try body()
    let (s, atto) = (ContinuousClock.now - start).components
    return (value, Double(s) + Double(atto) * 1e-18)
}

func benchmark(_ c: Case, out: String) throws -> String {
    let (dot, writeTime) = clock { DiagramDOTWriter.dot(for: c.dataset, options: c.options, measures: c.measures) }
    let layout = c.options.resolvedLayout(for: c.dataset)
    var row = "| \(c.name) | \(c.dataset.nodes.count) | \(c.dataset.agreements.count) | \(layout.rawValue) | \(String(format: "%.3f", writeTime))"
    try AtomicFile.write(dot, to: "\(out)/\(c.name).dot")
    for format in [OutputFormat.png, .svg] {
        let (result, total) = try clock { try GraphvizRenderer.renderTimed(dot: dot, layout: layout, format: format) }
        try AtomicFile.write(result.bytes, to: "\(out)/\(c.name).\(format.rawValue)")
        if format == .png { row += String(format: " | %.3f | %.2f", result.timings.parse, result.timings.layout) }
        row += String(format: " | %.2f | %.2f", result.timings.render, total)
        row += " | \(result.bytes.count / 1024) KiB"
    }
    return row + " |"
}

func runBenchmarks(_ args: Arguments) throws {
    try FileManager.default.createDirectory(atPath: args.out, withIntermediateDirectories: true)
    var cases: [Case] = []
    let wanted = { (name: String) in args.only == nil || args.only == name }
    if wanted("small") {
        let small = try SampleData.small(fixture: args.fixture)
        cases.append(Case(name: "small", dataset: small, options: DiagramOptions(), measures: [:]))
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
            cases.append(Case(name: "sister-cities", dataset: cities, options: DiagramOptions(sizeBy: "degree"),
                              measures: ["degree": degree]))
        }
    }
    try printTable(cases, out: args.out)
}

func printTable(_ cases: [Case], out: String) throws {
    print("| graph | nodes | edges | layout | DOT text (s) | parse (s) | layout (s) | PNG render (s) | PNG total (s) | PNG size | SVG render (s) | SVG total (s) | SVG size |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for c in cases { print(try benchmark(c, out: out)) }
}

func runLeakCheck(_ args: Arguments) throws {
    let small = try SampleData.small(fixture: args.fixture)
    let measures = ["degree": SampleData.degree(of: small)]
    for _ in 0..<args.iterations {
        for layout in Layout.allCases {
            let options = DiagramOptions(layout: layout, colorBy: .country, sizeBy: "degree", clusterBy: .within, yearLabels: true)
            let dot = DiagramDOTWriter.dot(for: small, options: options, measures: measures)
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
