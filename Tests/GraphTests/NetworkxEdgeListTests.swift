import Foundation
import TestSupport
import XCTest
@testable import Graph

/// networkx's edge list format: Python dict data, read and written, and round trips through
/// networkx itself (skipped when python3 with networkx is missing).
final class NetworkxEdgeListTests: XCTestCase {
    func read(_ text: String) throws -> Dataset {
        try EdgeList.read(Array(text.utf8), file: "g.edgelist", delimiter: .whitespace)
    }

    func testReadsDictDataWithTypes() throws {
        let text = """
            # written by networkx
            a b {'weight': 2, 'kind': 'twinning', 'date': '2009-03', 'ok': True, 'r': 0.5, 'big': 1e999, 'n': None}
            b c {"note": "it's \\"x\\" \\u00e9\\n#1", 'directed': True, 'neg': -inf, 'nan': nan, 'e': 1e-07}   # trailing
            c d 2.5
            d e {}
            """
        let dataset = try read(text)
        XCTAssertEqual(dataset.agreements.count, 4)
        let a = dataset.agreements[0]
        XCTAssertEqual(a.weightValue, .integer(2))
        XCTAssertEqual(a.kind, .twinning)
        XCTAssertEqual(a.date, PartialDate("2009-03"))
        XCTAssertEqual(a.attributes, ["ok": .boolean(true), "r": .double(0.5), "big": .double(.infinity)])
        let b = dataset.agreements[1]
        XCTAssertTrue(b.directed)
        XCTAssertEqual(b.attributes["note"], .string("it's \"x\" é\n#1"))
        XCTAssertEqual(b.attributes["neg"], .double(-.infinity))
        XCTAssertEqual(b.attributes["e"], .double(1e-7))
        guard case .double(let nan)? = b.attributes["nan"] else { return XCTFail("nan") }
        XCTAssertTrue(nan.isNaN)
        XCTAssertEqual(dataset.agreements[2].weightValue, .double(2.5))
        XCTAssertEqual(dataset.agreements[3].attributes, [:])
        XCTAssertEqual(dataset.agreementOrigins.map(\.line), [2, 3, 4, 5])
        XCTAssertEqual(dataset.readingFindings.map(\.description), ["g.edgelist:2:99: warning: 1 value None read as no value (first: 'n')"])
    }

    func testBadValuesAreLocated() throws {
        let dataset = try read("a b {'weight': 'heavy', 'date': 'spring'}\n")
        XCTAssertEqual(dataset.readingFindings.map(\.description).sorted(), [
            "g.edgelist:1:33 (date): error: expected date as YYYY, YYYY-MM or YYYY-MM-DD, found 'spring'",
            "g.edgelist:1:16 (weight): error: expected weight as a finite number, found 'heavy'",
        ].sorted())
        XCTAssertThrowsError(try read("a b {'tags': ['x']}\n")) { error in
            XCTAssertEqual("\(error)", "g.edgelist:1:14: error: expected a string, number, True, False or None, found '[' (lists, tuples and dictionaries are not attribute values)")
        }
        XCTAssertThrowsError(try read("a b {'k': 'open\n")) { error in
            XCTAssertEqual("\(error)", "g.edgelist:1:11: error: expected a closing ' for the string opened here, found the end of the line")
        }
        XCTAssertThrowsError(try read("a b 1 2\n")) { error in
            XCTAssertEqual("\(error)", "g.edgelist:1:7: error: expected one weight or a {…} data dictionary after the endpoints, found '2'")
        }
        XCTAssertThrowsError(try read("a\n")) { error in
            XCTAssertEqual("\(error)", "g.edgelist:1: error: expected at least two fields (source and target), found 'a'")
        }
    }

    func testWritesNoHeaderAndEveryFieldTyped() throws {
        var e0 = Agreement(id: "e0", from: "a", to: "b", kind: .twinning, date: PartialDate("2009"), endDate: PartialDate("2012-05"),
                           status: .ended, provenance: Provenance(source: "s", quote: "a  b # c"),
                           attributes: ["n": .integer(3), "ok": .boolean(false), "inf": .double(.infinity)])
        e0.weightValue = .integer(2)
        let dataset = Dataset(agreements: [e0, Agreement(id: "x", from: "b", to: "c", directed: true)])
        XCTAssertEqual(try EdgeList.write(dataset, delimiter: .whitespace), """
            a b {'kind': 'twinning', 'date': '2009', 'end_date': '2012-05', 'status': 'ended', 'directed': False, 'weight': 2, 'source': 's', 'quote': 'a \\x20b \\x23 c', 'inf': 1e999, 'n': 3, 'ok': False}
            b c {'id': 'x', 'directed': True}

            """)
        XCTAssertEqual(try read(EdgeList.write(dataset, delimiter: .whitespace)).agreements, dataset.agreements)
    }

    func testRefusesIDsWithWhitespace() {
        let dataset = Dataset(agreements: [Agreement(id: "e0", from: "São Paulo", to: "b")])
        XCTAssertThrowsError(try EdgeList.write(dataset, delimiter: .whitespace, file: "out.edgelist")) { error in
            XCTAssertEqual("\(error)", "out.edgelist (agreement 'e0'): error: expected node ids without whitespace or '#' in networkx's edge list format, found 'São Paulo'; write .csv or .tsv instead, which quote any id")
        }
    }

    func testTrickyDatasetsRoundTrip() throws {
        for seed: UInt64 in [3, 8] {
            var dataset = TrickyDatasets.make(seed: seed)
            dataset.agreements.removeAll { !NetworkxEdgeList.isWritableID($0.from) || !NetworkxEdgeList.isWritableID($0.to) }
            let back = try read(EdgeList.write(dataset, delimiter: .whitespace))
            XCTAssertEqual(back.readingFindings, [])
            XCTAssertEqual(back.agreements, dataset.agreements)
        }
    }

    // MARK: networkx itself

    static let strangeValues = "it's \"q\"  two spaces # hash\ttab é 上海 \u{1F1E7}\u{1F1FE} back\\slash"

    func testTwinningReadsWhatNetworkxWrites() throws {
        try Python.requireNetworkx()
        let script = """
        import sys, networkx as nx
        G = nx.MultiGraph()
        G.add_edge('a', 'b', weight=2, kind='twinning', date='2009-03', ok=True, r=0.25, label=sys.argv[2])
        G.add_edge('a', 'b', weight=1.5)
        G.add_edge('b', 'c')
        G.add_edge(1, 2, big=10**15, neg=-3)
        nx.write_edgelist(G, sys.argv[1], data=True)
        """
        let folder = try scratchFolder("interop")
        let path = folder.appendingPathComponent("g.edgelist").path
        _ = try Python.output(script, arguments: [path, "plain label"])
        let dataset = try DatasetIO.read(path)
        XCTAssertEqual(dataset.readingFindings, [])
        XCTAssertEqual(dataset.agreements.map { [$0.from, $0.to] }, [["a", "b"], ["a", "b"], ["b", "c"], ["1", "2"]])
        let a = dataset.agreements[0]
        XCTAssertEqual(a.weightValue, .integer(2))
        XCTAssertEqual(a.kind, .twinning)
        XCTAssertEqual(a.date, PartialDate("2009-03"))
        XCTAssertEqual(a.attributes, ["ok": .boolean(true), "r": .double(0.25), "label": .string("plain label")])
        XCTAssertEqual(dataset.agreements[1].weightValue, .double(1.5))
        XCTAssertEqual(dataset.agreements[2].weightValue, nil)
        XCTAssertEqual(dataset.agreements[3].attributes, ["big": .integer(1_000_000_000_000_000), "neg": .integer(-3)])
    }

    func testNetworkxReadsWhatTwinningWrites() throws {
        try Python.requireNetworkx()
        for directed in [false, true] {
            var dataset = SampleDatasets.full(allUndirected: !directed)
            dataset.agreements = dataset.agreements.filter { NetworkxEdgeList.isWritableID($0.from) && NetworkxEdgeList.isWritableID($0.to) }
            dataset.agreements[0].attributes["strange"] = .string(Self.strangeValues)
            dataset.agreements[0].attributes["inf"] = .double(.infinity)
            let text = try EdgeList.write(dataset, delimiter: .whitespace)
            let script = """
            import json, sys, math, networkx as nx
            G = nx.read_edgelist(sys.argv[1], create_using=nx.MultiDiGraph if sys.argv[2] == "1" else nx.MultiGraph, nodetype=str)
            def enc(v):
                if isinstance(v, float) and math.isinf(v): return {"inf": v > 0}
                return {type(v).__name__: v}
            print(json.dumps([[u, v, {k: enc(x) for k, x in d.items()}] for u, v, d in G.edges(data=True)]))
            """
            let folder = try scratchFolder("interop")
            let path = folder.appendingPathComponent("g.edgelist").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let output = try Python.output(script, arguments: [path, directed ? "1" : "0"])
            let edges = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[Any]])
            XCTAssertEqual(edges.count, dataset.agreements.count)
            for (edge, agreement) in zip(edges, dataset.agreements) {
                let data = try XCTUnwrap(edge[2] as? [String: [String: Any]])
                if directed { XCTAssertEqual([edge[0] as? String, edge[1] as? String], [agreement.from, agreement.to]) }
                var expected = RecordFields.values(of: agreement)
                if !dataset.agreements.contains(where: \.directed) { expected["directed"] = nil }
                if agreement.id != Agreement.defaultID(dataset.agreements.firstIndex(of: agreement)!) { expected["id"] = .string(agreement.id) }
                XCTAssertEqual(Set(data.keys), Set(expected.keys), agreement.id)
                for (key, value) in expected {
                    let seen = data[key] ?? [:]
                    switch value {
                    case .string(let s): XCTAssertEqual(seen["str"] as? String, s, key)
                    case .integer(let i): XCTAssertEqual(seen["int"] as? Int, i, key)
                    case .boolean(let b): XCTAssertEqual(seen["bool"] as? Bool, b, key)
                    case .double(let d) where d.isInfinite: XCTAssertEqual(seen["inf"] as? Bool, d > 0, key)
                    case .double(let d): XCTAssertEqual(seen["float"] as? Double, d, key)
                    }
                }
            }
        }
    }
}
