import Foundation
import TestSupport
import XCTest
@testable import Graph

/// The SQLite database: exact round trips, atomic writes, clear errors, and a schema that
/// Python's sqlite3 module queries as it is.
final class SQLiteFormatTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws { folder = try scratchFolder("sqlite") }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func assertFieldByField(_ read: Dataset, _ dataset: Dataset, _ message: String,
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read.nodes.count, dataset.nodes.count, message, file: file, line: line)
        for (a, b) in zip(read.nodes, dataset.nodes) { XCTAssertEqual(a, b, message, file: file, line: line) }
        XCTAssertEqual(read.agreements.count, dataset.agreements.count, message, file: file, line: line)
        for (a, b) in zip(read.agreements, dataset.agreements) {
            XCTAssertEqual(a, b, message, file: file, line: line)
            XCTAssertEqual(a.weightValue, b.weightValue, "\(message): weight of \(b.id)", file: file, line: line)
        }
        XCTAssertEqual(read.sources, dataset.sources, message, file: file, line: line)
        XCTAssertEqual(read.metadata, dataset.metadata, message, file: file, line: line)
        XCTAssertEqual(read.readingFindings, [], message, file: file, line: line)
    }

    /// Generated datasets (mixed and uniform direction, parallel agreements, self-loops, every
    /// attribute type, unicode, partial dates), with end dates and integer weights added.
    func testRoundTripsGeneratedDatasetsFieldByField() throws {
        var generator = GeneratedRoundTripTests.Generator(state: 9009)
        for round in 0..<150 {
            var dataset = generator.dataset(directed: [nil, true, false][round % 3])
            for i in dataset.agreements.indices {
                if generator.chance(40) { dataset.agreements[i].endDate = generator.date() }
                switch round % 4 {
                case 1: dataset.agreements[i].weightValue = .integer(generator.pick([0, 7, -2, Int.max]))
                case 2 where generator.chance(50):  // integers beside doubles that are not whole
                    dataset.agreements[i].weightValue = .integer(generator.pick([1, 12]))
                case 2 where dataset.agreements[i].weightValue != nil:
                    dataset.agreements[i].weightValue = .double(generator.pick([0.5, 2e-9, -1.25]))
                default: break
                }
            }
            let file = path("round\(round).sqlite")
            try SQLiteFormat.write(dataset, to: file)
            let read = try SQLiteFormat.read(path: file)
            assertFieldByField(read, dataset, "round \(round)")
            if read != dataset { return }
        }
    }

    func testSampleDatasetRoundTripsThroughDatasetIO() throws {
        let dataset = SampleDatasets.full()
        for name in ["sample.sqlite", "sample.sqlite3", "sample.db"] {
            XCTAssertEqual(GraphFormat.infer(fromPath: name), .sqlite)
            try DatasetIO.write(dataset, to: path(name))
            assertFieldByField(try DatasetIO.read(path(name)), dataset, name)
        }
    }

    /// Keys that are SQL keywords, repeat a fixed column, differ only in case, or hold quotes.
    func testOddAttributeNamesGetTheirOwnColumns() throws {
        let attributes: Attributes = ["order": .integer(1), "id": .string("attr id"), "Population": .integer(5),
                                      "population": .integer(6), "say \"hi\"": .boolean(true), "": .double(0.5),
                                      "from_id": .string("not an endpoint"), "select": .string("x")]
        let dataset = Dataset(nodes: [Node(id: "a", attributes: attributes), Node(id: "b")],
                              agreements: [Agreement(id: "e1", from: "a", to: "b", attributes: attributes)])
        try SQLiteFormat.write(dataset, to: path("odd.db"))
        assertFieldByField(try SQLiteFormat.read(path: path("odd.db")), dataset, "odd names")
        let columns = SQLiteSchema.attributeColumns(dataset.nodeAttributeTypes, fixed: SQLiteSchema.actorColumns.map(\.name))
        XCTAssertEqual(columns.map(\.column), ["_2", "Population", "from_id", "id_2", "order", "population_2", "say \"hi\"", "select"])
    }

    /// With integer and double weights in one dataset the column has no declared type (BLOB
    /// affinity), so a whole double stays a double; integers alone or doubles alone keep their type.
    func testWeightColumnTypeFollowsTheWeights() throws {
        func agreements(_ weights: [AttributeValue]) -> Dataset {
            var dataset = Dataset(nodes: [Node(id: "a"), Node(id: "b")])
            for (i, weight) in weights.enumerated() {
                var agreement = Agreement(id: "e\(i)", from: "a", to: "b")
                agreement.weightValue = weight
                dataset.agreements.append(agreement)
            }
            return dataset
        }
        XCTAssertEqual(SQLiteSchema.weightType(of: agreements([.integer(2), .integer(3)]).agreements), "INTEGER")
        XCTAssertEqual(SQLiteSchema.weightType(of: agreements([.double(2), .double(3)]).agreements), "REAL")
        let mixed = agreements([.integer(2), .double(2.5), .double(3.0)])
        XCTAssertEqual(SQLiteSchema.weightType(of: mixed.agreements), "")
        try SQLiteFormat.write(mixed, to: path("mixed.db"))
        let read = try SQLiteFormat.read(path: path("mixed.db"))
        XCTAssertEqual(read.agreements.map(\.weightValue), [.integer(2), .double(2.5), .double(3)])
        let doubles = agreements([.double(2), .double(3)])
        try SQLiteFormat.write(doubles, to: path("doubles.db"))
        XCTAssertEqual(try SQLiteFormat.read(path: path("doubles.db")).agreements.map(\.weightValue), [.double(2), .double(3)])
    }

    func testNaNAttributeIsStoredAsText() throws {
        let dataset = Dataset(nodes: [Node(id: "a", attributes: ["score": .double(.nan)]), Node(id: "b", attributes: ["score": .double(1)])])
        try SQLiteFormat.write(dataset, to: path("nan.db"))
        let read = try SQLiteFormat.read(path: path("nan.db"))
        guard case .double(let value)? = read.nodes[0].attributes["score"] else { return XCTFail("\(read.nodes[0])") }
        XCTAssertTrue(value.isNaN)
        XCTAssertEqual(read.nodes[1].attributes["score"], .double(1))
    }

    /// A timing, not a test: runs when TWINNING_SQLITE_TIMING is set (1M agreements by default).
    func testTimingOfAMillionAgreements() throws {
        guard let setting = ProcessInfo.processInfo.environment["TWINNING_SQLITE_TIMING"] else {
            throw XCTSkip("set TWINNING_SQLITE_TIMING=<agreements> to time writing and reading")
        }
        let count = Int(setting) ?? 1_000_000
        let nodes = (0..<count / 10).map { Node(id: "n\($0)", type: .city, attributes: ["population": .integer($0)]) }
        var agreements: [Agreement] = []
        agreements.reserveCapacity(count)
        for i in 0..<count {
            var agreement = Agreement(id: "e\(i)", from: "n\(i % nodes.count)", to: "n\((i * 7 + 1) % nodes.count)",
                                      kind: .twinning, date: PartialDate(year: 1950 + i % 70, month: 1 + i % 12),
                                      directed: i % 3 == 0, attributes: ["budget": .double(Double(i) / 4)])
            agreement.weightValue = .integer(i % 5)
            agreements.append(agreement)
        }
        let dataset = Dataset(nodes: nodes, agreements: agreements)
        let file = path("million.sqlite")
        var start = Date()
        try SQLiteFormat.write(dataset, to: file)
        let written = Date().timeIntervalSince(start)
        start = Date()
        let read = try SQLiteFormat.read(path: file)
        let readTime = Date().timeIntervalSince(start)
        let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        print("sqlite timing: \(count) agreements: write \(written) s, read \(readTime) s, \(size / 1_000_000) MB")
        XCTAssertEqual(read.agreements.count, count)
        XCTAssertEqual(read.agreements.last, dataset.agreements.last)
    }

    // MARK: Atomic writes

    func testRepeatedIDIsRefusedAndLeavesTheOldFile() throws {
        let file = path("kept.sqlite")
        try SQLiteFormat.write(SampleDatasets.full(), to: file)
        var broken = SampleDatasets.full()
        broken.agreements[1].id = broken.agreements[0].id
        XCTAssertThrowsError(try SQLiteFormat.write(broken, to: file)) { error in
            XCTAssertEqual("\(error)", "\(file): error: cannot write: expected unique agreement ids (the primary key of the table), found 'e1' twice; `twinning validate` lists every problem")
        }
        XCTAssertEqual(try SQLiteFormat.read(path: file), SampleDatasets.full())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["kept.sqlite"])
    }

    /// The database is built completely, then the rename fails: no file is left behind.
    func testFailedWriteLeavesNoFile() throws {
        let target = path("a-folder.sqlite")
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        XCTAssertThrowsError(try SQLiteFormat.write(SampleDatasets.full(), to: target)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(target): error: cannot replace: "), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a-folder.sqlite"])
        XCTAssertThrowsError(try SQLiteFormat.write(SampleDatasets.full(), to: path("missing/out.db")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a-folder.sqlite"])
    }

    func testDanglingReferencesAreWrittenAsTheyAre() throws {
        let dataset = Dataset(nodes: [Node(id: "a", within: "nowhere")],
                              agreements: [Agreement(id: "e1", from: "a", to: "ghost", provenance: Provenance(source: "no-such-source"))])
        try SQLiteFormat.write(dataset, to: path("dangling.db"))
        assertFieldByField(try SQLiteFormat.read(path: path("dangling.db")), dataset, "dangling")
    }

    // MARK: Errors

    func testReadErrorsNameTheFile() throws {
        let text = path("text.db")
        try Data("id,label\na,A\n".utf8).write(to: URL(fileURLWithPath: text))
        XCTAssertThrowsError(try SQLiteFormat.read(path: text)) { error in
            XCTAssertEqual("\(error)", "\(text): error: expected an SQLite database, found: file is not a database")
        }
        XCTAssertThrowsError(try SQLiteFormat.read(path: path("absent.db"))) { error in
            XCTAssertEqual("\(error)", "\(path("absent.db")): error: no such file or directory")
        }
        XCTAssertThrowsError(try DatasetIO.parse([], file: "<stdin>", format: .sqlite)) { error in
            XCTAssertEqual("\(error)", "<stdin>: error: an SQLite database cannot be read from standard input; name its file")
        }
        XCTAssertThrowsError(try DatasetIO.write(SampleDatasets.full(), to: "-", format: .sqlite))
    }

    // MARK: Queried as it is (Python's sqlite3 module, as pandas uses it)

    func requirePython() throws {
        try Python.require("sqlite3")
    }

    /// The sample's `cn-sh` lies within `cn`, which is not an actor: `foreign_key_check` shows it.
    func testPythonJoinsAgreementsToActorsByKind() throws {
        try requirePython()
        let file = path("sample.sqlite")
        try SQLiteFormat.write(SampleDatasets.full(), to: file)
        let script = #"""
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1])
        for row in db.execute("""SELECT g.kind, f.label, t.label, g.date, g.directed, g.weight, typeof(g.weight)
                                 FROM agreements g JOIN actors f ON f.id = g.from_id JOIN actors t ON t.id = g.to_id
                                 WHERE g.kind IN ('twinning', 'cooperation', 'memorandum') ORDER BY g.kind"""):
            print(repr(row))
        print(db.execute("SELECT count(*) FROM agreements g JOIN sources s ON s.id = g.source").fetchone())
        print(db.execute('SELECT population, area, capital, "population density" FROM actors WHERE id = ?', ("minsk",)).fetchone())
        print(sorted(r[1] for r in db.execute("PRAGMA index_list(agreements)") if not r[1].startswith("sqlite_")))
        print(sorted((r[2], r[3], r[4]) for r in db.execute("PRAGMA foreign_key_list(agreements)")))
        print(db.execute("SELECT type FROM twinning_columns WHERE table_name = 'actors' AND column_name = 'capital'").fetchone())
        print(db.execute("SELECT version FROM twinning_schema").fetchone())
        print(db.execute("SELECT value, type FROM metadata WHERE key = 'version'").fetchone())
        print(db.execute("PRAGMA foreign_key_check").fetchall())
        """#
        let output = try Python.output(script, arguments: [file])
        XCTAssertEqual(output, """
        ('cooperation', 'Минск', '上海', '2017-03', 1, None, 'null')
        ('memorandum', 'Минск', 'Минск', '2019-05-14', 0, 3.0, 'real')
        ('twinning', 'Минск', '上海', '1992', 0, 1.5, 'real')
        (1,)
        (1996553, 409.5, 1, 4876.25)
        ['agreements_date', 'agreements_from_id', 'agreements_kind', 'agreements_to_id']
        [('actors', 'from_id', 'id'), ('actors', 'to_id', 'id'), ('sources', 'source', 'id')]
        ('bool',)
        (1,)
        ('3', 'int')
        [('actors', 3, 'actors', 0)]

        """)
    }

    func testDatabaseWithoutOurTablesIsAClearError() throws {
        try requirePython()
        let file = path("other.db")
        _ = try Python.output("""
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1])
        db.execute("CREATE TABLE actors (id TEXT)")
        db.execute("CREATE TABLE people (name TEXT)")
        db.commit()
        """, arguments: [file])
        XCTAssertThrowsError(try SQLiteFormat.read(path: file)) { error in
            XCTAssertEqual("\(error)", "\(file): error: expected a Twinning database with tables actors, agreements, sources and metadata, found no table 'agreements' (tables: actors, people)")
        }
    }

    /// A database made by hand, without `twinning_columns`: declared types type the attributes.
    func testHandMadeDatabaseIsTypedByDeclaredTypes() throws {
        try requirePython()
        let file = path("hand.db")
        _ = try Python.output("""
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1])
        db.execute("CREATE TABLE actors (id TEXT PRIMARY KEY, label TEXT, big BOOLEAN, pop INTEGER, area DOUBLE, anything)")
        db.execute("CREATE TABLE agreements (from_id TEXT, to_id TEXT, kind TEXT, date TEXT, directed INTEGER, weight)")
        db.execute("INSERT INTO actors VALUES ('a', 'A', 1, 5, 2, 'x'), ('b', NULL, 0, NULL, 2.5, 7)")
        db.execute("INSERT INTO agreements VALUES ('a', 'b', 'Twinning', '2009-03', 1, 4), ('b', 'a', NULL, '2009-13', 7, 'heavy')")
        db.commit()
        """, arguments: [file])
        let read = try SQLiteFormat.read(path: file)
        XCTAssertEqual(read.nodes, [
            Node(id: "a", label: "A", attributes: ["big": .boolean(true), "pop": .integer(5), "area": .double(2), "anything": .string("x")]),
            Node(id: "b", attributes: ["big": .boolean(false), "area": .double(2.5), "anything": .integer(7)]),
        ])
        var first = Agreement(id: "e1", from: "a", to: "b", kind: .twinning, date: PartialDate("2009-03"), directed: true)
        first.weightValue = .integer(4)
        XCTAssertEqual(read.agreements, [first, Agreement(id: "e2", from: "b", to: "a")])
        XCTAssertEqual(read.readingFindings.map(\.description), [
            "\(file):2 (agreements: date): error: expected date as YYYY, YYYY-MM or YYYY-MM-DD, found '2009-13'",
            "\(file):2 (agreements: directed): error: expected directed as true or false, found '7'",
            "\(file):2 (agreements: weight): error: expected weight as a finite number, found 'heavy'",
        ])
    }
}
