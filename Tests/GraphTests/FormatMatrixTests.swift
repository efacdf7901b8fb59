import Foundation
import TestSupport
import XCTest
@testable import Graph
import GraphvizBridge

/// The format matrix of issue 9: datasets with every feature (FeatureDatasets) go through every
/// writable format and back through Twinning, and are compared field by field with what this
/// table says each format must keep. A field a format is documented to drop is not compared,
/// but it must be announced: `FormatCapabilities.droppedFields` names exactly the row's drops.
///
/// One row per format: a format that joins is one more row. The format comes from the file
/// name's extension, so a row compiles before its format exists (it then fails, saying so).
final class FormatMatrixTests: XCTestCase {
    /// These tests read DOT, which Graph does through the Graphviz bridge.
    override class func setUp() {
        super.setUp()
        Graphviz.register()
    }

    struct Row {
        /// The path written, inside a scratch folder; a trailing `/` is a dataset folder.
        let path: String
        /// Fields this format does not carry (by design, and so announced).
        let drops: Set<Aspect>

        init(_ path: String, drops: Set<Aspect> = []) {
            self.path = path
            self.drops = drops
        }
    }

    /// Edge tables keep every agreement field (typed columns) but no node list.
    static let edgeListDrops: Set<Aspect> = [
        .isolatedNodes, .nodeLabel, .nodeType, .nodeCountry, .nodeWithin, .nodeAliases, .nodeAttributes, .positions,
        .sources, .metadata,
    ]
    /// CSV and TSV also type each column as a whole (as pandas does): a column mixing whole and
    /// decimal numbers comes back as doubles.
    static let edgeTableDrops = edgeListDrops.union([.wholeNumbersAmongDecimals])

    static let rows: [Row] = [
        Row("folder/"),
        Row("matrix.graphml"),
        Row("matrix.json"),
        Row("matrix.gexf"),
        Row("matrix.csv", drops: edgeTableDrops),
        Row("matrix.tsv", drops: edgeTableDrops),
        Row("matrix.edgelist", drops: edgeListDrops),
        Row("matrix.dot", drops: [.attributeTypes, .sources]),
        // gzip carries what the inner format carries.
        Row("matrix.graphml.gz"),
        Row("matrix.csv.gz", drops: edgeTableDrops),
        Row("matrix.json.gz"),
        Row("matrix.gexf.gz"),
        Row("matrix.gml"),
        Row("matrix.gml.gz"),
        Row("matrix.net", drops: pajekDrops),
        Row("matrix.sqlite"),
        Row("matrix.db"),
    ]

    /// Pajek keeps the node ids, positions, direction, parallel agreements and weights.
    static let pajekDrops: Set<Aspect> = [
        .nodeLabel, .nodeType, .nodeCountry, .nodeWithin, .nodeAliases, .nodeAttributes, .agreementID, .kind, .date,
        .endDate, .status, .provenance, .agreementAttributes, .sources, .metadata,
    ]

    var scratch: URL!

    override func setUpWithError() throws { scratch = try scratchFolder("matrix") }

    /// Writes `dataset` as `row` says and reads it back; the differences, worded and grouped
    /// by field (a few examples of each, then how many more).
    func roundTrip(_ dataset: Dataset, _ row: Row, _ name: String) -> [String] {
        let label = "\(row.path) (\(name))"
        let path = scratch.appendingPathComponent(name + "-" + row.path).path
        let read: Dataset
        do {
            try DatasetIO.write(dataset, to: path)
            read = try DatasetIO.read(path)
        } catch {
            return ["\(label): \(error)"]
        }
        var comparison = FieldComparison(label: label, dropped: row.drops)
        comparison.compare(dataset, read)
        return comparison.summary()
    }

    func assertMatrix(_ direction: FeatureDatasets.Direction, file: StaticString = #filePath, line: UInt = #line) {
        let dataset = FeatureDatasets.make(direction)
        for row in Self.rows {
            for problem in roundTrip(dataset, row, direction.rawValue) { XCTFail(problem, file: file, line: line) }
        }
    }

    func testMixedDirectionThroughEveryFormat() { assertMatrix(.mixed) }

    func testAllDirectedThroughEveryFormat() { assertMatrix(.directed) }

    func testAllUndirectedThroughEveryFormat() { assertMatrix(.undirected) }

    /// What a format drops, the command announces: the capability table names exactly the
    /// fields each row documents as dropped, for a dataset that uses every field.
    func testEveryFormatAnnouncesExactlyWhatItDrops() throws {
        let dataset = FeatureDatasets.make(.mixed)
        for row in Self.rows {
            guard let format = GraphFormat.infer(fromPath: scratch.appendingPathComponent(row.path).path) else {
                XCTFail("\(row.path): no GraphFormat for this extension")
                continue
            }
            let announced = FormatCapabilities.droppedFields(of: dataset, in: format)
            XCTAssertEqual(Set(announced), Set(row.drops.map(\.rawValue)), row.path)
            XCTAssertEqual(announced.count, Set(announced).count, "\(row.path): a field is named twice")
        }
        // A dataset without the dropped fields has nothing to announce.
        var plain = FeatureDatasets.make(.undirected)
        plain.nodes = []
        plain.addMissingEndpoints()
        plain.sources = []
        plain.metadata = [:]
        for i in plain.agreements.indices {  // weights all decimal: no whole number among them
            if case .integer(let w)? = plain.agreements[i].weightValue { plain.agreements[i].weightValue = .double(Double(w) + 0.5) }
        }
        for format: GraphFormat in [.native, .graphml, .gexf, .json, .csv, .tsv, .edgelist] {
            XCTAssertEqual(FormatCapabilities.droppedFields(of: plain, in: format), [], format.rawValue)
        }
        XCTAssertEqual(FormatCapabilities.droppedFields(of: plain, in: .dot), ["attribute types"])
    }

    /// The generated datasets really hold every feature the matrix claims to test.
    func testFeatureDatasetsUseEveryFeature() {
        let mixed = FeatureDatasets.make(.mixed)
        XCTAssertEqual(FormatCapabilities.fieldsUsed(by: mixed).map(\.rawValue), Aspect.allCases.map(\.rawValue))
        let agreements = mixed.agreements
        XCTAssertTrue(agreements.contains { $0.directed } && agreements.contains { !$0.directed })
        XCTAssertTrue(agreements.contains { $0.isSelfLoop && $0.directed } && agreements.contains { $0.isSelfLoop && !$0.directed })
        XCTAssertEqual(Set(agreements.compactMap(\.date?.precision)), [.year, .month, .day])
        XCTAssertEqual(Set(agreements.compactMap(\.endDate?.precision)), [.year, .month, .day])
        XCTAssertTrue(agreements.contains { $0.kind.map { !$0.isKnown } ?? false })
        XCTAssertTrue(agreements.contains { $0.status.map { !$0.isKnown } ?? false })
        XCTAssertTrue(mixed.nodes.contains { $0.type.map { !$0.isKnown } ?? false })
        let weights = agreements.compactMap(\.weightValue)
        XCTAssertTrue(weights.contains { $0.type == .integer } && weights.contains { $0.type == .double })
        let values = mixed.nodes.flatMap(\.attributes.values) + agreements.flatMap(\.attributes.values)
        XCTAssertEqual(Set(values.map(\.type)), Set(AttributeType.allCases))
        for needed: AttributeValue in [.integer(Int.max), .integer(Int.min), .integer(9_007_199_254_740_993), .double(1e-7), .double(3.0)] {
            XCTAssertTrue(values.contains(needed), "\(needed)")
        }
        let text = (mixed.nodes.map(\.label) + values.map(\.description)).joined()
        for needed in ["Минск", "哈尔滨", "القاهرة", "שלום", ",", "\"", "'", "\n", "\t"] {
            XCTAssertTrue(text.contains(needed), "no \(String(reflecting: needed)) in the generated text")
        }
        XCTAssertFalse(FeatureDatasets.make(.directed).agreements.contains { !$0.directed })
        XCTAssertFalse(FeatureDatasets.make(.undirected).agreements.contains(where: \.directed))
    }

    /// The comparison itself can fail: a changed field is named with its format, record and field.
    func testComparisonNamesFormatRecordAndField() {
        let dataset = FeatureDatasets.make(.mixed)
        var changed = dataset
        changed.agreements[1].from = dataset.agreements[1].to
        changed.agreements[1].to = dataset.agreements[1].from
        changed.agreements[0].weightValue = .double(3)
        changed.nodes[1].attributes["population"] = .string("1")
        changed.agreements[2].date = PartialDate("2019-05")
        var comparison = FieldComparison(label: "test.graphml", dropped: [])
        comparison.compare(dataset, changed)
        XCTAssertEqual(comparison.problems, [
            "test.graphml: node 'гомель' field population: expected int \"1\", found string \"1\"",
            "test.graphml: agreement 'a1' field weight: expected int \"3\", found double \"3.0\"",
            "test.graphml: agreement 'a2' field from: expected \"minsk\", found \"哈尔滨\"",
            "test.graphml: agreement 'a2' field to: expected \"哈尔滨\", found \"minsk\"",
            "test.graphml: agreement 'a3' field date: expected 2019-05-14 (day), found 2019-05 (month)",
        ])
        var untyped = FieldComparison(label: "test.dot", dropped: [.attributeTypes, .sources])
        var asText = dataset
        asText.nodes[1].attributes["population"] = .string("1")
        asText.sources = []
        untyped.compare(dataset, asText)
        XCTAssertEqual(untyped.problems, [])
    }
}
