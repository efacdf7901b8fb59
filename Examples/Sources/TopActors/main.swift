// Reads a dataset, then prints its five actors with the most partners and the number of
// communities Louvain finds: the same numbers as `twinning centrality --measures degree`
// and `twinning communities` (seed 0) print.
//
//     swift run --package-path Examples top-actors graphs/belarus-asia
import Analytics
import Foundation
import Graph

let path = CommandLine.arguments.dropFirst().first ?? "graphs/belarus-asia"
do {
    let dataset = try DatasetIO.read(path)
    let findings = Validation.findings(for: dataset)
    guard !Validation.hasErrors(findings) else {
        for finding in findings { FileHandle.standardError.write(Data("\(finding)\n".utf8)) }
        exit(1)
    }

    // Several agreements between one pair of actors are one edge (the simple graph), so a
    // degree is a number of distinct partners.
    let network = IndexedNetwork(dataset)
    let degrees = Degree.degrees(of: network.graph)
    // Highest degree first; ties keep the dataset's order, as `twinning centrality` does.
    let ranked = dataset.nodes.indices.sorted { degrees[$0] != degrees[$1] ? degrees[$0] > degrees[$1] : $0 < $1 }
    for v in ranked.prefix(5) {
        print("\(degrees[v])\t\(dataset.nodes[v].id)\t\(dataset.nodes[v].label)")
    }

    // Louvain on the partner pairs weighted by their number of agreements; a fixed seed
    // gives the same partition on every run.
    let found = Louvain.communities(on: network.graph, seed: 0)
    print("communities\t\(found.count)")
} catch {
    FileHandle.standardError.write(Data("top-actors: \(error)\n".utf8))
    exit(1)
}
