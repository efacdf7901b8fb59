import Analytics
import Foundation
import Graph

/// The three graphs the benchmark draws.
enum SampleData {
    /// The hand-made fixture of the render tests (21 nodes).
    static func small(fixture: String) throws -> Dataset {
        try NativeFolder.read(folder: fixture)
    }

    /// The Wikidata sister-city network from `relations.tsv` and `names.tsv`: a throwaway
    /// reader until the GraphML reader lands. Pairs are undirected and deduplicated, self-pairs
    /// dropped, so the graph has 10,055 nodes and 17,401 edges.
    static func sisterCities(folder: String) throws -> Dataset {
        let names = try lines(folder + "/names.tsv")
        var dataset = Dataset()
        for line in names {
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            dataset.nodes.append(Node(id: fields[0], label: fields[1], type: .city))
        }
        var seen = Set<String>()
        for line in try lines(folder + "/relations.tsv") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 2, fields[0] != fields[1] else { continue }
            let (a, b) = fields[0] < fields[1] ? (fields[0], fields[1]) : (fields[1], fields[0])
            guard seen.insert(a + "\t" + b).inserted else { continue }
            dataset.agreements.append(Agreement(id: "e\(dataset.agreements.count)", from: a, to: b, kind: .twinning))
        }
        return dataset
    }

    /// A few hundred nodes: the radius-2 ego network of the best-connected city whose ego
    /// network has between 250 and 600 nodes.
    static func medium(from cities: Dataset, degree: [Double]) throws -> Dataset {
        let order = cities.nodes.indices.sorted { degree[$0] > degree[$1] }
        for i in order {
            let ego = try cities.egoNetwork(of: cities.nodes[i].id, radius: 2)
            if (250...600).contains(ego.nodes.count) { return ego }
        }
        return try cities.egoNetwork(of: cities.nodes[order[0]].id, radius: 1)
    }

    /// Degree in the simple undirected graph, indexed like `dataset.nodes`.
    static func degree(of dataset: Dataset) -> [Double] {
        let graph = IndexedNetwork(dataset).graph
        return (0..<graph.nodeCount).map { Double(graph.rowLength(of: $0)) }
    }

    private static func lines(_ path: String) throws -> [Substring] {
        let text = String(decoding: try InputFile.read(path), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline)
    }
}
