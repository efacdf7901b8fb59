import Foundation
import TestSupport
import XCTest
@testable import Graph

final class PajekTests: XCTestCase {
    func read(_ text: String) throws -> Dataset {
        try Pajek.read(Array(text.utf8), file: "t.net")
    }

    /// What Pajek carries of `dataset`: ids, positions, shape, direction, weights; agreements
    /// arcs first, with ids e0, e1, ...
    static func carried(_ dataset: Dataset) -> Dataset {
        var expected = Dataset()
        expected.nodes = dataset.nodes.map { node in
            var attributes: Attributes = [:]
            let coordinates = Pajek.coordinateValues(node)
            for (name, value) in zip(["x", "y", "z"], coordinates) { attributes[name] = value }
            if !coordinates.isEmpty, case .string(let shape)? = node.attributes["shape"], shape != "ellipse" { attributes["shape"] = .string(shape) }
            return Node(id: node.id, attributes: attributes)
        }
        let ordered = dataset.agreements.filter(\.directed) + dataset.agreements.filter { !$0.directed }
        expected.agreements = ordered.enumerated().map { index, a in
            var agreement = Agreement(id: "e\(index)", from: a.from, to: a.to, directed: a.directed)
            agreement.weightValue = a.weightValue
            return agreement
        }
        return expected
    }

    func testRoundTripsWhatPajekCarries() throws {
        for seed: UInt64 in [1, 2, 3] {
            var dataset = FormatTestData.featured(seed: seed)
            // Pajek labels cannot hold line breaks.
            let clean = { (id: String) in id.replacingOccurrences(of: "\n", with: " ") }
            for i in dataset.nodes.indices { dataset.nodes[i].id = clean(dataset.nodes[i].id) }
            for i in dataset.agreements.indices {
                dataset.agreements[i].from = clean(dataset.agreements[i].from)
                dataset.agreements[i].to = clean(dataset.agreements[i].to)
            }
            dataset.nodes[1].attributes["z"] = .integer(7)
            let text = Pajek.write(dataset)
            FormatTestData.assertSame(try read(text), Self.carried(dataset), "seed \(seed)\n\(text)")
        }
    }

    func testWritesArcsThenEdgesWithWeightsAndCoordinates() {
        var dataset = Dataset()
        dataset.nodes = [Node(id: "minsk", label: "Минск", attributes: ["x": .double(0.25), "y": .integer(1)]),
                         Node(id: "say \"hi\"")]
        dataset.agreements = [Agreement(id: "a", from: "minsk", to: "say \"hi\"", kind: .twinning),
                              Agreement(id: "b", from: "say \"hi\"", to: "minsk", directed: true, weight: 2.5)]
        dataset.agreements[0].weightValue = .integer(3)
        XCTAssertEqual(Pajek.write(dataset), """
        *Vertices 2
        1 "minsk" 0.25 1 ellipse
        2 "say \\"hi\\""
        *Arcs
        2 1 2.5
        *Edges
        1 2 3
        *Arcs

        """)
        XCTAssertEqual(FormatCapabilities.droppedFields(of: dataset, in: .pajek), ["node label", "agreement id", "agreement kind"])
        XCTAssertEqual(FormatCapabilities.droppedFields(of: Self.carried(dataset), in: .pajek), [])
    }

    func testDroppedFieldsNameEveryLostField() {
        let dataset = FormatTestData.featured(seed: 4)
        let dropped = FormatCapabilities.droppedFields(of: dataset, in: .pajek)
        for field in ["node label", "node type", "node country", "agreement id", "agreement kind", "agreement date",
                      "agreement end_date", "agreement status", "agreement provenance", "node attributes",
                      "agreement attributes", "metadata", "source records"] {
            XCTAssertTrue(dropped.contains(field), "\(field) in \(dropped)")
        }
        for kept in ["attribute types", "node positions", "agreement weight", "agreement direction", "parallel agreements", "nodes without agreements"] {
            XCTAssertFalse(dropped.contains(kept), "\(kept) in \(dropped)")
        }
    }

    func testReadsListsMatricesCommentsAndOmittedVertices() throws {
        let text = """
        % a comment
        *Network Two lists
        *Vertices 4
        1 "a" 0.1 0.2 0.3 box ic Red
        2 "b" NaN NaN NaN
        *Arcslist
        1 2 3
        *Edgeslist :1 "ties"
        4 1
        *Edges
        2 3 7 c Blue kind twinning
        """
        let dataset = try read(text)
        XCTAssertEqual(dataset.metadata, ["name": .string("Two lists")])
        XCTAssertEqual(dataset.nodes.map(\.id), ["1", "2", "3", "4"], "labels missing: ids are the numbers")
        XCTAssertEqual(dataset.nodes.map(\.label), ["a", "b", "3", "4"])
        XCTAssertEqual(dataset.nodes[0].attributes, ["x": .double(0.1), "y": .double(0.2), "z": .double(0.3),
                                                     "shape": .string("box"), "ic": .string("Red")])
        XCTAssertEqual(dataset.nodes[1].attributes, [:])
        XCTAssertEqual(dataset.agreements.map { "\($0.from)\($0.directed ? ">" : "-")\($0.to)" }, ["1>2", "1>3", "4-1", "2-3"])
        XCTAssertEqual(dataset.agreements[3].weightValue, .integer(7))
        XCTAssertEqual(dataset.agreements[3].kind, .twinning)
        XCTAssertEqual(dataset.agreements[3].attributes, ["c": .string("Blue")])

        let matrix = try read("*Vertices 2\n1 \"p\"\n2 \"q\"\n*Matrix\n0 2\n1.5 0\n")
        XCTAssertEqual(matrix.agreements.map { "\($0.from)>\($0.to)" }, ["p>q", "q>p"])
        XCTAssertEqual(matrix.agreements.map(\.weightValue), [.integer(2), .double(1.5)])
    }

    func testMalformedInputsGiveLocatedErrors() {
        let cases: [(String, String)] = [
            ("1 2\n", "t.net:1:1: error: expected a section such as *Vertices n"),
            ("*Vertices many\n", "t.net:1:1: error: expected *Vertices followed by the number of vertices"),
            ("*Vertices 2\n1 \"a\"\n3 \"c\"\n", "t.net:3:1: error: expected a vertex number from 1 to 2, found '3'"),
            ("*Vertices 2\n*Arcs\n1 5\n", "t.net:3:1: error: expected a vertex number from 1 to 2, found '5'"),
            ("*Vertices 2\n*Edges\n1\n", "t.net:3:1: error: expected two vertex numbers"),
            ("*Vertices 2\n1 \"open\n", "t.net:2:1: error: expected a closing '\"'"),
            ("*Vertices 2\n*Matrix\n0 1\n1\n", "t.net:4:1: error: expected 2 numbers in matrix row 2, found 1"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try read(text), text) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(text)\n→ \(error)\nexpected \(expected)")
            }
        }
        XCTAssertEqual(try read("*Vertices 1\n*Edges\n1 1 heavy x\n").readingFindings.count, 0, "an even tail is parameters")
        XCTAssertEqual(try read("*Vertices 1\n*Edges\n1 1 heavy\n").readingFindings.map(\.description),
                       ["t.net:3:1 (weight): error: expected weight as a finite number, found 'heavy'"])
    }

    // MARK: networkx and igraph

    func testNetworkxAndIgraphReadOurPajekAndWeReadTheirs() throws {
        try Python.requireNetworkx()
        try Python.requireIgraph()
        let dataset = GMLInteropTests.asciiMixed()
        let text = Pajek.write(dataset)
        let seen = try FormatTestData.inspect(text, named: "g.net", script: """
        import sys, networkx as nx, igraph as ig
        g = nx.read_pajek(sys.argv[1])
        print(g.is_directed(), sorted(f"{u}>{v}:{d.get('weight')}" for u, v, d in g.edges(data=True)))
        h = ig.Graph.Read_Pajek(sys.argv[1])
        print(h.is_directed(), sorted(f"{h.vs[e.source]['name']}>{h.vs[e.target]['name']}" for e in h.es))
        """)
        XCTAssertEqual(seen, """
        True ['harbin>minsk:None', 'harbin>mtz:2.5', 'harbin>mtz:None', 'mtz>harbin:4.0']
        True ['harbin>minsk', 'harbin>mtz', 'harbin>mtz', 'mtz>harbin']

        """)
        for (tool, script) in [("networkx", "import sys, networkx as nx\nnx.write_pajek(nx.read_pajek(sys.argv[1]), sys.argv[2])"),
                               ("igraph", "import sys, igraph as ig\nig.Graph.Read_Pajek(sys.argv[1]).write_pajek(sys.argv[2])")] {
            let back = try Pajek.read(try FormatTestData.rewrite(text, named: "g.net", script: script), file: tool)
            XCTAssertEqual(back.nodes.map(\.id), dataset.nodes.map(\.id), tool)
            let arcs = back.agreements.map { "\($0.from)>\($0.to)" }.sorted()
            XCTAssertEqual(arcs, ["harbin>minsk", "harbin>mtz", "harbin>mtz", "mtz>harbin"], tool)
            XCTAssertTrue(back.agreements.allSatisfy(\.directed), tool)
            XCTAssertEqual(back.nodes[0].attributes["x"], .double(1.5), tool)
            XCTAssertEqual(back.nodes[0].attributes["y"], tool == "networkx" ? .double(-2) : .integer(-2), tool)
            // igraph writes NaN for the weights some arcs lack: read as none, announced once.
            XCTAssertEqual(back.readingFindings.map(\.message),
                           tool == "igraph" ? ["2 weights written NaN (igraph's missing value) read as no weight"] : [], tool)
        }
    }
}
