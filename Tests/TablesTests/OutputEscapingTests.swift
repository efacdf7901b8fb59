import Foundation
import FoundationXML
import Graph
import TestSupport
import XCTest
@testable import Tables

/// Every escaping context of the reports, fed the hostile names of `HostileText`.
final class OutputEscapingTests: XCTestCase {
    // MARK: JSON in a <script> data island

    func testScriptJSONHasNoAngleBracketAmpersandOrLineSeparator() throws {
        let value = JSONValue.object(HostileText.all.enumerated().map { ("k\($0)", .string($1)) })
        let safe = HTMLReportWriter.scriptSafe(value.serialized())
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            XCTAssertFalse(safe.contains(forbidden), "raw \(forbidden) in the data island")
        }
        XCTAssertTrue(safe.contains(#"\u003c!--\u003cscript\u003e"#), safe)
        XCTAssertTrue(safe.contains(#"a\u2028b\u2029c"#), safe)
        // The same JSON value: every hostile string reads back exactly.
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String])
        for (i, text) in HostileText.all.enumerated() { XCTAssertEqual(parsed["k\(i)"], text) }
    }

    func testScriptSafeExactForms() {
        XCTAssertEqual(HTMLReportWriter.scriptSafe(#"{"a":"<!--<script>","b":"x&y"}"#),
                       #"{"a":"\u003c!--\u003cscript\u003e","b":"x\u0026y"}"#)
    }

    // MARK: HTML text, attributes and links

    func hostileReport() -> Report {
        let rows: [[JSONValue]] = HostileText.all.map { [.string($0), .string($0)] }
            + [[.string("ok"), .string("https://example.org/a?b=1&c=2")]]
        let table = ResultTable(columns: ["name " + HostileText.imgOnerror, "url"], rows: rows)
        let index = Report.DiagramIndex(entries: [("node-x", .init(label: HostileText.commentScript,
            details: [(HostileText.closeScript, HostileText.lineSeparator)], neighbours: [], edges: []))])
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text></svg>"
        return Report(title: HostileText.closeScript, subtitle: HostileText.commentScript,
                      summary: [(HostileText.imgOnerror, HostileText.cdataEnd)], sections: [
            .init(id: "one", title: HostileText.singleQuoteOnerror, blocks: [
                .paragraph("see `" + HostileText.imgOnerror + "` and " + HostileText.markdown),
                .diagram(.init(svg: svg, caption: HostileText.commentScript, name: "network"), index),
                .table(.init(table, caption: HostileText.imgOnerror, name: "t", linkColumns: ["url"])),
            ]),
            .init(id: "two", title: "Second", blocks: [.paragraph("last section")]),
        ])
    }

    func testHTMLPageCarriesNoInjectedMarkup() {
        let html = HTMLReportWriter.html(hostileReport())
        for injected in ["<img", "<svg onload", "<script>alert", "<!--", "<b>", "]]>", "onerror=alert(1)>"] {
            XCTAssertFalse(html.contains(injected), "raw \(injected) in the page")
        }
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 2, "the data island and the page script only")
        XCTAssertTrue(html.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        XCTAssertTrue(html.contains("<h2>&#39;&gt;&lt;svg onload=alert(1)&gt;</h2>") || html.contains("<h2>'&gt;&lt;svg onload=alert(1)&gt;</h2>"))
        XCTAssertTrue(html.contains("<code>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</code>"))
        XCTAssertTrue(html.contains("<section id=\"two\">"))
        // Only the web address is a link; javascript: and the rest are text.
        XCTAssertEqual(html.components(separatedBy: "<a href=\"http").count - 1, 1)
        XCTAssertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noreferrer\">link</a>"))
        XCTAssertTrue(html.contains("<td>javascript:alert(1)</td>"))
    }

    func testOnlyHTTPAddressesAreLinks() {
        for link in ["https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/x"] {
            XCTAssertTrue(WebLink.isWebAddress(link), link)
        }
        for text in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " https://example.org", "https://", "https:///x",
                     "data:text/html,<script>", "file:///etc/passwd", "vbscript:x", "//example.org", "/local",
                     "https://example.org/\"onmouseover=alert(1)", "https://exa mple.org", "https://example.org\u{202E}",
                     "https://example.org/<x>", "httpx://example.org", "http:example.org"] {
            XCTAssertFalse(WebLink.isWebAddress(text), text)
        }
    }

    // MARK: Markdown

    func testMarkdownInlineEscapesEverySyntaxCharacter() {
        XCTAssertEqual(MarkdownText.inline(HostileText.markdown),
                       #"\[click\](javascript:alert(1)) \| \`code\` \*em\* &lt;b&gt;bold&lt;/b&gt;"#)
        XCTAssertEqual(MarkdownText.inline("a\nb\u{01}c & d_e ~f~ #g \\h"), ##"a b�c &amp; d\_e \~f\~ \#g \\h"##)
        XCTAssertEqual(MarkdownText.paragraph("run `a <b> | c` then <i> and `x"), "run `a <b> | c` then &lt;i&gt; and \\`x")
        XCTAssertEqual(MarkdownText.destination("report files/a(1)<b>.svg"), "report%20files/a%281%29%3Cb%3E.svg")
    }

    func testMarkdownReportCarriesNoRawHTMLOrInjectedLinks() {
        let (md, files) = MarkdownReportWriter.files(hostileReport(), folder: "r files")
        // The one code span is literal text in Markdown (never HTML): it is kept as written.
        let codeSpan = "`" + HostileText.imgOnerror + "`"
        XCTAssertTrue(md.contains("see " + codeSpan + " and "))
        let outsideCode = md.replacingOccurrences(of: codeSpan, with: "")
        for injected in ["<img", "<script", "<svg", "<b>", "<!--", "onerror=alert(1)>"] {
            XCTAssertFalse(outsideCode.contains(injected), "raw \(injected) in the Markdown")
        }
        XCTAssertNil(md.range(of: #"[^\\]\]\((?!#|r%20files/)"#, options: .regularExpression), "a link made of data: links go to anchors and files only")
        XCTAssertTrue(md.contains(#"\[click\](javascript:alert(1))"#))
        // Every table row stays one row of two cells: no pipe or line break escaped its cell.
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| |") }
        XCTAssertEqual(rows.count, 1 + HostileText.all.count + 1 + 1, md)
        for row in rows {
            let cells = row.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
            XCTAssertEqual(cells.count, 4, String(row))
        }
        XCTAssertTrue(md.contains("<a id=\"one\"></a>"))
        XCTAssertTrue(md.contains("[CSV](r%20files/t.csv)"))
        XCTAssertEqual(files.map(\.path), ["r files/network.svg", "r files/t.csv"])
    }

    // MARK: SVG charts

    func testChartWithControlCharactersIsWellFormed() {
        let series = [SVGChart.Series(name: HostileText.control + HostileText.cdataEnd, values: [1, 2])]
        let svg = SVGChart.stackedBars(id: HostileText.imgOnerror, title: HostileText.escapeSequence, categories: [HostileText.closeScript, "b\u{0B}"],
                                       series: series, yLabel: HostileText.imgOnerror)
        let parser = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))")
        XCTAssertTrue(svg.contains("a\u{FFFD}b]]&gt;"), "U+0001 becomes U+FFFD")
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertEqual(XMLText.xmlCharacters("a\u{01}\u{1B}b\tc\u{FFFE}"), "a\u{FFFD}\u{FFFD}b\tc\u{FFFD}")
    }

    // MARK: Terminal

    func testTerminalTextShowsControlCharactersEscaped() {
        XCTAssertEqual(TerminalText.cell(HostileText.escapeSequence), #"\u{1B}[2J\u{1B}]0;pwned\u{7}red\u{1B}[31m"#)
        XCTAssertEqual(TerminalText.cell("a\rb\nc\td\u{7F}e\u{9B}f"), #"a\u{D}b\u{A}c\u{9}d\u{7F}e\u{9B}f"#)
        XCTAssertEqual(TerminalText.cell(HostileText.rtlOverride), #"abc\u{202E}gpj.exe"#)
        XCTAssertEqual(TerminalText.cell(HostileText.lineSeparator), #"a\u{2028}b\u{2029}c"#)
        XCTAssertEqual(TerminalText.cell(TerminalText.cell(HostileText.escapeSequence)), TerminalText.cell(HostileText.escapeSequence),
                       "escaping twice changes nothing")
        XCTAssertEqual(TerminalText.cell("Гомель \u{200F}שלום \\N"), "Гомель \u{200F}שלום \\N", "letters, marks and other backslashes stay")
        XCTAssertEqual(TerminalText.message("line 1\u{1B}[A\nline 2"), "line 1\\u{1B}[A\nline 2")
    }

    func testTextTableEscapesCellsAndKeepsColumnsAligned() {
        let table = ResultTable(columns: ["id", "n"], rows: [[.string("x\u{1B}[31m"), .integer(1)], [.string("a\tb"), .integer(22)]])
        XCTAssertEqual(table.text, "id            n\nx\\u{1B}[31m   1\na\\u{9}b      22\n")
        XCTAssertEqual(table.csv, "id,n\nx\u{1B}[31m,1\na\tb,22\n", "CSV is data and stays exact")
    }
}
