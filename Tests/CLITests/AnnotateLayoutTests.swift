import Foundation
import TestSupport
import XCTest

/// `convert --annotate` writes the values the analysis commands print; `layout` stores the
/// positions `render` draws, and `render` draws a laid-out graph where it was laid out.
final class AnnotateLayoutTests: XCTestCase {
    var work: URL!
    /// The countries and regions: quick to lay out, with labels (splines, separation).
    let subset = ["graphs/belarus-asia", "--type", "country,region"]
    /// The countries: quicker still, for the drawings.
    let countries = ["graphs/belarus-asia", "--type", "country"]

    override func setUpWithError() throws { work = try scratchFolder("cli") }

    private func path(_ name: String) -> String { work.appendingPathComponent(name).path }

    private func run(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
        let result = try Twinning.run(arguments)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        return result
    }

    /// Node-link JSON nodes by id, each number read from its text with `Double(_:)` or
    /// `Int(_:)` (Foundation's JSON parser on Linux can be off in the last bit).
    private func exactNodes(_ file: String) throws -> [String: [String: String]] {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let nodesText = text[text.range(of: "\"nodes\"")!.upperBound...]
        let object = try NSRegularExpression(pattern: #"\{[^{}]*\}"#)
        let pair = try NSRegularExpression(pattern: #""([a-z_]+)": *("[^"]*"|[-+\d.eE]+)"#)
        var found: [String: [String: String]] = [:]
        let end = ["\"edges\"", "\"links\"", "\"sources\""].compactMap { nodesText.range(of: $0)?.lowerBound }.min() ?? nodesText.endIndex
        let body = String(nodesText[..<end])
        for match in object.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
            let node = String(body[Range(match.range, in: body)!])
            var fields: [String: String] = [:]
            for p in pair.matches(in: node, range: NSRange(node.startIndex..., in: node)) {
                let value = String(node[Range(p.range(at: 2), in: node)!])
                fields[String(node[Range(p.range(at: 1), in: node)!])] = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            if let id = fields["id"] { found[id] = fields }
        }
        return found
    }

    /// Node-link JSON nodes by id.
    private func nodes(_ file: String) throws -> [String: [String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        let list = json["nodes"] as! [[String: Any]]
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0) })
    }

    /// A CSV table's rows by id, each column by name (the tables have no quoted commas here).
    private func table(_ csv: String) -> [String: [String: String]] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        var rows: [String: [String: String]] = [:]
        for line in lines.dropFirst() { rows[line[0]] = Dictionary(uniqueKeysWithValues: zip(header, line)) }
        return rows
    }

    /// The number of nodes `twinning stats` counts in a (filtered) dataset.
    func nodeCount(_ arguments: [String]) throws -> Int {
        let stats = try run(["stats"] + arguments + ["--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as! [String: Any]
        return json["nodes"] as! Int
    }

    func testAnnotatedValuesEqualWhatTheCommandsPrint() throws {
        let measures = "degree,betweenness,closeness,pagerank,katz,triangles,clustering,square_clustering,core,community"
        _ = try run(["convert"] + subset + ["-o", path("a.json"), "--annotate", measures, "--algorithm", "leiden", "--seed", "3"])
        let annotated = try exactNodes(path("a.json"))
        let centrality = table(try run(["centrality"] + subset + ["--measures", "katz", "--format", "csv"]).stdout)
        let clustering = table(try run(["clustering"] + subset + ["--format", "csv"]).stdout)
        let communities = table(try run(["communities"] + subset + ["--algorithm", "leiden", "--seed", "3", "--format", "csv"]).stdout)
        XCTAssertEqual(annotated.count, try nodeCount(subset))
        XCTAssertEqual(Set(annotated.keys), Set(centrality.keys))
        for (id, node) in annotated {
            for name in ["betweenness", "closeness", "pagerank", "katz"] {
                XCTAssertEqual(Double(node[name]!), Double(centrality[id]![name]!), "\(id) \(name)")
            }
            for name in ["clustering", "square_clustering"] {
                XCTAssertEqual(Double(node[name]!), Double(clustering[id]![name]!), "\(id) \(name)")
            }
            XCTAssertEqual(Int(node["degree"]!), Int(centrality[id]!["degree"]!), "\(id) degree")
            XCTAssertEqual(Int(node["triangles"]!), Int(clustering[id]!["triangles"]!), "\(id) triangles")
            XCTAssertEqual(Int(node["core"]!), Int(clustering[id]!["core"]!), "\(id) core")
            XCTAssertEqual(Int(node["community"]!), Int(communities[id]!["community"]!), "\(id) community")
        }
        XCTAssertGreaterThan(Set(annotated.values.map { $0["community"]! }).count, 1)
    }

    func testAnnotatedAttributesAreTypedInGraphML() throws {
        _ = try run(["convert"] + subset + ["-o", path("a.graphml"), "--annotate", "degree,pagerank,core,community,triangles,clustering"])
        let text = try String(contentsOfFile: path("a.graphml"), encoding: .utf8)
        for (name, type) in [("degree", "long"), ("core", "long"), ("community", "long"), ("triangles", "long"),
                             ("pagerank", "double"), ("clustering", "double")] {
            XCTAssertTrue(text.contains("for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\""), name)
        }
    }

    func testUnknownMeasureIsAUsageErrorListingTheKnownOnes() throws {
        let result = try Twinning.run(["convert"] + subset + ["-o", path("a.json"), "--annotate", "degree,fame"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown measure 'fame'; expected one of degree, degree_centrality, strength, betweenness"), result.stderr)
        XCTAssertTrue(result.stderr.contains("square_clustering, core, community"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("a.json")))
    }

    func testAnExistingAttributeIsReplacedWithAWarning() throws {
        _ = try run(["convert"] + subset + ["-o", path("a.json"), "--annotate", "degree"])
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("a.json")))) as! [String: Any]
        var list = json["nodes"] as! [[String: Any]]
        for i in list.indices { list[i]["degree"] = "many" }
        json["nodes"] = list
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path("b.json")))
        let result = try run(["convert", path("b.json"), "-o", path("c.json"), "--annotate", "degree"])
        XCTAssertTrue(result.stderr.contains("warning: --annotate: the node attribute 'degree' is replaced"), result.stderr)
        let before = try nodes(path("a.json")), after = try nodes(path("c.json"))
        for (id, node) in after { XCTAssertEqual(node["degree"] as? Int, before[id]!["degree"] as? Int, id) }
    }

    /// Each node's `pos` in a DOT drawing, by its SVG id (`node-<dataset id>`).
    private func drawnPositions(_ dot: String) -> [String: (Double, Double)] {
        let pattern = try! NSRegularExpression(pattern: #"\bid="node-([^"]+)"[^\]]*?\bpos="([-\d.e]+),([-\d.e]+)!?""#)
        var found: [String: (Double, Double)] = [:]
        for match in pattern.matches(in: dot, range: NSRange(dot.startIndex..., in: dot)) {
            let part = { (i: Int) in String(dot[Range(match.range(at: i), in: dot)!]) }
            found[part(1)] = (Double(part(2))!, Double(part(3))!)
        }
        return found
    }

    func testLayoutStoresThePositionsRenderDrawsAndRenderKeepsThem() throws {
        // `layout` places every actor; `render` draws them all with --keep-isolates (without it,
        // the countries with no agreement are left out of the picture, not out of the file).
        let engine = ["--layout", "neato", "--seed", "2", "--keep-isolates"]
        let layoutEngine = ["--layout", "neato", "--seed", "2"]
        _ = try run(["layout"] + countries + layoutEngine + ["-o", path("laid.json")])
        let laid = try nodes(path("laid.json"))
        let count = try nodeCount(countries)
        XCTAssertEqual(laid.count, count)
        _ = try run(["render"] + countries + engine + ["-o", path("direct.dot"), "--quiet"])
        let direct = drawnPositions(try String(contentsOfFile: path("direct.dot"), encoding: .utf8))
        XCTAssertEqual(direct.count, count)
        for (id, node) in laid {
            // Graphviz writes pos with 5 significant digits.
            XCTAssertEqual(node["x"] as! Double, direct[id]!.0, accuracy: 0.06, id)
            XCTAssertEqual(node["y"] as! Double, direct[id]!.1, accuracy: 0.06, id)
        }
        _ = try run(["render", path("laid.json"), "--keep-isolates", "-o", path("pinned.dot"), "--quiet"])
        let pinned = drawnPositions(try String(contentsOfFile: path("pinned.dot"), encoding: .utf8))
        XCTAssertEqual(pinned.count, count)
        // The same drawing: every node where it was laid out, up to one translation of the
        // whole drawing (Graphviz -n places the legend below the nodes' box).
        let (dx, dy) = (pinned["china"]!.0 - direct["china"]!.0, pinned["china"]!.1 - direct["china"]!.1)
        for (id, position) in direct {
            XCTAssertEqual(pinned[id]!.0 - dx, position.0, accuracy: 0.06, id)
            XCTAssertEqual(pinned[id]!.1 - dy, position.1, accuracy: 0.06, id)
        }
        // Without captions: the direct drawing's names its filter (--type country), the pinned one's has none.
        _ = try run(["render"] + countries + engine + ["--no-caption", "-o", path("direct.png"), "--quiet"])
        _ = try run(["render", path("laid.json"), "--keep-isolates", "--no-caption", "-o", path("pinned.png"), "--quiet"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("pinned.png"))),
                       try Data(contentsOf: URL(fileURLWithPath: path("direct.png"))))
    }

    func testPartialPositionsWarnAndRelayoutAndRelayoutIgnoresPositions() throws {
        _ = try run(["layout"] + countries + ["--layout", "neato", "-o", path("laid.json")])
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("laid.json")))) as! [String: Any]
        var list = json["nodes"] as! [[String: Any]]
        // Moved positions: a render that keeps them draws another picture.
        for i in list.indices { list[i]["x"] = (list[i]["x"] as! Double) * 2 }
        json["nodes"] = list
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path("moved.json")))
        list[0].removeValue(forKey: "x")
        json["nodes"] = list
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path("partial.json")))

        _ = try run(["render", "--keep-isolates", path("laid.json"), "--relayout", "--layout", "neato", "-o", path("fresh.svg"), "--quiet"])
        _ = try run(["render", "--keep-isolates", path("moved.json"), "--relayout", "--layout", "neato", "-o", path("relayout.svg"), "--quiet"])
        _ = try run(["render", "--keep-isolates", path("moved.json"), "-o", path("moved.svg"), "--quiet"])
        let partial = try run(["render", "--keep-isolates", path("partial.json"), "--layout", "neato", "-o", path("partial.svg")])
        let count = try nodeCount(countries)
        XCTAssertTrue(partial.stderr.contains("warning: only \(count - 1) of \(count) nodes have numeric x and y attributes: laying the graph out again"), partial.stderr)
        let svg = { (name: String) in try String(contentsOfFile: self.path(name), encoding: .utf8) }
        XCTAssertEqual(try svg("relayout.svg"), try svg("fresh.svg"))
        XCTAssertEqual(try svg("partial.svg"), try svg("fresh.svg"))
        XCTAssertNotEqual(try svg("moved.svg"), try svg("fresh.svg"))
    }
}
