import Analytics
import Graph
import Tables

/// The centrality tables `twinning centrality` prints and the report's actors table starts
/// from: one row per actor (id, label, then one column per measure, named after it; degree
/// as an integer), or one row per pair of partners with its betweenness.
public enum CentralityTable {
    /// The measures `--measures NAMES` (with `--only`: just those) asks for: the standard
    /// ones first unless `only`, each once. Throws the first unknown name.
    public static func measures(named names: [String], only: Bool) throws -> [CentralityMeasure] {
        let named = try names.map { name -> CentralityMeasure in
            guard let measure = CentralityMeasure(named: name) else { throw UnknownMeasure(name: name) }
            return measure
        }
        if only { return named.isEmpty ? CentralityMeasure.standard : named.uniqued() }
        return (CentralityMeasure.standard + named).uniqued()
    }

    /// A measure name that `CentralityMeasure` does not know.
    public struct UnknownMeasure: Error, Sendable {
        public let name: String
    }

    /// One row per actor in the dataset's order; a measure that does not converge is empty
    /// (null), with a warning naming it.
    public static func table(_ dataset: Dataset, measures: [CentralityMeasure], weight: String?, samples: Int? = nil,
                             seed: UInt64 = 0, directed: Bool = false,
                             parameters: CentralityParameters = CentralityParameters()) -> BuiltTable {
        let computed = CentralityMeasures(dataset, measures: measures, weight: weight, samples: samples, seed: seed,
                                          directed: directed, parameters: parameters)
        let warnings = computed.failures.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) left empty: \($0.value)" }
        let rows: [[JSONValue]] = dataset.nodes.indices.map { v in
            [.string(dataset.nodes[v].id), .string(dataset.nodes[v].label)]
                + measures.map { m in CentralityMeasure.counts.contains(m) ? .integer(Int(computed.values[m]![v])) : .number(computed.values[m]![v]) }
        }
        return BuiltTable(table: ResultTable(columns: ["id", "label"] + measures.map(\.rawValue), rows: rows), warnings: warnings)
    }

    /// The betweenness of each pair of partners: from, to, betweenness.
    public static func edges(_ dataset: Dataset, weight: String?, samples: Int? = nil, seed: UInt64 = 0,
                             directed: Bool = false) throws -> ResultTable {
        let scores = try EdgeCentrality(dataset, weight: weight, samples: samples, seed: seed, directed: directed).scores
        return ResultTable(columns: ["from", "to", "betweenness"], rows: scores.map {
            [.string(dataset.nodes[$0.source].id), .string(dataset.nodes[$0.target].id), .number($0.value)]
        })
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
