import Analytics
import Graph
import Tables

/// How far apart partners are, as `twinning geography` prints it: the great-circle distance
/// of every agreement whose ends have a place (``PartnerDistances``), its summary overall, by
/// kind, by country pair and by decade, and the permutation test of whether partners are
/// nearer than random pairs of the same actors (``DistancePermutation``). Nothing is left
/// out silently: ``leftOut`` says how many agreements had no distance and why, and how many
/// actors were placed through `within`.
public struct GeographyTables {
    public let distances: PartnerDistances
    public let dataset: Dataset
    /// The test, when asked for.
    public let test: DistancePermutation?

    /// Measures `dataset`; `permutations` (with `seed`) adds the test. Throws a
    /// ``GeographyError`` when no agreement can be measured.
    public init(_ dataset: Dataset, permutations: Int?, seed: UInt64 = 0) throws {
        let distances = PartnerDistances(dataset)
        if distances.places.isEmpty {
            throw GeographyError(description: "no actor of the input has a place; \(GeographyAdvice.howToPlace)")
        }
        if distances.distances.isEmpty {
            throw GeographyError(description: "no agreement joins two actors with a place (\(distances.places.placedCount) of \(dataset.nodes.count) actors have one); \(GeographyAdvice.howToPlace)")
        }
        self.distances = distances
        self.dataset = dataset
        test = permutations.map { DistancePermutation(distances, permutations: $0, seed: seed) }
    }

    /// The number of permutations of the test unless one is asked for (`twinning geography`
    /// and the report).
    public static let defaultPermutations = 1000

    // MARK: Tables

    public static let summaryColumns = ["count", "min_km", "q1_km", "median_km", "q3_km", "max_km", "mean_km"]

    static func cells(_ s: DistanceSummary) -> [JSONValue] {
        [.integer(s.count), .number(s.minimum), .number(s.firstQuartile), .number(s.median),
         .number(s.thirdQuartile), .number(s.maximum), .number(s.mean)]
    }

    /// One row per measured agreement: id, from, to, kind, date, km (the dataset's order).
    public var agreementTable: ResultTable {
        ResultTable(columns: ["id", "from", "to", "kind", "date", "km"], rows: distances.distances.map { d in
            let a = dataset.agreements[d.agreement]
            return [.string(a.id), .string(a.from), .string(a.to), a.kind.map { .string($0.rawValue) } ?? .null,
                    a.date.map { .string($0.description) } ?? .null, .double(d.kilometres)]
        })
    }

    /// The summary of every measured agreement, one row.
    public var overallTable: ResultTable {
        ResultTable(columns: GeographyTables.summaryColumns, rows: [GeographyTables.cells(distances.summary)])
    }

    /// One row per group: the group's name, then the summary.
    public func summaryTable(by grouping: DistanceGrouping) -> ResultTable {
        ResultTable(columns: [GeographyTables.groupColumn(grouping)] + GeographyTables.summaryColumns,
                    rows: distances.grouped(by: grouping, in: dataset).map { [.string($0.group)] + GeographyTables.cells($0.summary) })
    }

    static func groupColumn(_ grouping: DistanceGrouping) -> String {
        switch grouping {
        case .kind: return "kind"
        case .countryPair: return "country_pair"
        case .decade: return "decade"
        }
    }

    /// Every summary asked for in one long table, for CSV: grouping, group, then the
    /// summary; the first row is the whole (`all`, `all`).
    public func longSummaryTable(_ groupings: [DistanceGrouping]) -> ResultTable {
        var rows: [[JSONValue]] = [[.string("all"), .string("all")] + GeographyTables.cells(distances.summary)]
        for grouping in groupings {
            rows += distances.grouped(by: grouping, in: dataset).map {
                [.string(grouping.rawValue), .string($0.group)] + GeographyTables.cells($0.summary)
            }
        }
        return ResultTable(columns: ["grouping", "group"] + GeographyTables.summaryColumns, rows: rows)
    }

    public static let testColumns = ["statistic", "observed_km", "null_mean_km", "null_sd_km", "null_2.5%_km", "null_97.5%_km",
                                     "z", "p", "p_nearer", "draws"]

    /// The test's two rows (mean and median agreement distance), nil without a test.
    public var testTable: ResultTable? {
        guard let test else { return nil }
        return ResultTable(columns: GeographyTables.testColumns, rows: [
            GeographyTables.testRow("mean", test.mean, test.nullMeans),
            GeographyTables.testRow("median", test.median, test.nullMedians),
        ])
    }

    static func testRow(_ name: String, _ d: NullDistribution, _ draws: [Double]) -> [JSONValue] {
        let sorted = draws.filter(\.isFinite).sorted()
        return [.string(name), .number(d.observed), .number(d.mean), .number(d.standardDeviation),
                .number(DistanceSummary.quantile(ofSorted: sorted, 0.025)), .number(DistanceSummary.quantile(ofSorted: sorted, 0.975)),
                .number(d.z), .number(d.p), .number(d.pLower), .integer(d.draws)]
    }

    // MARK: What was measured

    /// The sentences that say what was measured and what was left out (never empty).
    public var leftOut: [String] {
        let d = distances
        let total = dataset.agreements.count
        var lines = ["\(d.distances.count) of \(total) agreement\(total == 1 ? "" : "s") measured"]
        if d.unplacedAgreements > 0 {
            lines.append("\(d.unplacedAgreements) agreement\(d.unplacedAgreements == 1 ? "" : "s") left out: an end without a place (\(d.unplacedActors) actor\(d.unplacedActors == 1 ? "" : "s") at an agreement's end with no lat/lon of \(d.unplacedActors == 1 ? "its" : "their") own or on \(d.unplacedActors == 1 ? "its" : "their") within chain)")
        }
        if d.unknownEndAgreements > 0 {
            lines.append("\(d.unknownEndAgreements) agreement\(d.unknownEndAgreements == 1 ? "" : "s") left out: an end names no node")
        }
        lines.append("\(d.placedActors) actor\(d.placedActors == 1 ? "" : "s") at the measured agreements' ends, \(d.inheritedActors) of them placed through within (the place of a node they are within)")
        return lines
    }

    /// The heading of the test: the model, the permuted actors, the seed.
    public var testModel: String? {
        test.map { "\($0.permutations) permutations of the places among the \($0.permutedActors) placed actors, seed \($0.seed)" }
    }

    // MARK: Pages

    /// One JSON object: what was measured, the summaries asked for, the agreements when
    /// asked for, and the test.
    public func json(groupings: [DistanceGrouping], agreements: Bool) -> JSONValue {
        let d = distances
        var members: [(String, JSONValue)] = [
            ("unit", .string("km")), ("radius_km", .double(Haversine.earthRadius)),
            ("quantiles", .string("linear interpolation (numpy's default)")),
            ("agreements", .integer(dataset.agreements.count)), ("measured", .integer(d.distances.count)),
            ("left_out", .object([("end_without_place", .integer(d.unplacedAgreements)),
                                  ("end_names_no_node", .integer(d.unknownEndAgreements)),
                                  ("actors_without_place", .integer(d.unplacedActors))])),
            ("placed_actors", .integer(d.placedActors)), ("placed_through_within", .integer(d.inheritedActors)),
            ("summary", overallTable.json.firstElement),
        ]
        for grouping in groupings { members.append(("by_" + GeographyTables.groupColumn(grouping), summaryTable(by: grouping).json)) }
        if agreements { members.append(("distances", agreementTable.json)) }
        if let test, let table = testTable, let model = testModel {
            members.append(("test", .object([("model", .string(model)), ("permutations", .integer(test.permutations)),
                                             ("seed", .integer(Int(truncatingIfNeeded: test.seed))),
                                             ("p", .string(GeographyTables.pConvention))]
                                            + zip(["mean", "median"], table.json.elements).map { ($0, $1) })))
        }
        return .object(members)
    }

    public static let pConvention = "p two-sided, p_nearer one-sided (observed as low as or lower than the draw); each (1 + as extreme) / (1 + draws)"

    /// A page of text: what was measured, the summaries, the agreements when asked for, the test.
    public func text(groupings: [DistanceGrouping], agreements: Bool) -> String {
        var page = "partner distances: great-circle km (haversine, R = 6371.0088 km); quantiles by linear interpolation (numpy's default)\n"
        for line in leftOut { page += "  \(line)\n" }
        page += "\nall agreements\n" + overallTable.text
        for grouping in groupings {
            page += "\nby \(grouping.rawValue)\n" + summaryTable(by: grouping).text
        }
        if agreements { page += "\nagreements\n" + agreementTable.text }
        if let table = testTable, let model = testModel {
            page += "\nare partners nearer than random pairs of the same actors? \(model)\n" + table.text + "(\(GeographyTables.pConvention))\n"
        }
        return page
    }
}

/// Why `GeographyTables` measured nothing: no actor has a place, or no agreement joins two.
public struct GeographyError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

private extension JSONValue {
    var elements: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }

    var firstElement: JSONValue { elements.first ?? .null }
}
