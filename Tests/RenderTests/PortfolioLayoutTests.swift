import Graph
import Tables
@testable import Render
import XCTest

/// The portfolio layout without Graphviz: who stands on which side, the groups, the order,
/// the positions, the wrapping rule and the years.
final class PortfolioLayoutTests: XCTestCase {
    let belarus = SidePredicate(key: "country", values: ["Belarus"])

    func layout(_ dataset: Dataset, _ predicate: SidePredicate? = nil) throws -> PortfolioLayout {
        let sides = try PortfolioSides(dataset: dataset, predicate: predicate ?? belarus)
        return PortfolioLayout(dataset: dataset, sides: sides, metrics: .init(fontSize: 10))
    }

    func ids(_ nodes: [Int], _ dataset: Dataset) -> Set<String> { Set(nodes.map { dataset.nodes[$0].id }) }

    func testSidesHoldTheMatchingActorsWithPartnersAndTheirPartners() throws {
        let dataset = PortfolioFixture.twoSides()
        let sides = try PortfolioSides(dataset: dataset, predicate: belarus)
        XCTAssertEqual(ids(sides.members(of: .a), dataset), ["by-vitebsk", "by-gomel", "vitebsk", "polotsk", "gomel", "minsk", "by-firm"])
        XCTAssertEqual(ids(sides.members(of: .b), dataset), ["cn-shandong", "cn-hlj", "jinan", "weihai", "harbin", "cn-firm", "demidov"])
        // a2 and a3 (Vitebsk Region – Shandong, either way round) share one line.
        XCTAssertEqual(sides.links.count, 8)
        XCTAssertEqual(sides.drawnAgreements, 9)
        XCTAssertEqual(sides.withinA, 2)      // Vitebsk – Polotsk, Orsha – Vitebsk
        XCTAssertEqual(sides.elsewhere, 1)    // Jinan – Weihai
        XCTAssertEqual(sides.unpartnered, 1)  // Orsha (Lida, with no agreement at all, is not counted)
        for link in sides.links { XCTAssertEqual(dataset.nodes[link.a].country, "Belarus") }
    }

    func testGroupsFollowTheRegionAndCountryOfTheHierarchy() throws {
        let dataset = PortfolioFixture.twoSides()
        let layout = try layout(dataset)
        let a = layout.order.a.blocks
        XCTAssertEqual(a.map(\.country), ["Belarus"])
        let titles = Dictionary(uniqueKeysWithValues: a[0].groups.map { ($0.title, ids($0.members, dataset)) })
        XCTAssertEqual(titles, ["Vitebsk Region": ["by-vitebsk", "vitebsk", "polotsk"], "Gomel Region": ["by-gomel", "gomel"],
                                "Minsk": ["minsk"], "no region": ["by-firm"]])
        for group in a[0].groups {
            if let head = group.head { XCTAssertEqual(group.members.first, head, "a region's own node comes first") }
        }
        let b = Dictionary(uniqueKeysWithValues: layout.order.b.blocks.map { ($0.country, Set($0.groups.map(\.title))) })
        XCTAssertEqual(b, ["China": ["Shandong Province", "Heilongjiang Province", "no region"], "Russia": ["Smolensk Region"]])
    }

    func testEverySideAActorStandsLeftOfEverySideBActorNamesOutside() throws {
        let layout = try layout(PortfolioFixture.twoSides())
        let a = layout.actors.filter { $0.side == .a }, b = layout.actors.filter { $0.side == .b }
        XCTAssertEqual(a.count, 7)
        XCTAssertEqual(b.count, 7)
        let rightmostA = a.map { $0.x + $0.width / 2 }.max()!, leftmostB = b.map { $0.x - $0.width / 2 }.min()!
        XCTAssertGreaterThanOrEqual(leftmostB - rightmostA, layout.metrics.gap.lowerBound)
        for actor in a {
            XCTAssertLessThan(actor.nameX + actor.nameWidth / 2, actor.x - actor.width / 2, "side A's names stand left of their marks")
        }
        for actor in b {
            XCTAssertGreaterThan(actor.nameX - actor.nameWidth / 2, actor.x + actor.width / 2, "side B's names stand right of their marks")
        }
        // Every line ends at one x per side.
        XCTAssertEqual(Set(a.map(\.innerX)).count, 1)
        XCTAssertEqual(Set(b.map(\.innerX)).count, 1)
    }

    func testGroupsAreContiguousRowsWithLargerGapsBetweenThem() throws {
        let dataset = PortfolioFixture.twoSides()
        let layout = try layout(dataset)
        for (side, groups) in [(PortfolioSides.Side.a, layout.order.a), (.b, layout.order.b)] {
            let rows = layout.actors.filter { $0.side == side }.sorted { $0.y > $1.y }.map(\.node)
            XCTAssertEqual(rows, groups.order, "rows top-down follow the groups' order")
            let y = Dictionary(uniqueKeysWithValues: layout.actors.map { ($0.node, $0.y) })
            var within: [Double] = [], between: [Double] = []
            for block in groups.blocks {
                for group in block.groups { within += zip(group.members, group.members.dropFirst()).map { y[$0.0]! - y[$0.1]! } }
                between += zip(block.groups, block.groups.dropFirst()).map { y[$0.0.members.last!]! - y[$0.1.members.first!]! }
            }
            if let widest = within.max(), let narrowest = between.min() { XCTAssertGreaterThan(narrowest, widest) }
        }
    }

    func testHeadingsNameEveryCountryOfAManyCountrySideAndEveryRegionNoNameSays() throws {
        let dataset = PortfolioFixture.twoSides()
        let layout = try layout(dataset)
        let countries = layout.labels.filter { $0.kind == .country }
        XCTAssertEqual(Set(countries.map(\.text)), ["China", "Russia"], "side A spans one country: no heading there")
        XCTAssertTrue(countries.allSatisfy { $0.side == .b })
        let regions = layout.labels.filter { $0.kind == .region }
        // Groups with their region's own node need no subheading; the others get one.
        XCTAssertEqual(Set(regions.map { "\($0.side == .a ? "A" : "B"):\($0.text)" }), ["A:no region", "B:no region", "B:Smolensk Region"])
        let y = Dictionary(uniqueKeysWithValues: layout.actors.map { ($0.node, $0.y) })
        for label in layout.labels {
            let top = label.members.map { y[$0]! }.max()!
            XCTAssertGreaterThan(label.y, top, "\(label.text) stands above its rows")
        }
    }

    func testOrderDoesNotDependOnTheDatasetsOrderAndRepeats() throws {
        let dataset = PortfolioFixture.twoSides()
        var reversed = dataset
        reversed.nodes.reverse()
        reversed.agreements.reverse()
        let labels = { (layout: PortfolioLayout, dataset: Dataset) in layout.actors.map { "\(dataset.nodes[$0.node].label)@\($0.x),\($0.y)" } }
        let first = try layout(dataset), again = try layout(dataset), backwards = try layout(reversed)
        XCTAssertEqual(labels(first, dataset), labels(again, dataset))
        XCTAssertEqual(Set(labels(first, dataset)), Set(labels(backwards, reversed)))
    }

    func testBarycentreOrderUncrossesWhatTheAlphabetCrosses() throws {
        // Alphabetically A1–A4 face B1–B4 in reverse: six crossings; reordered, none.
        var dataset = Dataset()
        for k in 1...4 {
            dataset.nodes.append(Node(id: "a\(k)", label: "A\(k)", type: .city, country: "X"))
            dataset.nodes.append(Node(id: "b\(k)", label: "B\(k)", type: .city, country: "Y"))
            dataset.agreements.append(Agreement(id: "e\(k)", from: "a\(k)", to: "b\(5 - k)", kind: .twinning))
        }
        let layout = try layout(dataset, SidePredicate(key: "country", values: ["X"]))
        XCTAssertEqual(layout.order.crossings, 0)
        let alphabetical = PortfolioGroups(blocks: [.init(country: "X", groups: (1...4).map { .init(title: "no region", head: nil, members: [2 * ($0 - 1)]) })])
        let reversedB = PortfolioGroups(blocks: [.init(country: "Y", groups: (1...4).map { .init(title: "no region", head: nil, members: [2 * ($0 - 1) + 1]) })])
        XCTAssertEqual(PortfolioOrder.crossings(layout.sides.links.map { ($0.a, $0.b) }, a: alphabetical, b: reversedB), 6)
    }

    func testTallSidesWrapIntoColumnsKeepingTheAspect() throws {
        for perSide in [1, 30, 200] {
            let dataset = PortfolioFixture.rows(perSide: perSide)
            let layout = try layout(dataset, SidePredicate(key: "country", values: ["Aland"]))
            XCTAssertEqual(layout.actors.count, 2 * perSide)
            let rects = layout.actors.flatMap { [($0.x, $0.y, $0.width, $0.height), ($0.nameX, $0.y, $0.nameWidth, $0.nameHeight)] }
                + layout.labels.map { ($0.x, $0.y, $0.width, $0.height) }
            let width = rects.map { $0.0 + $0.2 / 2 }.max()! - rects.map { $0.0 - $0.2 / 2 }.min()!
            let height = rects.map { $0.1 + $0.3 / 2 }.max()! - rects.map { $0.1 - $0.3 / 2 }.min()!
            XCTAssertLessThanOrEqual(height / width, layout.metrics.maxAspect + 0.01, "\(perSide) rows a side")
            if perSide == 200 {
                XCTAssertGreaterThan(layout.columns.a, 1)
                XCTAssertGreaterThan(layout.columns.b, 1)
                // Outer columns stand further out; A stays left of B.
                let a = layout.actors.filter { $0.side == .a }, b = layout.actors.filter { $0.side == .b }
                XCTAssertLessThan(a.map(\.x).max()!, b.map(\.x).min()!)
                XCTAssertEqual(Set(a.map(\.column)).count, layout.columns.a)
            } else {
                XCTAssertEqual(layout.columns.a, 1)
                XCTAssertEqual(layout.columns.b, 1)
            }
        }
    }

    func testYearsStandOnTheirLineNearTheQuieterEndAndNeverOverlap() throws {
        let dataset = PortfolioFixture.twoSides()
        let layout = try layout(dataset)
        let texts = layout.years.labels.map(\.text)
        XCTAssertEqual(texts.count, 7, "eight lines, one undated (Polotsk – Harbin)")
        XCTAssertTrue(texts.contains("2004, 2019"), "a merged line lists its years once each, ascending: \(texts)")
        let actor = layout.actorByNode()
        let ends = PortfolioLayout.yearEnds(of: layout.sides.links)
        for label in layout.years.labels {
            let link = layout.sides.links[label.link]
            let (a, b) = (actor[link.a]!, actor[link.b]!)
            // On the line from mark to mark.
            let t = (label.x - a.innerX) / (b.innerX - a.innerX)
            XCTAssertEqual(label.y, a.y + t * (b.y - a.y), accuracy: 0.01)
            XCTAssertEqual(t < 0.5, ends[label.link] == .a, "\(label.text) is nearer the end that carries it")
        }
        // Vitebsk has three lines, Demidov one: the year goes to Demidov's end.
        let demidov = try XCTUnwrap(layout.sides.links.firstIndex { dataset.nodes[$0.b].id == "demidov" })
        XCTAssertEqual(ends[demidov], .b)
        let rects = layout.years.labels.map { PortfolioYears.Rect(x: $0.x, y: $0.y, width: $0.width, height: $0.height) }
        for p in rects.indices {
            for q in rects.indices where q > p { XCTAssertFalse(rects[p].overlaps(rects[q]), "\(texts[p]) and \(texts[q]) overlap") }
        }
    }

    func testTextExtentOverestimatesAndWordWrapBreaksBetweenWords() {
        XCTAssertGreaterThan(TextExtent.width("Vitebsk Region", fontSize: 10), 74, "Graphviz sets it 74 points wide")
        XCTAssertLessThan(TextExtent.width("Vitebsk Region", fontSize: 10), 90)
        XCTAssertEqual(WordWrap.lines("International Exchange and Cooperation Center of China", limit: 20),
                       ["International", "Exchange and", "Cooperation Center", "of China"])
        XCTAssertEqual(WordWrap.lines("Supercalifragilisticexpialidocious city", limit: 10), ["Supercalifragilisticexpialidocious", "city"])
    }
}

/// The caption says no more than the drawing shows: no year line when no agreement is dated,
/// no group counts when the data has no regions or countries (the sister-city network).
final class PortfolioCaptionTests: XCTestCase {
    func testUndatedAgreementsWithoutRegionsOrCountries() throws {
        let dataset = Dataset(nodes: ["minsk", "riga", "lyon"].map { Node(id: $0) },
                              agreements: [Agreement(id: "a", from: "minsk", to: "riga"), Agreement(id: "b", from: "minsk", to: "lyon", date: PartialDate("2001"))])
        let both = try PortfolioDOTWriter.drawing(for: dataset, sides: SidePredicate(key: "id", values: ["minsk"]), options: DiagramOptions())
        XCTAssertTrue(both.caption.hasPrefix("id=minsk (1 actor) ↔ partners (2 actors): 2 agreements on 2 lines"), both.caption)
        XCTAssertTrue(both.caption.contains("(1 line without a date)"), both.caption)
        var undated = dataset
        undated.agreements[1].date = nil
        let none = try PortfolioDOTWriter.drawing(for: undated, sides: SidePredicate(key: "id", values: ["minsk"]), options: DiagramOptions())
        XCTAssertTrue(none.caption.contains("no agreement drawn has a date"), none.caption)
        XCTAssertFalse(none.caption.contains("written on its line"), none.caption)
    }
}
