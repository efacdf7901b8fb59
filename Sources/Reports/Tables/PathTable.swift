import Analytics
import Graph
import Tables

/// The shortest chain of agreements between two actors, as `twinning path` prints it: the
/// fewest steps (breadth-first), or with a weight attribute read as a length the lightest
/// (Dijkstra); each step lists the agreements joining its two actors.
public struct PathTable {
    /// The actors along the path, as indices into the dataset's nodes.
    public let path: [Int]
    /// The agreements (indices into the dataset's agreements) joining each step's two actors.
    public let steps: [[Int]]
    /// step, from, to, agreement, kind, date, quote: one row per agreement of each step.
    public let table: ResultTable
    private let dataset: Dataset

    /// `from` and `to` name actors as `Dataset.resolveNode(_:)` reads them (id, label or
    /// alias); `weight` is the `--weight` option, read as a length (`EdgeWeighting`).
    /// Throws a `PathError` when an actor is not found or no path joins them. `directed`
    /// follows the directed view: a directed agreement only from its origin to its
    /// destination, an undirected one either way.
    public init(_ dataset: Dataset, from: String, to: String, weight: String?, directed: Bool = false) throws {
        func index(_ name: String) throws -> Int {
            do { return try dataset.resolveNode(name) } catch { throw PathError(description: "\(error)") }
        }
        let source = try index(from), target = try index(to)
        let weighting = EdgeWeighting(option: weight)
        if let refusal = weighting.refusal(in: dataset, for: "path", as: .length) { throw PathError(description: "\(refusal)") }
        let network = weighting.isWeighted
            ? IndexedNetwork(dataset, weighting: weighting, directed: directed, parallelEdges: .minimum)
            : IndexedNetwork(dataset, weighting: .unit, directed: directed)
        guard let path = ShortestPaths.path(on: network.graph, from: source, to: target, weighted: weighting.isWeighted) else {
            if directed {
                throw PathError(description: "no directed path leads from '\(dataset.nodes[source].id)' to '\(dataset.nodes[target].id)' (directed agreements followed from origin to destination only)")
            }
            throw PathError(description: "no path joins '\(dataset.nodes[source].id)' and '\(dataset.nodes[target].id)'")
        }
        let steps = network.agreements(along: path, in: dataset)
        var rows: [[JSONValue]] = []
        for (i, step) in steps.enumerated() {
            for a in step.map({ dataset.agreements[$0] }) {
                rows.append([.integer(i + 1), .string(dataset.nodes[path[i]].id), .string(dataset.nodes[path[i + 1]].id), .string(a.id),
                             .string(a.kind?.rawValue ?? ""), .string(a.date?.description ?? ""), .string(a.provenance.quote ?? "")])
            }
        }
        (self.path, self.steps, self.dataset) = (path, steps, dataset)
        table = ResultTable(columns: ["step", "from", "to", "agreement", "kind", "date", "quote"], rows: rows)
    }

    /// The actors' ids, the number of steps and the agreements.
    public var json: JSONValue {
        .object([("nodes", .array(path.map { .string(dataset.nodes[$0].id) })),
                 ("length", .integer(path.count - 1)), ("agreements", table.json)])
    }

    /// The chain of labels, then each step with its agreements and their quotes.
    public var text: String {
        var page = path.map { dataset.nodes[$0].label }.joined(separator: " → ") + " (\(path.count - 1) step\(path.count == 2 ? "" : "s"))\n"
        for (i, step) in steps.enumerated() {
            page += "\n\(dataset.nodes[path[i]].label) — \(dataset.nodes[path[i + 1]].label)\n"
            for a in step.map({ dataset.agreements[$0] }) {
                let head = [a.date?.description, a.kind?.rawValue].compactMap { $0 }.joined(separator: " · ")
                page += "  \(head.isEmpty ? a.id : head)" + (a.provenance.quote.map { ": « \($0) »" } ?? "") + "\n"
            }
        }
        return page
    }
}
