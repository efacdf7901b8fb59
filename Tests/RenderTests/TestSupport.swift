import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graph
import XCTest

/// The hand-made fixture: 21 nodes, 21 agreements, every node type, tricky labels.
func smallFixture() throws -> Dataset {
    let url = try XCTUnwrap(Bundle.module.url(forResource: "small", withExtension: nil, subdirectory: "Fixtures"))
    return try NativeFolder.read(folder: url.path)
}

/// What the tests look for in an SVG: the `<g>` groups by class, and all text.
final class SVGSummary: NSObject, XMLParserDelegate {
    /// (id, class) of every `<g>` element.
    private(set) var groups: [(id: String, classes: [String])] = []
    private(set) var texts: [String] = []
    /// `xlink:title` values of the links Graphviz wraps around elements with a tooltip.
    private(set) var titles: [String] = []
    private var inText = false
    private var currentText = ""

    /// Parses `bytes`; fails the test when they are not well-formed XML.
    static func parse(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> SVGSummary {
        let summary = SVGSummary()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = summary
        let ok = parser.parse()
        XCTAssertTrue(ok, "SVG is not well-formed XML: \(String(describing: parser.parserError))", file: file, line: line)
        return summary
    }

    func groups(withClass name: String) -> [(id: String, classes: [String])] {
        groups.filter { $0.classes.first == name }
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "g":
            groups.append((attributes["id"] ?? "", (attributes["class"] ?? "").split(separator: " ").map(String.init)))
        case "text":
            inText = true
            currentText = ""
        case "a":
            if let title = attributes["xlink:title"] { titles.append(title) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { currentText += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "text" {
            texts.append(currentText)
            inText = false
        }
    }
}
