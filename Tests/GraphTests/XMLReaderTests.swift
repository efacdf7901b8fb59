import Foundation
import XCTest
@testable import Graph

final class XMLReaderTests: XCTestCase {
    /// The events of `text` in a compact notation: `<a k=v>`, `</a>`, `"text"`.
    func events(_ text: String) throws -> [String] {
        try events(Array(text.utf8))
    }

    func events(_ bytes: [UInt8]) throws -> [String] {
        try XMLReader.read(bytes, file: "t.xml") { xml in
            var out: [String] = []
            while true {
                switch try xml.next() {
                case .start(let name, _):
                    out.append("<" + ([name] + xml.attributes.map { "\($0.name)=\($0.value)" }).joined(separator: " ") + ">")
                case .end(let name): out.append("</\(name)>")
                case .text(let text): out.append("\"\(text)\"")
                case .endOfDocument: return out
                }
            }
        }
    }

    func readError(_ text: String) -> String {
        readError(Array(text.utf8))
    }

    func readError(_ bytes: [UInt8]) -> String {
        do {
            _ = try events(bytes)
            return "no error"
        } catch let error as InputError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
    }

    func testElementsAttributesTextAndEmptyElements() throws {
        XCTAssertEqual(try events("<?xml version='1.0'?>\n<a x=\"1\" y='two'>hi<b/><c:d>é</c:d></a>\n"),
                       ["<a x=1 y=two>", "\"hi\"", "<b>", "</b>", "<c:d>", "\"é\"", "</c:d>", "</a>"])
    }

    func testEntitiesReferencesCDATACommentsAndInstructions() throws {
        XCTAssertEqual(try events("<a v='&lt;&amp;&gt;&quot;&apos;&#233;&#x4E0A;'>&amp;x<!-- c --><?pi ok?><![CDATA[<&>]]></a>"),
                       ["<a v=<&>\"'é上>", "\"&x\"", "\"<&>\"", "</a>"])
    }

    func testLineEndsAndAttributeWhitespaceAreNormalised() throws {
        XCTAssertEqual(try events("<a v=\"x\ny\tz&#10;\">1\r\n2\r3&#13;</a>"), ["<a v=x y z\n>", "\"1\n2\n3\r\"", "</a>"])
    }

    func testByteOrderMarkAndDoctypeWithoutEntitiesAreSkipped() throws {
        let text = "<!DOCTYPE graphml SYSTEM \"graphml.dtd\" [ <!ELEMENT a ANY> <!-- [x] --> ]><a/>"
        XCTAssertEqual(try events(text), ["<a>", "</a>"])
        XCTAssertEqual(try XMLReader.read([0xEF, 0xBB, 0xBF] + Array("<r/>".utf8), file: "bom.xml") { xml in try xml.next() },
                       .start(name: "r", offset: 3))
    }

    func testErrorsNameFileLineColumnAndPath() {
        XCTAssertEqual(readError("<a>\n  <b>\n  </c>\n</a>"),
                       "t.xml:3:3 (a/b): error: expected </b> to close <b> from line 2, column 3, found </c>")
        XCTAssertEqual(readError("<a>\n<b>"),
                       "t.xml:2:4 (a/b): error: unexpected end of file: <b> opened at line 2, column 1 is not closed (the file looks truncated)")
        XCTAssertTrue(readError("<a>é\u{1}</a>").hasPrefix("t.xml:1:5: error: control character U+0001"))
        XCTAssertTrue(readError("<a x='1' x='2'/>").contains("attribute x appears twice"))
        XCTAssertEqual(readError("<a>&#0;</a>"), "t.xml:1:4 (a): error: &#0; is not a character that XML allows")
        XCTAssertEqual(readError("text"), "t.xml:1:1: error: expected '<', found text \"text\" before the root element")
        XCTAssertTrue(readError([0x3C, 0x61, 0x3E, 0xC3, 0x28]).hasPrefix("t.xml:1:4: error: invalid UTF-8 byte 0xC3"))
    }

    func testManyAttributesAndLongLinesStayLinear() throws {
        let many = (0..<20_000).map { "a\($0)='\($0)'" }.joined(separator: " ")
        XCTAssertEqual(try events("<r \(many)/>").count, 2)
        XCTAssertTrue(readError("<r \(many) a7='x'/>").hasSuffix("error: attribute a7 appears twice in <r>"))
        let nodes = (0..<3).map { "<node id='n\($0)'/>" }.joined()
        let dataset = try GraphMLFormat.read(Array("<graphml><graph>\(nodes)</graph>\n</graphml>".utf8), file: "one-line.graphml")
        XCTAssertEqual(dataset.nodeOrigins.map { $0.column ?? 0 }, [17, 32, 47])
    }

    func testWriterEscapesWhatParsersWouldChange() {
        XCTAssertEqual(XMLText.escaped("a\"<&>\n\t\r'"), "a&quot;&lt;&amp;&gt;&#10;&#9;&#13;'")
        XCTAssertEqual(XMLText.content("a\"<&>\n\t\r\u{1}\u{FFFE}"), "a\"&lt;&amp;&gt;\n\t&#13;\u{FFFD}\u{FFFD}")
        XCTAssertEqual(XMLText.content("plain Минск"), "plain Минск")
    }

    func testDeepNestingIsRefusedWithoutExhaustingTheStack() {
        let depth = 100_000
        let nested = String(repeating: "<n>", count: depth) + String(repeating: "</n>", count: depth)
        for (reader, root, name) in [(GraphMLFormat.read, "graphml", "graphml-deep.graphml"), (GEXFFormat.read, "gexf", "gexf-deep.gexf")] {
            let text = "<\(root)>" + nested + "</\(root)>"
            XCTAssertThrowsError(try reader(Array(text.utf8), name)) { error in
                let message = (error as? InputError)?.description ?? ""
                XCTAssertTrue(message.hasPrefix("\(name):1:\(root.count + 3 + 999 * 3) (\(root)/n/n/n/…(992 more)…/n/n/n/n): "), message)
                XCTAssertTrue(message.hasSuffix("error: elements are nested deeper than 1000 levels"), message)
            }
        }
        XCTAssertNoThrow(try events(String(repeating: "<n>", count: 1000) + String(repeating: "</n>", count: 1000)))
    }
}
