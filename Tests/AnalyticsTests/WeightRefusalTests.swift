import XCTest
import Graph
@testable import Analytics
import TestSupport

/// Weights in measures (`WeightUse`): finite always; non-negative for lengths (networkx's
/// Dijkstra refuses negative weights) and for PageRank, eigenvector, Katz and HITS; zero
/// lengths accepted as networkx accepts them.
final class WeightRefusalTests: XCTestCase {
    /// a–b 0, b–c w, c–d 0, a–d 3, d–e 1 (ids e0…e4 in this order).
    func dataset(bc: AttributeValue, attribute: String = "weight") -> Dataset {
        var data = Dataset(nodes: ["a", "b", "c", "d", "e"].map { Node(id: $0) })
        let pairs: [(String, String, AttributeValue)] = [("a", "b", .integer(0)), ("b", "c", bc), ("c", "d", .integer(0)),
                                                          ("a", "d", .integer(3)), ("d", "e", .integer(1))]
        data.agreements = pairs.enumerated().map { i, pair in
            var agreement = Agreement(id: "e\(i)", from: pair.0, to: pair.1)
            if attribute == "weight" { agreement.weightValue = pair.2 } else { agreement.attributes[attribute] = pair.2 }
            return agreement
        }
        return data
    }

    func testNegativeLengthsAreRefusedNamingAttributeAgreementAndWhy() throws {
        let negative = dataset(bc: .integer(-1))
        let refusal = try XCTUnwrap(CentralityMeasures.refusal(negative, measures: [.degree, .harmonic], weight: "weight"))
        XCTAssertEqual(refusal.description, "harmonic --weight weight: agreement 'e1' (b – c) weighs -1: path lengths must not be negative "
                       + "(networkx's Dijkstra refuses them: \"Contradictory paths found: negative weights?\")")
        for measure in [CentralityMeasure.betweenness, .closeness, .harmonic] {
            XCTAssertNotNil(CentralityMeasures.refusal(negative, measures: [measure], weight: "weight"), measure.rawValue)
            let computed = CentralityMeasures(negative, measures: [measure], weight: "weight")
            XCTAssertTrue(computed.values[measure]!.allSatisfy(\.isNaN), "never a value, let alone a negative harmonic centrality")
            XCTAssertEqual(computed.failures[measure]?.contains("must not be negative"), true)
        }
        XCTAssertThrowsError(try EdgeCentrality(negative, weight: "weight")) { error in
            XCTAssertTrue("\(error)".hasPrefix("edge betweenness --weight weight: agreement 'e1' (b – c) weighs -1: path lengths"), "\(error)")
        }
        // Without --weight, or counting agreements, every step is 1 long: nothing to refuse.
        XCTAssertNil(CentralityMeasures.refusal(negative, measures: CentralityMeasure.allCases, weight: nil))
        XCTAssertNil(CentralityMeasures.refusal(negative, measures: CentralityMeasure.allCases, weight: "agreements"))
    }

    func testSpectralMeasuresRefuseNegativeWeightsAndStrengthSumsThem() throws {
        let negative = dataset(bc: .double(-0.5))
        for measure in [CentralityMeasure.pagerank, .eigenvector, .katz, .hitsHub, .hitsAuthority] {
            let refusal = try XCTUnwrap(CentralityMeasures.refusal(negative, measures: [measure], weight: "weight"), measure.rawValue)
            XCTAssertEqual(refusal.description, "\(measure.rawValue) --weight weight: agreement 'e1' (b – c) weighs -0.5: \(measure.rawValue) "
                           + "needs non-negative weights (transition probabilities and Perron–Frobenius vectors are defined only for them)")
        }
        XCTAssertNil(CentralityMeasures.refusal(negative, measures: [.degree, .degreeCentrality, .strength], weight: "weight"))
        let strength = CentralityMeasures(negative, measures: [.strength], weight: "weight").values[.strength]!
        XCTAssertEqual(strength, [3, -0.5, -0.5, 4, 1], "as nx.degree(G, weight='weight')")
    }

    func testNonFiniteWeightsAreRefusedForEveryUse() throws {
        // A free attribute may hold ±∞ or NaN (readers keep them); a measure refuses them.
        for value in [Double.nan, .infinity, -.infinity] {
            let data = dataset(bc: .double(value), attribute: "cost")
            for use in [WeightUse.strength, .length, .transition] {
                let refusal = try XCTUnwrap(EdgeWeighting.attribute("cost").refusal(in: data, for: "m", as: use))
                XCTAssertTrue(refusal.description.hasPrefix("m --weight cost: agreement 'e1' (b – c) weighs "), refusal.description)
                XCTAssertTrue(refusal.description.hasSuffix(": weights must be finite numbers"), refusal.description)
            }
        }
    }

    /// Zero lengths are lengths, as in networkx: distances, closeness and harmonic centrality
    /// (which skips pairs at distance 0) equal networkx's. Betweenness counts each shortest
    /// path once (here every shortest path is unique): b lies on a→c, a→d, a→e; c on a→d,
    /// a→e, b→d, b→e; d on a→e, b→e, c→e; normalised by (n − 1)(n − 2)/2 = 6.
    func testZeroLengthsAsNetworkx() throws {
        let zero = dataset(bc: .integer(2))
        XCTAssertNil(CentralityMeasures.refusal(zero, measures: CentralityMeasure.allCases, weight: "weight"))
        let computed = CentralityMeasures(zero, measures: [.betweenness, .closeness, .harmonic], weight: "weight")
        for (got, want) in zip(computed.values[.betweenness]!, [0, 0.5, 4.0 / 6, 0.5, 0]) { XCTAssertEqual(got, want, accuracy: 1e-12) }
        let script = """
        import json, networkx as nx
        G = nx.Graph()
        for u, v, w in [("a","b",0),("b","c",2),("c","d",0),("a","d",3),("d","e",1)]: G.add_edge(u, v, weight=w)
        c = nx.closeness_centrality(G, distance="weight"); h = nx.harmonic_centrality(G, distance="weight")
        print(json.dumps([[c[v] for v in "abcde"], [h[v] for v in "abcde"]]))
        G["b"]["c"]["weight"] = -1
        try:
            nx.single_source_dijkstra_path_length(G, "a", weight="weight"); print("accepted")
        except ValueError as e:
            print("refused", " ".join(e.args))
        """
        let lines = try Python.output(script, requiring: ["networkx"]).split(separator: "\n").map(String.init)
        let expected = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [[Double]])
        for (got, want) in zip(computed.values[.closeness]!, expected[0]) { XCTAssertEqual(got, want, accuracy: 1e-9) }
        for (got, want) in zip(computed.values[.harmonic]!, expected[1]) { XCTAssertEqual(got, want, accuracy: 1e-9) }
        XCTAssertEqual(lines[1], "refused Contradictory paths found: negative weights?")
    }
}
