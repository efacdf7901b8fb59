import Foundation
import TestSupport
import XCTest

/// `twinning render`'s views of the bundled dataset, as a reader checks a figure: isolates left
/// out and counted in the caption, `--min-degree`, clusters of every field in a printable shape,
/// the colouring by size, and no text outside the picture.
final class RenderViewTests: XCTestCase {
    let dataset = "graphs/belarus-asia"

    private func render(_ arguments: [String], name: String) throws -> (geometry: SVGGeometry, svg: String, stderr: String) {
        let out = try scratchFolder("render-views").appendingPathComponent(name + ".svg")
        let result = try Twinning.run(["render", dataset, "-o", out.path] + arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: out)
        return (try SVGGeometry.parse(data), String(decoding: data, as: UTF8.self), result.stderr)
    }

    /// Independently of Twinning: the node ids, and the endpoints of the agreements of `kinds` (all when empty).
    private func endpoints(kinds: [String]) throws -> (nodes: [String], touched: Set<String>, partners: [String: Set<String>]) {
        let script = """
        import csv, json, sys
        folder, kinds = sys.argv[1], [k for k in sys.argv[2].split(",") if k]
        nodes = [r["id"] for r in csv.DictReader(open(folder + "/nodes.csv", encoding="utf-8"))]
        ids = set(nodes)
        partners = {n: set() for n in nodes}
        touched = set()
        for r in csv.DictReader(open(folder + "/agreements.csv", encoding="utf-8")):
            if kinds and r["kind"] not in kinds: continue
            if r["from"] not in ids or r["to"] not in ids: continue
            touched |= {r["from"], r["to"]}
            if r["from"] != r["to"]:
                partners[r["from"]].add(r["to"]); partners[r["to"]].add(r["from"])
        print(json.dumps({"nodes": nodes, "touched": sorted(touched), "partners": {k: sorted(v) for k, v in partners.items()}}))
        """
        let output = try Python.output(script, arguments: [Repository.path(dataset), kinds.joined(separator: ",")])
        struct Parsed: Decodable { var nodes: [String]; var touched: [String]; var partners: [String: [String]] }
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(output.utf8))
        return (parsed.nodes, Set(parsed.touched), parsed.partners.mapValues(Set.init))
    }

    private func drawnNodes(_ geometry: SVGGeometry) -> Int {
        geometry.nodeCentres.keys.filter { $0.hasPrefix("node-") }.count
    }

    /// The caption's lines, joined (Graphviz writes each line of a label as its own text).
    private func captionText(_ geometry: SVGGeometry) -> String {
        geometry.texts.map(\.content).joined(separator: " ")
    }

    func testIsolatesAreLeftOutAndCountedInTheCaption() throws {
        let truth = try endpoints(kinds: ["twinning", "friendship"])
        let isolated = truth.nodes.count - truth.touched.count
        XCTAssertGreaterThan(isolated, 100, "the filter leaves hundreds of actors without an agreement")
        let (geometry, _, stderr) = try render(["--kind", "twinning,friendship"], name: "twinning")
        XCTAssertEqual(drawnNodes(geometry), truth.touched.count)
        XCTAssertTrue(captionText(geometry).contains("\(truth.touched.count) actors and"), captionText(geometry))
        XCTAssertTrue(captionText(geometry).contains("\(isolated) actors without agreements left out"), captionText(geometry))
        XCTAssertTrue(captionText(geometry).contains("--kind twinning,friendship"), "the caption names the filter")
        XCTAssertTrue(stderr.contains("\(isolated) actors without agreements left out"), stderr)

        let (kept, _, _) = try render(["--kind", "twinning,friendship", "--keep-isolates", "--quiet"], name: "twinning-isolates")
        XCTAssertEqual(drawnNodes(kept), truth.nodes.count)
    }

    func testMinimumDegreeKeepsActorsWithEnoughPartners() throws {
        let truth = try endpoints(kinds: [])
        let strong = Set(truth.nodes.filter { (truth.partners[$0]?.count ?? 0) >= 4 })
        // Then those left without a partner among the kept go as isolates.
        let drawn = strong.filter { !(truth.partners[$0] ?? []).isDisjoint(with: strong) }
        let (geometry, _, _) = try render(["--min-degree", "4", "--quiet"], name: "min-degree")
        XCTAssertEqual(drawnNodes(geometry), drawn.count)
        XCTAssertTrue(captionText(geometry).contains("\(truth.nodes.count - strong.count) actors with fewer than 4 partners left out"), captionText(geometry))
    }

    func testClusterDrawingsOfEveryFieldHaveAPrintableShape() throws {
        let views: [[String]] = [["--kind", "twinning,friendship"], [], ["--type", "region,city,district"],
                                 ["--ego", "gomel-region", "--radius", "2"]]
        for field in ["country", "type", "community", "within", "aliases"] {
            for view in views {
                let (geometry, _, _) = try render(view + ["--cluster-by", field, "--quiet"], name: "cluster-\(field)")
                let ratio = geometry.width / geometry.height
                XCTAssertTrue((0.25...4).contains(ratio), "--cluster-by \(field) \(view): \(Int(geometry.width))×\(Int(geometry.height))")
                XCTAssertTrue(geometry.textsOutside().isEmpty, "--cluster-by \(field) \(view): \(geometry.textsOutside().map(\.content))")
            }
        }
    }

    func testPackedClusterDrawingsRepeatByteForByte() throws {
        // The packed layout depends on the input alone (Graphviz's osage did not repeat).
        let folder = try scratchFolder("render-views")
        var bytes: [Data] = []
        for run in 0..<2 {
            let out = folder.appendingPathComponent("packed-\(run).png")
            let result = try Twinning.run(["render", dataset, "--kind", "twinning,friendship", "--cluster-by", "country", "--quiet", "-o", out.path])
            XCTAssertEqual(result.status, 0, result.stderr)
            bytes.append(try Data(contentsOf: out))
        }
        XCTAssertEqual(bytes[0], bytes[1])
    }

    func testAClusterFieldNoActorHasIsSaid() throws {
        let out = try scratchFolder("render-views").appendingPathComponent("nothing.svg")
        let result = try Twinning.run(["render", dataset, "--kind", "twinning", "--cluster-by", "no_such_field", "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("no drawn actor has a value for 'no_such_field'"), result.stderr)
    }

    func testLargeDrawingsAreColouredByCommunityAndSmallOnesByType() throws {
        let (whole, _, _) = try render(["--quiet"], name: "whole")
        XCTAssertTrue(whole.texts.contains { $0.content == "community (its leading actor)" })
        let (small, _, _) = try render(["--kind", "twinning,friendship", "--quiet"], name: "small")
        XCTAssertTrue(small.texts.contains { $0.content == "node type" })
        XCTAssertFalse(small.texts.contains { $0.content.hasPrefix("community") })
    }

    func testNoTextOutsideThePicture() throws {
        let views: [[String]] = [[], ["--kind", "twinning,friendship"], ["--ego", "gomel-region", "--year-labels"],
                                 ["--size-by", "betweenness"], ["--kind", "twinning", "--keep-isolates"],
                                 ["--color-by", "country", "--labels", "all", "--type", "country"]]
        for view in views {
            let (geometry, _, _) = try render(view + ["--quiet"], name: "text")
            XCTAssertFalse(geometry.texts.isEmpty)
            XCTAssertTrue(geometry.textsOutside().isEmpty, "\(view): \(geometry.textsOutside().map { "\($0.content) \($0.box)" }) in \(geometry.viewBox)")
        }
    }

    func testNothingToDrawIsAnError() throws {
        let out = try scratchFolder("render-views").appendingPathComponent("empty.svg")
        let result = try Twinning.run(["render", dataset, "--min-degree", "1000", "-o", out.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("nothing to draw"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
