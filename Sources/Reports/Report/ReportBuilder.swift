import Analytics
import Foundation
import Graph
import Render
import Tables

/// Assembles a report from the tables the commands print and the diagrams `render` draws:
/// the report computes nothing of its own. Each section is built in its own file
/// (`ReportBuilder+Summary.swift`, `+Network`, `+Actors`, …) from the builders of this module.
public struct ReportBuilder {
    public let dataset: Dataset
    public let name: String
    /// Seed of community detection and of the layouts.
    public let seed: Int
    /// The node property that defines groups for brokerage.
    public let groups: NodeProperty
    /// Also draw diagrams as PNG (for Markdown).
    public let rasterFigures: Bool
    /// The first year the timeline charts draw; nil for `TimeAxisStart`'s rule (1% of the
    /// dated agreements dated by then).
    public let timelineStart: Int?
    /// Two years to compare in a "What changed" section (`--compare-years Y1,Y2`); nil for none.
    public var compareYears: (first: Int, second: Int)? = nil
    /// Told each stage of the work ("computing centrality").
    let progress: (String) -> Void
    /// Told each warning met (a measure left empty), without a program prefix.
    let warn: (String) -> Void

    public init(dataset: Dataset, name: String, seed: Int = 1, groups: NodeProperty = .country, rasterFigures: Bool = false,
                timelineStart: Int? = nil,
                progress: @escaping (String) -> Void = { _ in }, warn: @escaping (String) -> Void = { _ in }) {
        (self.dataset, self.name, self.seed, self.groups, self.rasterFigures) = (dataset, name, seed, groups, rasterFigures)
        (self.timelineStart, self.progress, self.warn) = (timelineStart, progress, warn)
    }

    /// The seed as the commands take it (`--seed` of `communities` and `render`).
    var communitySeed: UInt64 { UInt64(max(0, seed)) }

    /// The report; throws a `RollupError` when the dataset cannot be rolled up, a
    /// `TimeAxisStartError` when `timelineStart` is after the last dated year (or nothing is
    /// dated), and Graphviz's error when a diagram cannot be drawn.
    public func build() throws -> Report {
        // First, so that a timeline start it cannot take fails before the long work.
        progress("computing the timeline")
        let timeline = try timelineSection()
        progress("summarising")
        let stats = StatsTables(dataset)
        progress("computing centrality")
        let centrality = centralityTable()
        progress("finding communities")
        let communities = self.communities()
        progress("drawing the network")
        let diagram = try networkSection(centrality: centrality, communities: communities)
        var sections = [diagram, overview(stats), actors(centrality, communities), communitySection(communities)]
        progress("rolling up to regions and countries")
        sections.append(try rollupSection())
        sections.append(timeline)
        if let (first, second) = compareYears {
            progress("comparing \(first) with \(second)")
            sections.append(changesSection(from: first, to: second))
        }
        progress("computing brokerage and homophily")
        sections.append(brokerageSection())
        sections.append(homophilySection(stats.structure))
        progress("measuring partner distances")
        if let geography = try geographySection() { sections.append(geography) }
        sections.append(agreementSection())
        return Report(title: name, subtitle: subtitle(stats.summary), summary: keyFigures(stats.summary, stats.structure), sections: sections)
    }

    /// The table `twinning centrality --measures strength` prints, in the dataset's order.
    public func centralityTable() -> ResultTable {
        let built = CentralityTable.table(dataset, measures: CentralityMeasure.standard + [.strength], weight: nil)
        built.warnings.forEach(warn)
        return built.table
    }

    /// The communities `twinning communities --seed SEED` finds (Louvain on partner pairs weighted by agreements).
    public func communities() -> Communities {
        CommunitySearch(algorithm: .louvain, seed: communitySeed).communities(of: dataset)
    }
}
