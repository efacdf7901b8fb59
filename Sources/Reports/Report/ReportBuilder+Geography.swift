import Analytics
import Foundation
import Graph
import Tables

/// The report's geography section, when actors have places: the map of the twinning and
/// friendship agreements (``mapFigure()``) and the tables of `twinning geography --seed S`
/// (partner distances overall, by kind, by country pair and by decade, and the permutation
/// test of whether partners are nearer than random pairs of the same actors).
extension ReportBuilder {
    /// The section, or nil when no agreement joins two placed actors (nothing to map or measure).
    func geographySection() throws -> Report.Section? {
        var blocks: [Report.Block] = []
        if let map = try mapFigure() { blocks.append(.figure(map)) }
        guard let tables = try? GeographyTables(dataset, permutations: GeographyTables.defaultPermutations, seed: communitySeed) else {
            return blocks.isEmpty ? nil : Report.Section(id: "geography", title: "Geography", blocks: blocks)
        }
        blocks.append(.paragraph("As `twinning geography --seed \(communitySeed)`: the great-circle distance of every agreement whose two ends have a place (haversine, mean Earth radius \(Haversine.earthRadius) km; an actor without coordinates of its own takes those of the place it sits within); quantiles by linear interpolation. \(tables.leftOut.joined(separator: "; "))."))
        blocks.append(.table(.init(tables.overallTable, caption: "Partner distances, all measured agreements (km)", name: "distances")))
        for grouping in [DistanceGrouping.kind, .countryPair, .decade] {
            blocks.append(.table(.init(tables.summaryTable(by: grouping), caption: "Partner distances by \(grouping.rawValue) (km)",
                                       name: "distances-by-\(grouping.rawValue)")))
        }
        if let test = tables.testTable, let model = tables.testModel {
            blocks.append(.paragraph("Are partners nearer than random pairs of the same actors? The node-permutation null model: \(model); the agreements are kept, the places shuffled. \(GeographyTables.pConvention.prefix(1).uppercased() + GeographyTables.pConvention.dropFirst())."))
            blocks.append(.table(.init(test, caption: "Observed partner distance against the permutation null (km)", name: "distance-test")))
        }
        return Report.Section(id: "geography", title: "Geography", blocks: blocks)
    }
}
