import Graph
import GraphvizBridge
@testable import Render
import XCTest

/// The SVG a web page would load: well-formed, one group per node and edge, ids and tooltips.
final class DiagramSVGTests: XCTestCase {
    func render(_ dataset: Dataset, _ options: DiagramOptions = DiagramOptions(),
                measures: [String: [Double]] = [:], communities: [Int]? = nil) throws -> SVGSummary {
        let dot = try DiagramDOTWriter.dot(for: dataset, options: options, measures: measures, communities: communities)
        let bytes = try GraphvizRenderer.render(dot: dot, layout: options.resolvedLayout(for: dataset), format: .svg)
        return SVGSummary.parse(bytes)
    }

    func testOneGroupPerNodeAndEdge() throws {
        let dataset = try smallFixture()
        let svg = try render(dataset)
        XCTAssertEqual(svg.groups(withClass: "node").count, dataset.nodes.count)
        XCTAssertEqual(svg.groups(withClass: "edge").count, dataset.agreements.count)
    }

    func testAgreementsToUnknownNodesAreNotDrawn() throws {
        var dataset = try smallFixture()
        dataset.agreements.append(Agreement(id: "dangling", from: "kazan", to: "nowhere"))
        let svg = try render(dataset)
        XCTAssertEqual(svg.groups(withClass: "node").count, dataset.nodes.count)
        XCTAssertEqual(svg.groups(withClass: "edge").count, dataset.agreements.count - 1)
    }

    func testElementsKeepDatasetIDsTypesAndTooltips() throws {
        let dataset = try smallFixture()
        let svg = try render(dataset)
        let kazan = try XCTUnwrap(svg.groups.first { $0.id == "node-kazan" })
        XCTAssertEqual(kazan.classes, ["node", "city"])
        let investment = try XCTUnwrap(svg.groups.first { $0.id == "edge-a9" })
        XCTAssertEqual(investment.classes, ["edge", "investment"])
        XCTAssertTrue(svg.titles.contains { $0.contains("type: city") && $0.contains("country: RU") })
        XCTAssertTrue(svg.titles.contains { $0.contains("kind: investment") && $0.contains("date: 2019") && $0.contains("status: signed") })
    }

    func testMeasuresAppearInTooltips() throws {
        let dataset = try smallFixture()
        let degree = dataset.nodes.indices.map { Double($0) }
        let svg = try render(dataset, DiagramOptions(sizeBy: "degree"), measures: ["degree": degree])
        XCTAssertTrue(svg.titles.contains { $0.contains("degree: 20") })
    }

    func testLegendAndCaptionShowBackslashesAsWritten() throws {
        // Graphviz expands \N, \G and \E even inside HTML-like labels: the legend's entries
        // (attribute values) and the caption must show them as they are in the data.
        var dataset = try smallFixture()
        for i in dataset.nodes.indices { dataset.nodes[i].attributes["sector"] = .string(i % 2 == 0 ? "a\\N" : "b\\G\\E") }
        let svg = try render(dataset, DiagramOptions(colorBy: .attribute("sector"), caption: "drawn from C:\\N\\data"))
        XCTAssertTrue(svg.texts.contains { $0.contains("a\\N") }, "\(svg.texts)")
        XCTAssertTrue(svg.texts.contains { $0.contains("b\\G\\E") }, "\(svg.texts)")
        XCTAssertTrue(svg.texts.contains { $0.contains("drawn from C:\\N\\data") }, "\(svg.texts)")
    }

    func testLabelsWithQuotesBackslashesCyrillicAndChineseSurvive() throws {
        var dataset = try smallFixture()
        dataset.nodes.append(Node(id: "tricky\\", label: "a \\n b \"q\" \\\\ end\\"))
        let svg = try render(dataset, DiagramOptions(labels: .all))
        for label in ["JAC \"Motors\"", "Ministry of Economy \\ Tatarstan", "Казань (Kazan)", "合肥 (Hefei)",
                      "Нижний Новгород", "a \\n b \"q\" \\\\ end\\"] {
            XCTAssertTrue(svg.texts.contains(label), "label \(label) missing from \(svg.texts)")
        }
        XCTAssertTrue(svg.groups.contains { $0.id == "node-tricky_" })
    }

    func testDuplicateSanitisedIDsStayUnique() {
        XCTAssertEqual(DOMName.uniqueIDs(["a b", "a_b", "a/b"], prefix: "node"), ["node-a_b", "node-a_b-2", "node-a_b-3"])
        XCTAssertEqual(DOMName.className("research_institute"), "research-institute")
    }

    func testClustersByCountryWithinAndCommunity() throws {
        let dataset = try smallFixture()
        let byCountry = try render(dataset, DiagramOptions(clusterBy: .country))
        XCTAssertEqual(Set(byCountry.groups(withClass: "cluster").map(\.id)), ["cluster-CN", "cluster-RU"])
        let byWithin = try render(dataset, DiagramOptions(clusterBy: .within))
        // Parents with children: RU, CN, 4 regions, 4 cities.
        XCTAssertEqual(byWithin.groups(withClass: "cluster").count, 10)
        let communities = dataset.nodes.map { $0.country == "RU" ? 0 : 1 }
        let byCommunity = try render(dataset, DiagramOptions(colorBy: .community, clusterBy: .community), communities: communities)
        XCTAssertEqual(byCommunity.groups(withClass: "cluster").count, 2)
        // Only dot draws clusters (fdp's cluster code crashes at random in Graphviz 2.42).
        let byCountryInNeato = try render(dataset, DiagramOptions(layout: .fdp, clusterBy: .country))
        XCTAssertEqual(byCountryInNeato.groups(withClass: "cluster").count, 0)
    }

    func testLegendListsTypesAndKindsPresent() throws {
        let dataset = try smallFixture()
        let svg = try render(dataset)
        for text in ["node type", "agreement kind", "university (house)", "joint venture"] {
            XCTAssertTrue(svg.texts.contains { $0.trimmingCharacters(in: .whitespaces) == text }, "legend lacks \(text)")
        }
        XCTAssertFalse(svg.texts.contains { $0.contains("district") }, "no district in the fixture")
    }

    func testEmptyDatasetDrawsAnEmptyPicture() throws {
        let svg = try render(Dataset())
        XCTAssertTrue(svg.groups(withClass: "node").isEmpty)
    }

    func testYearLabelsAndEgoNetworks() throws {
        let ego = try smallFixture().egoNetwork(of: "kazan", radius: 1)
        XCTAssertEqual(Set(ego.nodes.map(\.id)), ["kazan", "hefei", "wuhan"])
        let svg = try render(ego, DiagramOptions(yearLabels: true))
        XCTAssertTrue(svg.texts.contains("2017") && svg.texts.contains("2023"), "\(svg.texts)")
    }

    func testLargeGraphsLabelOnlyTheTopNodes() throws {
        var dataset = Dataset()
        for i in 0..<400 { dataset.nodes.append(Node(id: "v\(i)", label: "city \(i)")) }
        for i in 1..<400 { dataset.agreements.append(Agreement(id: "e\(i)", from: "v\(i / 3)", to: "v\(i)")) }
        let rank = dataset.nodes.indices.map { Double(400 - $0) }
        let svg = try render(dataset, DiagramOptions(sizeBy: "rank", labels: .top(5)), measures: ["rank": rank])
        XCTAssertEqual(svg.groups(withClass: "node").count, 400)
        let cityLabels = svg.texts.filter { $0.hasPrefix("city ") }
        XCTAssertEqual(Set(cityLabels), ["city 0", "city 1", "city 2", "city 3", "city 4"])
    }

    /// Three twinnings and a cooperation between Kazan and Hefei: one drawn edge, carrying the
    /// first agreement's id, drawn as two strokes (the kinds' colours), wider than a single
    /// agreement's, with every agreement in the tooltip; `elementIDs` sends each agreement to it.
    func testParallelAgreementsShareOneDrawnEdge() throws {
        var dataset = try smallFixture()
        dataset.agreements += [
            Agreement(id: "p1", from: "hefei", to: "kazan", kind: .twinning),
            Agreement(id: "p2", from: "kazan", to: "hefei", kind: .twinning),
            Agreement(id: "p3", from: "kazan", to: "hefei", kind: .cooperation),
        ]
        let svg = try render(dataset)
        XCTAssertEqual(svg.groups(withClass: "edge").count, dataset.agreements.count - 3)
        XCTAssertFalse(svg.groups.contains { ["edge-p1", "edge-p2", "edge-p3"].contains($0.id) })
        let merged = try XCTUnwrap(svg.groups.first { $0.id == "edge-a1" })
        XCTAssertEqual(merged.classes, ["edge", "twinning", "cooperation"])
        XCTAssertTrue(svg.titles.contains { $0.contains("4 agreements:") && $0.contains("(a1)") && $0.contains("(p3)") })
        let ids = DiagramDOTWriter.elementIDs(of: dataset).agreements
        XCTAssertEqual(Array(ids.suffix(3)), ["edge-a1", "edge-a1", "edge-a1"])
        XCTAssertEqual(ids[1], "edge-a2")
        let dot = try DiagramDOTWriter.dot(for: dataset)
        func attribute(_ name: String, ofEdge id: String) -> String? {
            guard let line = dot.split(separator: "\n").first(where: { $0.contains("id=\"\(id)\"") }),
                  let start = line.range(of: " \(name)=\"") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != "\"" })
        }
        let twinning = Theme.standard.look(of: .twinning).color, cooperation = Theme.standard.look(of: .cooperation).color
        XCTAssertEqual(attribute("color", ofEdge: "edge-a1"), twinning + ":" + cooperation)
        let widths = [attribute("penwidth", ofEdge: "edge-a1"), attribute("penwidth", ofEdge: "edge-a2")].compactMap { $0.flatMap(Double.init) }
        XCTAssertEqual(widths.count, 2)
        XCTAssertGreaterThan(2 * widths[0], widths[1], "two strokes for four agreements: wider than one line")
    }

    /// Parallel edges crash neato's spline router in Graphviz 2.42 (makeMultiSpline writes out
    /// of bounds): a pair with agreements of two kinds in a sized neato drawing must draw.
    func testParallelAgreementsOfTwoKindsDrawWithNeatoSplines() throws {
        var dataset = try smallFixture()
        dataset.agreements.append(Agreement(id: "p1", from: "kamaz", to: "jac", kind: .tradeContract))
        let degree = dataset.nodes.indices.map { Double($0 % 5) }
        let svg = try render(dataset, DiagramOptions(layout: .neato, sizeBy: "degree"), measures: ["degree": degree])
        XCTAssertEqual(svg.groups(withClass: "edge").count, dataset.agreements.count - 1)
    }

    /// Dense drawings draw every line alike, so agreements of any kind between a pair merge.
    func testDenseDrawingsMergeParallelAgreementsOfEveryKind() throws {
        var dataset = Dataset()
        for i in 0..<200 { dataset.nodes.append(Node(id: "v\(i)", label: "actor \(i)")) }
        for i in 1..<200 { dataset.agreements.append(Agreement(id: "e\(i)", from: "v\(i / 3)", to: "v\(i)", kind: .twinning)) }
        dataset.agreements.append(Agreement(id: "x1", from: "v1", to: "v0", kind: .investment, directed: true))
        let svg = try render(dataset)
        XCTAssertEqual(svg.groups(withClass: "edge").count, 199)
        let merged = try XCTUnwrap(svg.groups.first { $0.id == "edge-e1" })
        XCTAssertEqual(Set(merged.classes), ["edge", "twinning", "investment"])
        XCTAssertEqual(DiagramDOTWriter.elementIDs(of: dataset).agreements.last, "edge-e1")
    }

    /// A few hundred nodes: 2√n names, a 24-inch page, small components packed close.
    func testMediumDrawingsLabelMoreNodesOnALargerPage() throws {
        let medium = DiagramScale(nodeCount: 648)
        XCTAssertTrue(medium.isMedium)
        XCTAssertEqual(medium.autoLabelCount(nodeCount: 648), 51)
        XCTAssertEqual(medium.sizeAttribute, "24,24")
        let large = DiagramScale(nodeCount: 10_055)
        XCTAssertFalse(large.isMedium)
        XCTAssertEqual(large.autoLabelCount(nodeCount: 10_055), 30)
        XCTAssertEqual(large.sizeAttribute, "16,16")
        XCTAssertFalse(DiagramScale(nodeCount: 20).isDense)

        var dataset = Dataset()
        for i in 0..<400 { dataset.nodes.append(Node(id: "v\(i)", label: "actor \(i)", type: .city)) }
        for i in 1..<400 { dataset.agreements.append(Agreement(id: "e\(i)", from: "v\(i / 3)", to: "v\(i)")) }
        let degree = dataset.nodes.indices.map { Double(400 - $0) }
        let dot = try DiagramDOTWriter.dot(for: dataset, options: DiagramOptions(sizeBy: "degree"), measures: ["degree": degree])
        for attribute in ["pack=\"2\"", "packmode=\"node\"", "K=\"0.75\"", "size=\"24,24\""] {
            XCTAssertTrue(dot.contains(attribute), "no \(attribute) in a medium drawing")
        }
        // The largest name is 1.6 times the base size, in whole points; boxes are tinted.
        let base = Theme.standard.fontSize * DiagramScale(nodeCount: 400).pageFontFactor
        XCTAssertTrue(dot.contains("fontsize=\"\((base * 1.6).rounded().formatted)\""), "\(base)")
        XCTAssertFalse(dot.contains("#FFFFFFE6"))
    }
}
