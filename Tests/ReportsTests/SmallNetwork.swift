import Graph
import Tables

/// A hand-made network small enough to count by hand: a triangle a–b–c (a and b joined by two
/// agreements) and a tail c–d; a and b are Belarusian, c and d Chinese.
enum SmallNetwork {
    static let dataset: Dataset = {
        let nodes = [
            Node(id: "a", label: "Alpha", type: NodeType(parsing: "city"), country: "BY"),
            Node(id: "b", label: "Beta", type: NodeType(parsing: "city"), country: "BY"),
            Node(id: "c", label: "Gamma", type: NodeType(parsing: "region"), country: "CN"),
            Node(id: "d", label: "Delta", type: NodeType(parsing: "city"), country: "CN"),
        ]
        func agreement(_ id: String, _ from: String, _ to: String, _ year: String) -> Agreement {
            Agreement(id: id, from: from, to: to, kind: AgreementKind(parsing: "twinning"), date: PartialDate(year),
                      provenance: Provenance(quote: "quote \(id)"))
        }
        return Dataset(nodes: nodes, agreements: [
            agreement("e1", "a", "b", "2001"), agreement("e2", "a", "b", "2005"),
            agreement("e3", "a", "c", "2005"), agreement("e4", "b", "c", "2008"), agreement("e5", "c", "d", "2010"),
        ])
    }()

    /// The cells of the column `name`, by the row's first cell (the actor's id).
    static func column(_ name: String, of table: ResultTable) -> [String: JSONValue] {
        let i = table.columns.firstIndex(of: name)!
        return Dictionary(uniqueKeysWithValues: table.rows.map { (ResultTable.plain($0[0]), $0[i]) })
    }
}
