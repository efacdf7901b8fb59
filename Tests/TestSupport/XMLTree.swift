import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read into a tree of elements, for tests that look inside SVG: each element
/// with its name, attributes, children and the text directly inside it.
public final class XMLTree {
    public final class Element {
        public let name: String
        public let attributes: [String: String]
        public private(set) var children: [Element] = []
        public fileprivate(set) var text = ""
        public weak private(set) var parent: Element?

        init(name: String, attributes: [String: String], parent: Element?) {
            (self.name, self.attributes, self.parent) = (name, attributes, parent)
            parent?.children.append(self)
        }

        /// This element and every element under it, in document order.
        public var all: [Element] { [self] + children.flatMap(\.all) }

        /// The attribute here or on the nearest ancestor that has it (SVG's inheritance).
        public func inherited(_ attribute: String) -> String? {
            attributes[attribute] ?? parent?.inherited(attribute)
        }

        /// The text of the first `<title>` child.
        public var title: String? { children.first { $0.name == "title" }?.text }
    }

    public let root: Element

    /// Reads `xml`; throws the parser's error when it is not well formed.
    public init(_ xml: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        guard parser.parse(), let root = reader.root else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        self.root = root
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: Element?
        var current: Element?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            let element = Element(name: name, attributes: attributes, parent: current)
            if root == nil { root = element }
            current = element
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current?.text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            current = current?.parent
        }
    }
}
