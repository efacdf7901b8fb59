import Foundation
import TestSupport
import XCTest
@testable import Graph

/// An attribute holding whole numbers in some records and decimals in others (networkx writes
/// `{"w": 1}` and `{"w": 2.5}` freely): formats that type each value keep both types;
/// formats that type a column or key as a whole write decimals, and `convert` announces it
/// (`FormatCapabilities.Field.wholeNumbersAmongDecimalAttributes`). Never refused.
final class MixedNumberAttributeTests: XCTestCase {
    static let dataset = Dataset(
        nodes: [Node(id: "a", attributes: ["w": .integer(1)]), Node(id: "b", attributes: ["w": .double(2.5)])],
        agreements: [Agreement(id: "e0", from: "a", to: "b", attributes: ["x": .integer(3)]),
                     Agreement(id: "e1", from: "b", to: "a", attributes: ["x": .double(0.5)])])

    func testEachValueKeepsItsTypeWhereTheFormatTypesValues() throws {
        let folder = try scratchFolder()
        for name in ["m.graphml", "m.json", "m.gml"] {
            let path = folder.appendingPathComponent(name).path
            try DatasetIO.write(Self.dataset, to: path)
            let back = try DatasetIO.read(path)
            XCTAssertEqual(back.nodes.map { $0.attributes["w"] }, [.integer(1), .double(2.5)], name)
            XCTAssertEqual(back.agreements.map { $0.attributes["x"] }, [.integer(3), .double(0.5)], name)
            XCTAssertFalse(FormatCapabilities.droppedFields(of: Self.dataset, in: try XCTUnwrap(GraphFormat.infer(fromPath: path)))
                .contains(FormatCapabilities.Field.wholeNumbersAmongDecimalAttributes.rawValue), name)
        }
    }

    func testWholeColumnsWriteDecimalsAndSaySo() throws {
        let folder = try scratchFolder()
        for name in ["m/", "m.gexf", "m.sqlite"] {
            let path = folder.appendingPathComponent(name).path
            try DatasetIO.write(Self.dataset, to: path)
            let back = try DatasetIO.read(path)
            XCTAssertEqual(back.nodes.map { $0.attributes["w"] }, [.double(1), .double(2.5)], name)
            XCTAssertEqual(back.agreements.map { $0.attributes["x"] }, [.double(3), .double(0.5)], name)
            let format = try XCTUnwrap(name == "m/" ? GraphFormat.native : GraphFormat.infer(fromPath: path))
            XCTAssertTrue(FormatCapabilities.droppedFields(of: Self.dataset, in: format)
                .contains(FormatCapabilities.Field.wholeNumbersAmongDecimalAttributes.rawValue), name)
        }
    }

    /// Text beside numbers is a real mixture: refused by formats with one type per key.
    func testTextBesideNumbersIsRefusedByTypedKeys() throws {
        var mixed = Self.dataset
        mixed.nodes[1].attributes["w"] = .string("heavy")
        let folder = try scratchFolder()
        for name in ["m.graphml", "m.gexf", "m.sqlite", "m/"] {
            XCTAssertThrowsError(try DatasetIO.write(mixed, to: folder.appendingPathComponent(name).path), name) { error in
                XCTAssertTrue("\(error)".contains("expected every value of attribute 'w' to have one type"), "\(error)")
            }
        }
    }
}
