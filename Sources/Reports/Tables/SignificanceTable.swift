import Analytics
import Graph
import Tables

/// Observed statistics against their null model, as `homophily --permutations` and `stats
/// --permutations` print them: one row per statistic (observed, null mean, null sd, z, p,
/// draws), as a text block, a JSON object and CSV rows.
public struct SignificanceTable {
    /// What the null model is, for the heading ("1000 node-label permutations, seed 7").
    public let model: String
    public let rows: [(name: String, distribution: NullDistribution)]

    public init(model: String, rows: [(name: String, distribution: NullDistribution)]) {
        self.model = model
        self.rows = rows
    }

    public static let columns = ["statistic", "observed", "null_mean", "null_sd", "z", "p", "draws"]

    /// The table of rows, each statistic's figures as numbers (null where undefined).
    public var table: ResultTable {
        ResultTable(columns: SignificanceTable.columns, rows: rows.map { name, d in
            [.string(name), .number(d.observed), .number(d.mean), .number(d.standardDeviation), .number(d.z), .number(d.p), .integer(d.draws)]
        })
    }

    public var json: JSONValue {
        .object([("model", .string(model))] + rows.map { name, d in
            (name, .object([("observed", .number(d.observed)), ("null_mean", .number(d.mean)),
                            ("null_sd", .number(d.standardDeviation)), ("z", .number(d.z)), ("p", .number(d.p)),
                            ("draws", .integer(d.draws))]))
        })
    }

    /// A table and these figures as one JSON page: `{"<key>": [rows], "significance": {...}}`.
    public func page(with table: ResultTable, as key: String) -> String {
        JSONValue.object([(key, table.json), ("significance", json)]).serialized(indent: 2) + "\n"
    }

    public var text: String {
        "significance against \(model) (p two-sided, (1 + as extreme) / (1 + draws))\n" + table.text
    }
}

extension SignificanceTable {
    public init(_ s: HomophilySignificance) {
        self.init(model: "\(s.permutations) node-label permutations, seed \(s.seed)",
                  rows: [("ei_index", s.eiIndex), ("assortativity", s.assortativity)])
    }

    public init(_ s: StructuralSignificance) {
        self.init(model: "\(s.draws) degree-preserving rewirings (10·m double-edge swaps each), seed \(s.seed)",
                  rows: [("transitivity", s.transitivity), ("average_clustering", s.averageClustering),
                         ("degree_assortativity", s.degreeAssortativity)])
    }

    public init(_ s: BrokerageSignificance) {
        self.init(model: "\(s.permutations) node-label permutations, seed \(s.seed)",
                  rows: zip(BrokerageRole.allCases, s.totals).map { ("\($0.rawValue)_total", $1) })
    }
}
