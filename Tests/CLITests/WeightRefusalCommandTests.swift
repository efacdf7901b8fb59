import Foundation
import TestSupport
import XCTest

/// The commands refuse weights their measures cannot read (`WeightUse`): exit 1, one line
/// naming the measure, the option, one offending agreement and the rule; nothing on stdout.
final class WeightRefusalCommandTests: XCTestCase {
    func testNegativeAndNonFiniteWeightsAreRefusedByTheCommands() throws {
        let folder = try scratchFolder("weights")
        let negative = folder.appendingPathComponent("negative.csv").path
        try "from,to,weight,cost\na,b,1,1\nb,c,-2,nan\nc,d,3,1\n".write(toFile: negative, atomically: true, encoding: .utf8)
        let lengths = "agreement 'e1' (b – c) weighs -2: path lengths must not be negative"
        let cases: [([String], String)] = [
            (["centrality", negative, "--weight", "weight"], "twinning: betweenness --weight weight: " + lengths),
            (["centrality", negative, "--weight", "weight", "--measures", "pagerank", "--only"], "twinning: pagerank --weight weight: agreement 'e1' (b – c) weighs -2: pagerank needs non-negative weights"),
            (["centrality", negative, "--weight", "weight", "--edges"], "twinning: edge betweenness --weight weight: " + lengths),
            (["path", negative, "a", "d", "--weight", "weight"], "twinning: path --weight weight: " + lengths),
            (["clustering", negative, "--weight", "cost"], "twinning: clustering --weight cost: agreement 'e1' (b – c) weighs nan: weights must be finite numbers"),
        ]
        for (arguments, message) in cases {
            let result = try Twinning.run(arguments)
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
        }
        // Strength sums negative weights, as nx.degree(G, weight="weight").
        let strength = try Twinning.run(["centrality", negative, "--weight", "weight", "--measures", "strength", "--only", "--format", "csv"])
        XCTAssertEqual(strength.status, 0, strength.stderr)
        XCTAssertEqual(strength.stdout, "id,label,strength\na,a,1.0\nb,b,-1.0\nc,c,1.0\nd,d,3.0\n")
    }
}
