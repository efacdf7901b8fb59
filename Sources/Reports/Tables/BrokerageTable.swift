import Analytics
import Graph
import Tables

/// The brokerage table `twinning brokerage` prints and the report shows: per actor its group,
/// Burt's constraint and effective size, the five Gould–Fernandez role counts and their total,
/// sorted by total (largest first, ties by id).
public enum BrokerageTable {
    /// `expected` adds, after the counts, each role's expected count and z-score under Gould
    /// and Fernandez's null hypothesis (`BrokerageExpectation`): `<role>_expected`, `<role>_z`.
    /// `directed` reads Burt's constraint and effective size on the directed view (networkx on
    /// that DiGraph); Gould–Fernandez roles always follow arcs (an undirected tie both ways).
    public static func table(_ dataset: Dataset, groupsBy property: NodeProperty, weighted: Bool, expected: Bool = false,
                             directed: Bool = false) -> ResultTable {
        let burt = BurtConstraint(dataset, weighted: weighted, directed: directed)
        let roles = GouldFernandezBrokerage(dataset, groupsBy: property)
        let groups = NodeGroups(dataset, by: property)
        let expectation = expected ? BrokerageExpectation(roles, groups: groups) : nil
        let total = roles.total
        let order = dataset.nodes.indices.sorted { total[$0] != total[$1] ? total[$0] > total[$1] : dataset.nodes[$0].id < dataset.nodes[$1].id }
        let expectedColumns = expectation == nil ? [] : BrokerageRole.allCases.flatMap { ["\($0.rawValue)_expected", "\($0.rawValue)_z"] }
        let columns = ["id", "label", "group", "constraint", "effective_size"] + BrokerageRole.allCases.map(\.rawValue) + ["total"] + expectedColumns
        let rows: [[JSONValue]] = order.map { v in
            var row: [JSONValue] = [.string(dataset.nodes[v].id), .string(dataset.nodes[v].label),
                                    groups.group[v] < 0 ? .null : .string(groups.names[Int(groups.group[v])]),
                                    .number(burt.constraint[v]), .number(burt.effectiveSize[v])]
            row += roles.roles(of: v).map { .integer($0) } + [.integer(total[v])]
            if let expectation {
                for r in BrokerageRole.allCases.indices {
                    row += [groups.group[v] < 0 ? .null : .number(expectation.expected[r][v]), .number(expectation.z[r][v])]
                }
            }
            return row
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// What the table cannot classify and why, or nil when every actor has a group: actors
    /// without a value for the property are listed with an empty group, and no two-path
    /// through or to them counts a Gould–Fernandez role.
    public static func leftOut(_ dataset: Dataset, groupsBy property: NodeProperty) -> String? {
        let ungrouped = NodeGroups(dataset, by: property).group.filter { $0 < 0 }.count
        guard ungrouped > 0 else { return nil }
        return "\(ungrouped) actor\(ungrouped == 1 ? "" : "s") without a \(property): listed with an empty group; no two-path with one of them as an end or a broker counts a brokerage role"
    }
}
