import Foundation
import TestSupport
import XCTest
@testable import Graph

/// Datasets with every feature the new formats must carry: mixed direction, parallel
/// agreements, every attribute type, unicode, partial dates, end dates, integer weights,
/// positions and the other layout attributes.
enum FormatTestData {
    static func featured(seed: UInt64) -> Dataset {
        var dataset = TrickyDatasets.make(seed: seed, nodes: 16, agreements: 40)
        for i in dataset.nodes.indices where i % 3 != 2 {
            dataset.nodes[i].attributes["x"] = .double(Double(i) * 12.5 - 40)
            dataset.nodes[i].attributes["y"] = .double(Double(i * i) / 3)
            if i % 4 == 0 { dataset.nodes[i].attributes["size"] = .double(2.5) }
            if i % 5 == 0 { dataset.nodes[i].attributes["color"] = .string("#a0b1c2") }
        }
        let ends = ["2020", "2021-06", "2022-11-30"].compactMap(PartialDate.init)
        for i in dataset.agreements.indices {
            if i % 4 == 1 { dataset.agreements[i].endDate = ends[i % 3] }
            if i % 5 == 2 { dataset.agreements[i].weightValue = .integer(i) }
            if i % 7 == 3 { dataset.agreements[i].attributes["thickness"] = .double(1.5) }
        }
        dataset.metadata["open"] = .boolean(true)
        dataset.metadata["with space"] = .double(0.25)
        return dataset
    }

    static func assertSame(_ read: Dataset, _ dataset: Dataset, _ message: String,
                           file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read.nodes.count, dataset.nodes.count, message, file: file, line: line)
        for (a, b) in zip(read.nodes, dataset.nodes) where a != b {
            XCTAssertEqual(a, b, "\(message): node \(b.id)", file: file, line: line)
        }
        XCTAssertEqual(read.agreements.count, dataset.agreements.count, message, file: file, line: line)
        for (a, b) in zip(read.agreements, dataset.agreements) where a != b {
            XCTAssertEqual(a, b, "\(message): agreement \(b.id)", file: file, line: line)
        }
        XCTAssertEqual(read.sources, dataset.sources, message, file: file, line: line)
        XCTAssertEqual(read.metadata, dataset.metadata, message, file: file, line: line)
        XCTAssertEqual(read.readingFindings, [], message, file: file, line: line)
    }

    /// Writes `text` to a temporary file named `name`, runs `script` on it (argv[1]) with an
    /// output path (argv[2]), and returns the output file's bytes.
    static func rewrite(_ text: String, named name: String, script: String) throws -> [UInt8] {
        let folder = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name), output = folder.appendingPathComponent("out-" + name)
        try Data(text.utf8).write(to: input)
        _ = try Python.output(script, arguments: [input.path, output.path])
        return [UInt8](try Data(contentsOf: output))
    }

    /// Runs `script` on `text` saved as `name` and returns its standard output.
    static func inspect(_ text: String, named name: String, script: String) throws -> String {
        let folder = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: input)
        return try Python.output(script, arguments: [input.path])
    }

    /// The directed agreements as `from>to` (and the undirected as `a--b`), sorted.
    static func links(_ dataset: Dataset) -> [String] {
        dataset.agreements.map { $0.directed ? "\($0.from)>\($0.to)" : [$0.from, $0.to].sorted().joined(separator: "--") }.sorted()
    }
}
