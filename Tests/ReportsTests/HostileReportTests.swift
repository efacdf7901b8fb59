import Foundation
import FoundationXML
import Graph
import Reports
import Tables
import TestSupport
import XCTest

/// A report built from a dataset whose every name, label, country, kind, quote and source is
/// hostile: each writer keeps them inert where they land.
final class HostileReportTests: XCTestCase {
    static let dataset: Dataset = {
        let texts = HostileText.all
        let nodes = texts.enumerated().map { i, text in
            Node(id: "id\(i)" + text, label: text, type: NodeType(parsing: i % 2 == 0 ? "city" : text),
                 country: i % 3 == 0 ? text : "BY")
        }
        let agreements = nodes.indices.dropFirst().map { i in
            Agreement(id: "e\(i)" + texts[i], from: nodes[i - 1].id, to: nodes[i].id, kind: AgreementKind(parsing: texts[i]),
                      date: PartialDate("20\(10 + i)"),
                      provenance: Provenance(source: texts[i], quote: texts[i], url: i % 2 == 0 ? HostileText.javascriptURL : "https://example.org/\(i)"))
        }
        return Dataset(nodes: nodes, agreements: agreements)
    }()

    static let report: Report = try! ReportBuilder(dataset: dataset, name: HostileText.closeScript).build()

    func testHTMLDataIslandAndFiguresStayInert() throws {
        let html = HTMLReportWriter.html(Self.report)
        let island = try XCTUnwrap(html.range(of: "<script type=\"application/json\" id=\"diagram-index\">")
            .flatMap { start in html.range(of: "</script>", range: start.upperBound..<html.endIndex).map { html[start.upperBound..<$0.lowerBound] } })
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            XCTAssertFalse(island.contains(forbidden), "raw \(forbidden) in the data island")
        }
        let index = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(island.utf8)) as? [String: [String: Any]])
        XCTAssertEqual(Set(index.values.compactMap { $0["label"] as? String }), Set(HostileText.all), "labels read back exactly")
        for injected in ["<img", "<svg onload", "<!--<script", "<script>alert", "href=\"javascript", "<b>"] {
            XCTAssertFalse(html.contains(injected), "raw \(injected) in the page")
        }
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 2, "the data island and the page script only")
        for section in Self.report.sections { XCTAssertTrue(html.contains("<section id=\"\(section.id)\">"), section.id) }
    }

    func testEveryFigureIsWellFormedSVG() throws {
        var figures = 0
        for section in Self.report.sections {
            for block in section.blocks {
                let figure: Report.Figure
                switch block {
                case .figure(let f), .diagram(let f, _): figure = f
                default: continue
                }
                figures += 1
                let parser = XMLParser(data: Data(figure.svg.utf8))
                XCTAssertTrue(parser.parse(), "\(figure.name): \(String(describing: parser.parserError))")
                XCTAssertFalse(figure.svg.contains("<script"), figure.name)
            }
        }
        XCTAssertGreaterThanOrEqual(figures, 3)
    }

    func testMarkdownAndJSONReports() throws {
        let (md, _) = MarkdownReportWriter.files(Self.report, folder: "r")
        for injected in ["<img", "<svg", "<!--", "<script", "<b>"] {
            XCTAssertFalse(md.contains(injected), "raw \(injected) in the Markdown")
        }
        XCTAssertNil(md.range(of: #"[^\\]\]\((?!#|r/)"#, options: .regularExpression), "a link made of data")
        // JSON is data: the names come back exactly.
        let json = JSONReportWriter.json(Self.report).serialized()
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["title"] as? String, HostileText.closeScript)
    }
}
