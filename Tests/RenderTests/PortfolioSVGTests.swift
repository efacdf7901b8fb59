import Graph
import GraphvizBridge
@testable import Render
import TestSupport
import XCTest

/// The portfolio as Graphviz draws it, read back from the SVG's coordinates: every actor of
/// side A left of every actor of side B, groups in contiguous rows, headings, every text
/// inside the picture, a sane aspect, and a caption that counts what is left out.
final class PortfolioSVGTests: XCTestCase {
    let belarus = SidePredicate(key: "country", values: ["Belarus"])

    static func bundled() throws -> Dataset {
        try NativeFolder.read(folder: Repository.path("graphs/belarus-asia"))
    }

    func draw(_ dataset: Dataset, _ predicate: SidePredicate) throws -> (svg: SVGGeometry, caption: String) {
        let drawing = try PortfolioDOTWriter.drawing(for: dataset, sides: predicate)
        let bytes = try GraphvizRenderer.render(dot: drawing.dot, placement: .pinned, format: .svg)
        return (try SVGGeometry.parse(bytes), drawing.caption)
    }

    /// The marks of the drawn actors, by node index, split by whether `onA` holds.
    func marks(_ svg: SVGGeometry, _ dataset: Dataset, onA: (Node) -> Bool,
               file: StaticString = #filePath, line: UInt = #line) -> (a: [Int: SVGGeometry.Box], b: [Int: SVGGeometry.Box]) {
        let ids = DiagramDOTWriter.elementIDs(of: dataset).nodes
        var a: [Int: SVGGeometry.Box] = [:], b: [Int: SVGGeometry.Box] = [:]
        for (i, id) in ids.enumerated() {
            guard let element = svg.element(id) else { continue }
            XCTAssertFalse(element.shapes.isEmpty, "\(id) has no shape", file: file, line: line)
            if onA(dataset.nodes[i]) { a[i] = element.shapes } else { b[i] = element.shapes }
        }
        return (a, b)
    }

    /// Side A's marks all left of side B's (by at least `margin` points between centres), and
    /// each side's names on its outer side.
    func checkSidesApart(_ svg: SVGGeometry, _ dataset: Dataset, onA: (Node) -> Bool, margin: Double = 100,
                         file: StaticString = #filePath, line: UInt = #line) {
        let (a, b) = marks(svg, dataset, onA: onA, file: file, line: line)
        XCTAssertFalse(a.isEmpty, "no side A actor drawn", file: file, line: line)
        XCTAssertFalse(b.isEmpty, "no side B actor drawn", file: file, line: line)
        let rightmostA = a.values.map(\.center.x).max() ?? 0, leftmostB = b.values.map(\.center.x).min() ?? 0
        XCTAssertGreaterThan(leftmostB - rightmostA, margin, "side A reaches x = \(rightmostA), side B starts at \(leftmostB)", file: file, line: line)
        let names = DOMName.uniqueIDs(dataset.nodes.map(\.id), prefix: "name")
        for (i, mark) in a.merging(b, uniquingKeysWith: { x, _ in x }) {
            guard let name = svg.element(names[i]), let text = name.texts.first else {
                XCTFail("\(dataset.nodes[i].id) has no name", file: file, line: line); continue
            }
            if a[i] != nil {
                XCTAssertLessThan(text.x, mark.minX, "\(dataset.nodes[i].label) stands left of its mark", file: file, line: line)
            } else {
                XCTAssertGreaterThan(text.x, mark.maxX, "\(dataset.nodes[i].label) stands right of its mark", file: file, line: line)
            }
        }
    }

    /// Every text inside the viewBox (estimated independently, `SVGGeometry`), and the picture
    /// neither more than four times as wide as high nor as high as wide.
    func checkFrame(_ svg: SVGGeometry, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThan(svg.texts.count, 0, file: file, line: line)
        XCTAssertEqual(svg.textsOutside().map { "\($0.content) \($0.box)" }, [], "cut off in \(svg.viewBox)", file: file, line: line)
        let ratio = svg.width / svg.height
        XCTAssertTrue((0.25...4).contains(ratio), "width / height = \(ratio) (\(svg.width) × \(svg.height))", file: file, line: line)
    }

    func testBundledTwinningsAndFriendshipsOfBelarus() throws {
        let dataset = DatasetFilter(kinds: [.twinning, .friendship]).apply(to: try Self.bundled())
        let (svg, caption) = try draw(dataset, belarus)
        let isBelarusian = { (node: Node) in node.country == "Belarus" }
        checkSidesApart(svg, dataset, onA: isBelarusian)
        checkFrame(svg)

        // Who is drawn, counted from the agreements themselves.
        let index = dataset.nodeIndex()
        var sideA = Set<Int>(), sideB = Set<Int>()
        for agreement in dataset.agreements {
            let (u, v) = (index[agreement.from]!, index[agreement.to]!)
            switch (isBelarusian(dataset.nodes[u]), isBelarusian(dataset.nodes[v])) {
            case (true, false): sideA.insert(u); sideB.insert(v)
            case (false, true): sideA.insert(v); sideB.insert(u)
            default: break
            }
        }
        let (a, b) = marks(svg, dataset, onA: isBelarusian)
        XCTAssertEqual(Set(a.keys), sideA)
        XCTAssertEqual(Set(b.keys), sideB)
        XCTAssertTrue(caption.hasPrefix("Belarus (\(sideA.count) actors"), caption)
        XCTAssertTrue(caption.contains("partners (\(sideB.count) actors"), caption)
        XCTAssertTrue(caption.contains("\(dataset.agreements.count) agreements on"), caption)
        XCTAssertTrue(caption.hasSuffix("nothing left out"), caption)

        // A heading for every partner country with more than its own node; groups in
        // contiguous rows, by country and region as `Hierarchy` places them.
        let headings = Set(svg.elements(withClass: "portfolio-country").flatMap(\.texts).map(\.content))
        let countries = Set(sideB.filter { dataset.nodes[$0].type != .country }.compactMap { dataset.nodes[$0].country })
        XCTAssertEqual(headings, countries)
        let hierarchy = Hierarchy(dataset)
        for side in [a, b] {
            let rows = side.keys.sorted { side[$0]!.center.y < side[$1]!.center.y }
            let keys = rows.map { "\(String(describing: hierarchy.country(of: $0)))/\(String(describing: hierarchy.region(of: $0)))" }
            var finished = Set<String>()
            for (key, next) in zip(keys, keys.dropFirst() + [""]) where key != next {
                XCTAssertTrue(finished.insert(key).inserted, "the group \(key) is split")
            }
        }
        XCTAssertTrue(svg.texts.contains { $0.content == caption.components(separatedBy: "; ").first })
    }

    func testOneRegionsEgoNetwork() throws {
        let dataset = try Self.bundled().egoNetwork(of: "gomel-region", radius: 1)
        let (svg, caption) = try draw(dataset, belarus)
        checkSidesApart(svg, dataset, onA: { $0.country == "Belarus" })
        checkFrame(svg)
        XCTAssertTrue(caption.hasPrefix("Belarus ("), caption)
    }

    func testCaptionCountsWhatIsLeftOutAndEveryLineJoinsItsMarks() throws {
        let dataset = PortfolioFixture.twoSides()
        let (svg, caption) = try draw(dataset, belarus)
        XCTAssertTrue(caption.hasSuffix("not drawn: 2 agreements within Belarus, 1 agreement with no end in Belarus, "
                                        + "1 actor of Belarus whose agreements all stay within it"), caption)
        // Too long for one line, the items stand one a line.
        XCTAssertTrue(svg.texts.contains { $0.content == "not drawn:" })
        XCTAssertTrue(svg.texts.contains { $0.content.trimmingCharacters(in: .whitespaces) == "2 agreements within Belarus" })
        checkSidesApart(svg, dataset, onA: { $0.country == "Belarus" })
        checkFrame(svg)
        XCTAssertNil(svg.element("node-orsha"), "Orsha has no partner across")
        XCTAssertNil(svg.element("node-lida"))

        let edges = svg.elements(withClass: "edge")
        XCTAssertEqual(edges.count, 8)
        let (a, b) = marks(svg, dataset, onA: { $0.country == "Belarus" })
        let rightOfA = a.values.map(\.maxX).max()!, leftOfB = b.values.map(\.minX).min()!
        for edge in edges {
            XCTAssertEqual(edge.shapes.minX, rightOfA, accuracy: 2, "\(edge.id) leaves side A at its marks' edge")
            XCTAssertEqual(edge.shapes.maxX, leftOfB, accuracy: 2, "\(edge.id) reaches side B at its marks' edge")
        }
        let merged = try XCTUnwrap(svg.element("edge-a2"))
        XCTAssertEqual(Set(merged.classes), ["edge", "twinning", "friendship"])
        let years = svg.elements(withClass: "portfolio-years").flatMap(\.texts).map(\.content)
        XCTAssertEqual(years.count, 7)
        XCTAssertTrue(years.contains("2004, 2019"))
    }

    func testTwoHundredRowsASideWrapYetStandApart() throws {
        let dataset = PortfolioFixture.rows(perSide: 200)
        let (svg, _) = try draw(dataset, SidePredicate(key: "country", values: ["Aland"]))
        checkSidesApart(svg, dataset, onA: { $0.country == "Aland" }, margin: 40)
        checkFrame(svg)
    }

    func testOneRowASide() throws {
        let dataset = PortfolioFixture.rows(perSide: 1)
        let (svg, caption) = try draw(dataset, SidePredicate(key: "country", values: ["Aland"]))
        checkSidesApart(svg, dataset, onA: { $0.country == "Aland" })
        checkFrame(svg)
        XCTAssertTrue(caption.hasPrefix("Aland (1 actor, 1 region) ↔ partners (1 actor, 1 country): 1 agreement on 1 line"), caption)
    }

    func testHostileNamesCountriesAndPredicateDrawAsTextAndInert() throws {
        var dataset = Dataset()
        let country = HostileText.imgOnerror
        for (k, label) in HostileText.all.enumerated() {
            dataset.nodes.append(Node(id: "a\(k)", label: label, type: .city, country: country))
            dataset.nodes.append(Node(id: "b\(k)", label: label + " partner", type: .city, country: "Y " + HostileText.all[(k + 1) % HostileText.all.count]))
            dataset.agreements.append(Agreement(id: "e\(k)", from: "a\(k)", to: "b\(k)", kind: .twinning, date: PartialDate("2001")))
        }
        let drawing = try PortfolioDOTWriter.drawing(for: dataset, sides: SidePredicate(key: "country", values: [country]))
        let bytes = try GraphvizRenderer.render(dot: drawing.dot, placement: .pinned, format: .svg)
        let svg = try SVGGeometry.parse(bytes)  // throws if the SVG is not well-formed XML
        let text = String(decoding: bytes, as: UTF8.self)
        for injected in ["<script", "<img", "<svg onload", "<b>", "<!--<"] {
            XCTAssertFalse(text.contains(injected), "raw \(injected) in the SVG")
        }
        let names = DOMName.uniqueIDs(dataset.nodes.map(\.id), prefix: "name")
        for (i, node) in dataset.nodes.enumerated() {
            let shown = try XCTUnwrap(svg.element(names[i])).texts.map(\.content).joined(separator: " ")
            XCTAssertEqual(shown, WordWrap.lines(XMLText.xmlCharacters(node.label), limit: 32).joined(separator: " "))
        }
        let headings = Set(svg.elements(withClass: "portfolio-country").flatMap(\.texts).map(\.content))
        XCTAssertEqual(headings, Set(dataset.nodes.filter { $0.country != country }.compactMap(\.country).map(XMLText.xmlCharacters)))
        XCTAssertTrue(svg.texts.contains { $0.content.hasPrefix(XMLText.xmlCharacters(country) + " (13 actors") })
        checkSidesApart(svg, dataset, onA: { $0.country == country })
    }
}
