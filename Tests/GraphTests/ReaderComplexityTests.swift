import Foundation
import TestSupport
import XCTest
@testable import Graph
@testable import GraphvizBridge

/// Every reader runs in time near-linear in its input, on the shapes an attacker (or a large
/// real file) makes: one huge node (many attributes, many distinct keys), one huge hub (a node
/// with many agreements), many parallel agreements, one huge field (a long value on a long
/// line). Each shape is read at n and at 8n, best of 3 runs each: a linear reader takes about
/// 8 times as long, a quadratic one about 64 times; the test fails at 24 (issue 12). n is
/// chosen so that the small run takes about 20 ms or more in a debug build.
///
/// The inputs are written by Twinning's own writers (each format's shape is what the writer
/// makes of the dataset), so every reader is tested on the same data.
final class ReaderComplexityTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    // MARK: Shapes

    /// Node `a` with `n` attributes, and one agreement a–b with `n` attributes.
    static func hugeNode(_ n: Int) -> Dataset {
        var dataset = Dataset()
        var a = Node(id: "a")
        for i in 0..<n { a.attributes["k\(i)"] = .string("v\(i)") }
        dataset.nodes = [a, Node(id: "b")]
        var agreement = Agreement(id: "e0", from: "a", to: "b")
        for i in 0..<n { agreement.attributes["k\(i)"] = .integer(i) }
        dataset.agreements = [agreement]
        return dataset
    }

    /// Node `h` joined to `n` leaves.
    static func hub(_ n: Int) -> Dataset {
        var dataset = Dataset()
        dataset.nodes = [Node(id: "h")] + (0..<n).map { Node(id: "n\($0)") }
        dataset.agreements = (0..<n).map { Agreement(id: "e\($0)", from: "h", to: "n\($0)", weight: 1) }
        return dataset
    }

    /// `n` agreements between the same two nodes.
    static func parallel(_ n: Int) -> Dataset {
        var dataset = Dataset()
        dataset.nodes = [Node(id: "a"), Node(id: "b")]
        dataset.agreements = (0..<n).map { Agreement(id: "e\($0)", from: "a", to: "b") }
        return dataset
    }

    /// A label and an agreement attribute of `n` bytes each (with quotes, commas, spaces and
    /// backslashes every so often, so that every format must quote or escape them).
    static func hugeField(_ n: Int) -> Dataset {
        let unit = "lorem ipsum, \"dolor\" sit amet; "
        let text = String(String(repeating: unit, count: n / unit.utf8.count + 1).prefix(n))
        var dataset = Dataset()
        dataset.nodes = [Node(id: "a", label: text), Node(id: "b")]
        dataset.agreements = [Agreement(id: "e0", from: "a", to: "b", provenance: Provenance(quote: text),
                                        attributes: ["note": .string(text)])]
        return dataset
    }

    // MARK: Measuring

    /// The best of 3 times of `body`, in seconds.
    func bestTime(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// Reads `make(n)` and `make(8n)` (as `format`) and asserts that 8n takes less than 24
    /// times as long as n.
    func assertLinear(_ format: GraphFormat, _ shape: String, n: Int, file: StaticString = #filePath, line: UInt = #line,
                      _ make: (Int) -> Dataset) throws {
        let small = try input(make(n), format), large = try input(make(8 * n), format)
        let expected = try read(small, format).agreements.count
        XCTAssertEqual(expected, make(n).agreements.count, "\(format) \(shape)", file: file, line: line)
        let t1 = try bestTime { _ = try read(small, format) }
        let t8 = try bestTime { _ = try read(large, format) }
        let ratio = t8 / max(t1, 1e-6)
        FileHandle.standardError.write(Data(String(format: "complexity %@ %@ n=%d: %.4f s, 8n: %.4f s, ratio %.1f\n", format.rawValue, shape, n, t1, t8, ratio).utf8))
        XCTAssertLessThan(ratio, 24, "\(format) \(shape): n \(t1) s, 8n \(t8) s", file: file, line: line)
    }

    enum Input { case bytes([UInt8]), path(String) }

    func input(_ dataset: Dataset, _ format: GraphFormat) throws -> Input {
        switch format {
        case .native, .sqlite, .gephi:
            let folder = try scratchFolder("complexity")
            let path = folder.appendingPathComponent(format == .native ? "d" : format == .sqlite ? "d.sqlite" : "d.csv").path
            try DatasetIO.write(dataset, to: path, format: format)
            return .path(path)
        default:
            return .bytes(Array(try DatasetIO.text(of: dataset, as: format)!.utf8))
        }
    }

    func read(_ input: Input, _ format: GraphFormat) throws -> Dataset {
        switch input {
        case .bytes(let bytes): return try DatasetIO.parse(bytes, file: "in", format: format)
        case .path(let path): return try DatasetIO.read(path, format: format)
        }
    }

    // MARK: Tests

    func testExplore() throws {
        for format in [GraphFormat.json, .csv, .edgelist, .gephi, .native] {
            try assertLinear(format, "hugeNode", n: 2000, Self.hugeNode)
        }
        try assertLinear(.sqlite, "hugeNode", n: 200, Self.hugeNode)
        try assertLinear(.sqlite, "hub", n: 500, Self.hub)
        try assertLinear(.sqlite, "hugeField", n: 100_000, Self.hugeField)
    }
}
