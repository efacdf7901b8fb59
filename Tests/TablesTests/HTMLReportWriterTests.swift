import FoundationXML
import Graph
import XCTest
@testable import Tables

final class HTMLReportWriterTests: XCTestCase {
    func testInlineCodeFollowsMarkdownBackquotes() {
        XCTAssertEqual(HTMLReportWriter.inlineCode("as `twinning stats` prints"), "as <code>twinning stats</code> prints")
        XCTAssertEqual(HTMLReportWriter.inlineCode("`a` and `b` but `c"), "<code>a</code> and <code>b</code> but `c")
        XCTAssertEqual(HTMLReportWriter.inlineCode("no code"), "no code")
    }

    func testPageEscapesTextAndLinksOnlyWebAddresses() {
        let table = ResultTable(columns: ["name", "n", "url"], rows: [
            [.string("<script>alert(1)</script> & \"q\""), .integer(3), .string("https://belta.by/a?b=1&c=2")],
            [.string("Гомель"), .double(0.5), .string("javascript:alert(1)")],
        ])
        let report = Report(title: "T <b>", subtitle: "s", summary: [("actors", "2")], sections: [
            .init(id: "s1", title: "Section", blocks: [.paragraph("see `x`"), .table(.init(table, caption: "c", name: "t", linkColumns: ["url"]))]),
        ])
        let html = HTMLReportWriter.html(report)
        XCTAssertFalse(html.contains("<script>alert(1)</script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"))
        XCTAssertTrue(html.contains("<a href=\"https://belta.by/a?b=1&amp;c=2\" rel=\"noreferrer\">link</a>"))
        XCTAssertFalse(html.contains("href=\"javascript"))
        XCTAssertTrue(html.contains("<title>T &lt;b&gt;</title>"))
        XCTAssertTrue(html.contains("data-value=\"0.5\""))
        XCTAssertTrue(html.contains("<code>x</code>"))
    }

    func testScriptSafeJSONCannotCloseItsElement() {
        XCTAssertEqual(HTMLReportWriter.scriptSafe("{\"a\":\"</script>\"}"), "{\"a\":\"\\u003c/script\\u003e\"}")
    }
}
