import Analytics
import ArgumentParser
import Graph
import Render

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The shortest chain of agreements between two actors.",
        discussion: """
        A and B are node ids (or labels). Without --weight the path has the fewest steps \
        (breadth-first search); with --weight ATTR the agreement attribute is a length and \
        the path is the lightest (Dijkstra). Each step lists the agreements that join the \
        two actors. Exits 1 when no path exists.

        Example:
          twinning path graphs/belarus-asia gomel harbin
          twinning path graphs/belarus-asia minsk chongqing --format json
        """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var out: TableOutput

    @Argument(help: "The first actor (id or label).")
    var from: String

    @Argument(help: "The second actor (id or label).")
    var to: String

    @Option(help: "An agreement attribute read as the length of each step.")
    var weight: String?

    func validate() throws {
        try input.refuseOverwriting(out.output)
    }

    func run() throws {
        let dataset = try input.load()
        func index(_ name: String) throws -> Int {
            if let i = dataset.nodes.firstIndex(where: { $0.id == name }) ?? dataset.nodes.firstIndex(where: { $0.label == name }) { return i }
            throw CommandFailure.input("twinning: no actor has the id or label '\(name)'")
        }
        let source = try index(from), target = try index(to)
        let network = weight.map { IndexedNetwork(dataset, weighting: .attribute($0), parallelEdges: .minimum) } ?? IndexedNetwork(dataset, weighting: .unit)
        guard let path = ShortestPaths.path(on: network.graph, from: source, to: target, weighted: weight != nil) else {
            throw CommandFailure.input("twinning: no path joins '\(dataset.nodes[source].id)' and '\(dataset.nodes[target].id)'")
        }
        let steps = network.agreements(along: path, in: dataset)
        var rows: [[JSONValue]] = []
        for (i, step) in steps.enumerated() {
            for a in step.map({ dataset.agreements[$0] }) {
                rows.append([.integer(i + 1), .string(dataset.nodes[path[i]].id), .string(dataset.nodes[path[i + 1]].id), .string(a.id),
                             .string(a.kind?.rawValue ?? ""), .string(a.date?.description ?? ""), .string(a.provenance.quote ?? "")])
            }
        }
        let table = ResultTable(columns: ["step", "from", "to", "agreement", "kind", "date", "quote"], rows: rows)
        switch out.format {
        case .csv: try emit(table.csv, to: out.output)
        case .json:
            let json: JSONValue = .object([("nodes", .array(path.map { .string(dataset.nodes[$0].id) })),
                                           ("length", .integer(path.count - 1)), ("agreements", table.json)])
            try emit(json.serialized(indent: 2) + "\n", to: out.output)
        case .text:
            var page = path.map { dataset.nodes[$0].label }.joined(separator: " → ") + " (\(path.count - 1) step\(path.count == 2 ? "" : "s"))\n"
            for (i, step) in steps.enumerated() {
                page += "\n\(dataset.nodes[path[i]].label) — \(dataset.nodes[path[i + 1]].label)\n"
                for a in step.map({ dataset.agreements[$0] }) {
                    let head = [a.date?.description, a.kind?.rawValue].compactMap { $0 }.joined(separator: " · ")
                    page += "  \(head.isEmpty ? a.id : head)" + (a.provenance.quote.map { ": « \($0) »" } ?? "") + "\n"
                }
            }
            try emit(page, to: out.output)
        }
    }
}
