import Analytics
import Foundation
import Graph
import Tables

/// Communities as `twinning communities` prints them and the report shows them: each actor's
/// community, the members of each community, and the JSON and text pages.
public enum CommunityTable {
    /// id, label, community: one row per actor in the dataset's order.
    public static func members(_ dataset: Dataset, _ found: Communities) -> ResultTable {
        ResultTable(columns: ["id", "label", "community"], rows: dataset.nodes.indices.map { v in
            [.string(dataset.nodes[v].id), .string(dataset.nodes[v].label), .integer(found.membership[v])]
        })
    }

    /// The actors of each community, in the dataset's order.
    public static func memberLists(_ found: Communities) -> [[Int]] {
        var members = [[Int]](repeating: [], count: found.count)
        for (v, c) in found.membership.enumerated() where c >= 0 && c < found.count { members[c].append(v) }
        return members
    }

    /// community, size, members (labels joined by "; "): largest community first.
    public static func groups(_ dataset: Dataset, _ found: Communities) -> ResultTable {
        let rows: [[JSONValue]] = memberLists(found).enumerated().map { c, list in
            [.integer(c), .integer(list.count), .string(list.map { dataset.nodes[$0].label }.joined(separator: "; "))]
        }
        return ResultTable(columns: ["community", "size", "members"], rows: rows).sortedDescending(byColumnNamed: "size")
    }

    public static func json(_ found: Communities, table: ResultTable, algorithm: String, seed: UInt64,
                            directed: Bool = false) -> JSONValue {
        .object([("algorithm", .string(algorithm)), ("seed", .integer(Int(truncatingIfNeeded: seed))),
                 ("directed", .bool(directed)),
                 ("modularity", .number(found.modularity)), ("communities", .integer(found.count)),
                 ("single_actor_communities", .integer(singletons(found))),
                 ("sizes", .array(found.sizes.map { .integer($0) })), ("nodes", table.json)])
    }

    /// Communities of one actor (an isolate, or an actor no merge improved): counted, and
    /// left out of the text listing.
    public static func singletons(_ found: Communities) -> Int {
        found.sizes.filter { $0 == 1 }.count
    }

    /// The count and modularity, then each community of two or more actors with its first
    /// twelve members; communities of one actor are counted, not listed.
    public static func text(_ dataset: Dataset, _ found: Communities, directed: Bool = false) -> String {
        var out = "\(found.count) communities, \(directed ? "directed modularity" : "modularity") \(found.modularity.map { String(format: "%.6f", $0) } ?? "undefined")\n"
        let single = singletons(found)
        if single > 0 {
            out += "\(single) of them \(single == 1 ? "is a single actor" : "are single actors") (isolates, or actors no merge improved): not listed below; --format csv lists every actor's community\n"
        }
        for (c, list) in memberLists(found).enumerated() where list.count > 1 {
            let names = list.prefix(12).map { dataset.nodes[$0].label }.joined(separator: ", ")
            out += "\n\(c) (\(list.count)): \(names)\(list.count > 12 ? ", …" : "")"
        }
        return out + "\n"
    }
}
