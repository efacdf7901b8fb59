// twinning-bench: times one analytics measure on an edge list, for Benchmarks/run.py.
//
// Usage: twinning-bench EDGE_FILE MEASURE [--restarts N]
//        twinning-bench diff [--agreements N] [--seed S] [--renumber] [--write FOLDER] (DiffBench.swift)
//        twinning-bench match [N] [--seed S] [--gazetteer FILE]   (MatchBenchmark.swift)
// EDGE_FILE holds one edge per line, two whitespace-separated node names (further columns
// ignored, '#' lines skipped); the graph is read as undirected and simple (parallel edges
// merged, self-loops dropped), as the other tools are given it. Prints one JSON line with
// the load and compute times, the peak resident memory and a summary of the result.
import Analytics
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("twinning-bench: \(message)\n".utf8))
    exit(2)
}

/// Reads the edge list into a unit-weight simple graph: undirected, or with each line an arc
/// from its first node to its second when `directed`.
func readEdgeList(_ path: String, directed: Bool = false) -> CompactGraph {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    var index: [Substring: Int32] = [:]
    var edges: [(Int32, Int32)] = []
    let text = String(decoding: data, as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        if line.hasPrefix("#") { continue }
        let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "\r" })
        guard fields.count >= 2 else { continue }
        func id(_ name: Substring) -> Int32 {
            if let i = index[name] { return i }
            let i = Int32(index.count); index[name] = i; return i
        }
        let u = id(fields[0]), v = id(fields[1])
        if u != v { edges.append((u, v)) }
    }
    return CompactGraph(unitWeightsOf: CompactGraph(nodeCount: index.count, edges: edges, directed: directed))
}

func peakMemoryKB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

let arguments = CommandLine.arguments
if arguments.count >= 2 && arguments[1] == "diff" {
    try DiffBenchmark(arguments.dropFirst(2)).run()
    exit(0)
}
if arguments.count >= 2 && arguments[1] == "match" {
    try MatchBenchmark.run(arguments)
    exit(0)
}
guard arguments.count >= 3 else { fail("usage: twinning-bench EDGE_FILE MEASURE [--restarts N]") }
let measure = arguments[2]
var restarts = 1
if let i = arguments.firstIndex(of: "--restarts"), i + 1 < arguments.count, let r = Int(arguments[i + 1]) { restarts = r }

let (graph, loadSeconds) = time { readEdgeList(arguments[1], directed: measure.hasSuffix("-directed")) }
/// Twelve groups by node number, for the label-permutation benchmark (the cost does not depend
/// on what the groups mean).
let groups = NodeGroups(group: (0..<graph.nodeCount).map { Int32($0 % 12) }, names: (0..<12).map(String.init))
var summary: [String: Any] = [:]
let (_, seconds) = try time { () throws -> Void in
    switch measure {
    case "load":
        summary["nodes"] = graph.nodeCount; summary["edges"] = graph.edgeCount
    case "betweenness":
        let b = Betweenness.compute(on: graph, normalized: false)
        summary["max"] = b.max() ?? 0
    case "betweenness-directed":
        let b = Betweenness.compute(on: graph, normalized: false)
        summary["max"] = b.max() ?? 0
    case "ei-permutations":  // 10,000 node-label permutations of the E–I index and assortativity
        let edges = graph
        let draws = LabelPermutation.draws(groups: groups.group, count: 10_000, seed: 1) { labels in
            [EIIndex(of: edges, groups: NodeGroups(group: labels, names: groups.names)).network.index,
             Assortativity.attribute(of: edges, categories: labels.map(Int.init)) ?? .nan]
        }
        summary["mean_ei"] = draws[0].reduce(0, +) / Double(draws[0].count)
    case "rewiring":  // 1,000 degree-preserving rewirings (10·m swaps each), transitivity of each
        let draws = DegreePreservingRewiring.draws(of: graph, count: 1_000, seed: 1) { [Triangles.transitivity(of: $0)] }
        summary["mean_transitivity"] = draws[0].reduce(0, +) / Double(draws[0].count)
    case "closeness":
        summary["max"] = Closeness.compute(on: graph).max() ?? 0
    case "harmonic":
        summary["max"] = Harmonic.compute(on: graph).max() ?? 0
    case "pagerank":
        summary["max"] = try PageRank.compute(on: graph).max() ?? 0
    case "pagerank-tight":  // solved to ‖Δx‖₁ < n·1e-15, closer to igraph's PRPACK solution
        let x = try PageRank.compute(on: graph, maxIterations: 10_000, tolerance: 1e-15)
        summary["max"] = x.max() ?? 0
    case "eigenvector":
        summary["max"] = try Eigenvector.compute(on: graph).max() ?? 0
    case "katz":
        summary["max"] = try Katz.compute(on: graph, alpha: 0.01).max() ?? 0
    case "hits":
        summary["max"] = try HITS.compute(on: graph).hubs.max() ?? 0
    case "clustering":
        summary["max"] = Clustering.local(on: graph).max() ?? 0
    case "square-clustering":
        summary["max"] = SquareClustering.compute(on: graph).max() ?? 0
    case "core":
        summary["max"] = try KCore.coreNumbers(of: graph).max() ?? 0
    case "distances":
        summary["diameter"] = Distances(of: graph).diameter ?? -1
    case "label-propagation":
        let c = LabelPropagation.communities(on: graph, seed: 1)
        summary["modularity"] = c.modularity ?? 0; summary["communities"] = c.count
    case "louvain":
        let c = Louvain.communities(on: graph, seed: 1, restarts: restarts)
        summary["modularity"] = c.modularity ?? 0; summary["communities"] = c.count
    case "leiden":
        let c = Leiden.communities(on: graph, seed: 1, restarts: restarts)
        summary["modularity"] = c.modularity ?? 0; summary["communities"] = c.count
    default:
        fail("unknown measure \(measure)")
    }
}
var record: [String: Any] = ["tool": "twinning", "measure": measure, "seconds": seconds,
                             "load_seconds": loadSeconds, "peak_kb": peakMemoryKB()]
record.merge(summary) { a, _ in a }
let json = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
