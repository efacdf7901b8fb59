import Foundation
import TestSupport
import XCTest

/// A dataset whose names attack every output: the HTML report and an SVG drawing opened in
/// headless Chromium hold no injected element or script and every section; a hostile theme
/// is refused with its file and key; text tables and messages show control characters
/// escaped while CSV keeps them exact.
final class HostileOutputTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("hostile") }

    /// Payloads that, if they ever ran, would mark the page (`data-pwned`), so a test sees it.
    static let marking = [
        "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
        "</script><script>document.documentElement.setAttribute('data-pwned','script')</script>",
        "\"><svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\">",
        "<!--<script>", "<![CDATA[ ]]><script>document.documentElement.setAttribute('data-pwned','cdata')</script>",
    ]
    static let names = marking + HostileText.all

    private func csvField(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A dataset folder: one actor per hostile name (id, label, country), a chain of agreements
    /// with hostile kinds, quotes, sources and `javascript:` or web addresses.
    private func writeDataset() throws -> String {
        let folder = work.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = Self.names
        var nodes = "id,label,type,country\n"
        for (i, name) in names.enumerated() {
            nodes += [csvField("n\(i) " + name), csvField(name), i % 2 == 0 ? "city" : "region", csvField(i % 3 == 0 ? name : "BY")]
                .joined(separator: ",") + "\n"
        }
        var agreements = "id,from,to,kind,date,quote,source,url\n"
        for i in names.indices.dropFirst() {
            let url = i % 2 == 0 ? HostileText.javascriptURL : "https://example.org/\(i)"
            agreements += [csvField("e\(i) " + names[i]), csvField("n\(i - 1) " + names[i - 1]), csvField("n\(i) " + names[i]),
                           i % 4 == 0 ? "twinning" : "cooperation", "20\(10 + i % 10)", csvField(names[i]), csvField(names[i]), csvField(url)]
                .joined(separator: ",") + "\n"
        }
        try nodes.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try agreements.write(to: folder.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        return folder.path
    }

    /// No injected element, no event-handler attribute, no sign that a payload ran. The names
    /// themselves are in the DOM as text (`&lt;img …`), so the checks look at markup only: in a
    /// serialised DOM a text `<` is always `&lt;`, and a `"` inside an attribute is `&quot;`.
    private func assertInert(_ dom: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let root = dom.range(of: #"<(html|svg)[^>]*>"#, options: .regularExpression).map { String(dom[$0]) } ?? ""
        XCTAssertFalse(root.isEmpty, "\(what): no root element", file: file, line: line)
        XCTAssertFalse(root.contains("data-pwned"), "\(what): an injected script ran: \(root)", file: file, line: line)
        for element in ["<img", "<iframe", "<object", "<embed", "<svg onload"] {
            XCTAssertFalse(dom.contains(element), "\(what): \(element) element in the DOM", file: file, line: line)
        }
        XCTAssertNil(dom.range(of: #"<[a-zA-Z][^<>]*\son[a-z]+=""#, options: .regularExpression),
                     "\(what): an event-handler attribute in the DOM", file: file, line: line)
        XCTAssertNil(dom.range(of: #"href="\s*javascript:"#, options: [.regularExpression, .caseInsensitive]),
                     "\(what): a javascript: link", file: file, line: line)
    }

    func testHostileNamesAndThemeInChromium() throws {
        _ = try Chromium.executable()
        let dataset = try writeDataset()
        let report = work.appendingPathComponent("report.html").path
        let made = try Twinning.run(["report", dataset, "-o", report, "--quiet"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let (dom, console) = try Chromium.dumpDOM(of: report, profile: work.appendingPathComponent("profile"))
        XCTAssertEqual(console, [], "console messages")
        assertInert(dom, "report")
        XCTAssertEqual(dom.components(separatedBy: "<script").count - 1, 2, "the data island and the page script only")
        XCTAssertTrue(dom.contains("data-tables-ready=\"yes\""), "the table script did not run")
        XCTAssertTrue(dom.contains("data-diagram-ready=\"yes\""), "the data island did not parse")
        for section in ["network", "summary", "actors", "communities", "rollup", "timeline", "brokerage", "homophily", "agreements"] {
            XCTAssertTrue(dom.contains("<section id=\"\(section)\""), "section \(section) missing")
        }
        XCTAssertTrue(dom.contains("Made by Twinning."), "the footer after the last section")
        XCTAssertTrue(dom.contains("<td>&lt;!--&lt;script&gt;</td>"), "the names are shown, as text")
        XCTAssertGreaterThanOrEqual(dom.components(separatedBy: "<a href=\"https://example.org/").count - 1, 1)

        // A drawing with a theme that uses the forms a theme may (short hex, a colour name, a font list).
        let theme = work.appendingPathComponent("theme.json").path
        try ##"{"font": "DejaVu Sans,Arial", "background": "#fff", "denseEdgeColor": "gray40"}"##.write(toFile: theme, atomically: true, encoding: .utf8)
        let drawing = work.appendingPathComponent("drawing.svg").path
        let drawn = try Twinning.run(["render", dataset, "-o", drawing, "--theme", theme, "--labels", "all", "--cluster-by", "country", "--color-by", "country", "--quiet"])
        XCTAssertEqual(drawn.status, 0, drawn.stderr)
        let svg = try Chromium.dumpDOM(of: drawing, profile: work.appendingPathComponent("profile"))
        XCTAssertFalse(svg.dom.contains("parsererror"), "the drawing is not well-formed XML")
        assertInert(svg.dom, "drawing")
        XCTAssertTrue(svg.dom.contains(">&lt;!--&lt;script&gt;</text>"), "the names are drawn, as text")
        XCTAssertFalse(svg.dom.contains("<script"), "a script element in the drawing")
        XCTAssertEqual(svg.dom.components(separatedBy: "class=\"node").count - 1, Self.names.count, "one node group per actor")
        XCTAssertTrue(svg.dom.contains("font-family=\"DejaVu Sans,Arial\""))

        // A hostile theme never reaches Graphviz: a located error naming the file and the key.
        let hostileTheme = work.appendingPathComponent("hostile-theme.json").path
        try ##"{"font": "\"/><script>alert(1)</script>"}"##.write(toFile: hostileTheme, atomically: true, encoding: .utf8)
        let refused = try Twinning.run(["render", dataset, "-o", work.appendingPathComponent("bad.svg").path, "--theme", hostileTheme])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("hostile-theme.json: error: key 'font': expected a font name"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("bad.svg").path))
    }

    func testTerminalOutputShowsControlCharactersEscapedAndCSVKeepsThem() throws {
        let dataset = try writeDataset()
        let text = try Twinning.run(["centrality", dataset, "--quiet"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertFalse(text.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x01 || $0 == "\u{202E}" }, "raw controls on the terminal")
        XCTAssertTrue(text.stdout.contains(#" \u{1B}[2J\u{1B}]0;pwned\u{7}red"#), text.stdout)
        let csv = try Twinning.run(["centrality", dataset, "--format", "csv", "--quiet"])
        XCTAssertTrue(csv.stdout.contains("\u{1B}[2J"), "CSV is data and keeps the value exact")
        // Errors and warnings on standard error.
        let missing = try Twinning.run(["ego", dataset, "x\u{1B}]0;pwned\u{07}"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertFalse(missing.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, missing.stderr)
        XCTAssertTrue(missing.stderr.contains(#"'x\u{1B}]0;pwned\u{7}'"#), missing.stderr)
    }
}
