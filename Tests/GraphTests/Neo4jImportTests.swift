import Foundation
import TestSupport
import XCTest
@testable import Graph

/// Neo4j bulk-import CSVs: headers and rows exactly as `neo4j-admin database import full`
/// reads them.
final class Neo4jImportTests: XCTestCase {
    static func dataset() -> Dataset {
        var agreements = [
            Agreement(id: "e1", from: "minsk", to: "cn-sh", kind: .twinning, date: PartialDate("1992"),
                      endDate: PartialDate("2020-06"), status: .signed, weight: 1.5,
                      provenance: Provenance(source: "s1", locator: "p. 12", quote: "said \"yes\",\nthen signed"),
                      attributes: ["budget": .integer(1000), "active": .boolean(true)]),
            Agreement(id: "e2", from: "by", to: "minsk", kind: .universityAgreement, directed: true,
                      attributes: ["budget": .integer(-5), "note": .string("")]),
            Agreement(id: "e3", from: "minsk", to: "cn-sh", date: PartialDate("2019-05-14")),
        ]
        agreements[2].weightValue = .integer(2)
        return Dataset(
            nodes: [
                Node(id: "minsk", label: "Минск", type: .city, country: "BY", within: "by", aliases: ["Minsk", "Mińsk"],
                     attributes: ["population": .integer(1_996_553), "area": .double(409.5), "capital": .boolean(true),
                                  "label": .string("attribute named label"), "ratio:x": .double(.infinity)]),
                Node(id: "by", label: "Belarus, \"BY\"", type: .country, country: ""),
                Node(id: "cn-sh", label: "上海", type: .researchInstitute, within: "cn"),
            ],
            agreements: agreements,
            sources: [SourceRecord(id: "s1", title: "Книга", year: 2001, attributes: ["pages": .integer(320)])],
            metadata: ["title": .string("dropped")])
    }

    func file(_ name: String, _ dataset: Dataset = dataset()) -> String {
        Neo4jImport.files(of: dataset).first { $0.name == name }!.content
    }

    func testActorsHaveIDLabelsAndTypedProperties() {
        XCTAssertEqual(file("actors.csv"), """
        id:ID(Actor),:LABEL,label,type,country,within,aliases:string[],area:double,capital:boolean,label_2:string,population:long,ratio_x:double
        minsk,Actor;City,Минск,city,BY,by,Minsk;Mińsk,409.5,true,attribute named label,1996553,Infinity
        by,Actor;Country,"Belarus, ""BY\""",country,"",,,,,,,
        cn-sh,Actor;ResearchInstitute,上海,research_institute,,cn,,,,,,

        """)
    }

    /// Mixed integer and double weights: `weight:double`, the integer written as 2.0.
    func testAgreementsAreRelationshipsTypedByKind() {
        XCTAssertEqual(file("agreements.csv"), """
        :START_ID(Actor),:END_ID(Actor),:TYPE,id,kind,date,end_date,status,directed:boolean,weight:double,source,locator,quote,url,active:boolean,budget:long,note:string
        minsk,cn-sh,TWINNING,e1,twinning,1992,2020-06,signed,false,1.5,s1,p. 12,"said ""yes"",
        then signed",,true,1000,
        by,minsk,UNIVERSITY_AGREEMENT,e2,university_agreement,,,,true,,,,,,,-5,""
        minsk,cn-sh,AGREEMENT,e3,,2019-05-14,,,false,2.0,,,,,,,

        """)
    }

    func testIntegerWeightsAreLongs() {
        var dataset = Self.dataset()
        dataset.agreements[0].weightValue = .integer(7)
        XCTAssertTrue(file("agreements.csv", dataset).hasPrefix(
            ":START_ID(Actor),:END_ID(Actor),:TYPE,id,kind,date,end_date,status,directed:boolean,weight:long,"))
        XCTAssertTrue(file("agreements.csv", dataset).contains("\nminsk,cn-sh,AGREEMENT,e3,,2019-05-14,,,false,2,"))
    }

    /// `cn` is no actor: no WITHIN relationship points at it (its `within` property stays).
    func testWithinAndSources() {
        XCTAssertEqual(file("within.csv"), """
        :START_ID(Actor),:END_ID(Actor),:TYPE
        minsk,by,WITHIN

        """)
        XCTAssertEqual(file("sources.csv"), """
        id:ID(Source),:LABEL,title,author,year:long,publisher,identifier,pages:long
        s1,Source,Книга,,2001,,,320

        """)
    }

    func testFolderHoldsTheFilesAndTheCommand() throws {
        let folder = try scratchFolder("neo4j").appendingPathComponent("import")
        try DatasetIO.write(Self.dataset(), to: folder.path, format: .neo4j)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       ["README.md", "actors.csv", "agreements.csv", "sources.csv", "within.csv"])
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("""
        neo4j-admin database import full --nodes=actors.csv --nodes=sources.csv \\
          --relationships=agreements.csv --relationships=within.csv \\
          --multiline-fields=true --array-delimiter=";" neo4j
        """), readme)
        XCTAssertThrowsError(try DatasetIO.read(folder.path, format: .neo4j)) { error in
            XCTAssertEqual("\(error)", "\(folder.path): error: Neo4j import CSVs are write only; read the dataset from another format")
        }
        XCTAssertThrowsError(try DatasetIO.write(Self.dataset(), to: "-", format: .neo4j)) { error in
            XCTAssertEqual("\(error)", "-: error: Neo4j import CSVs cannot be written to standard output; name a folder with -o")
        }
    }

    func testNames() {
        XCTAssertEqual(Neo4jImport.relationshipType(AgreementKind(rawValue: "joint-venture x")), "JOINT_VENTURE_X")
        XCTAssertEqual(Neo4jImport.relationshipType(nil), "AGREEMENT")
        XCTAssertEqual(Neo4jImport.pascalCase("government_body"), "GovernmentBody")
        XCTAssertEqual(Neo4jImport.javaDouble(-.infinity), "-Infinity")
        XCTAssertEqual(Neo4jImport.javaDouble(.nan), "NaN")
        XCTAssertEqual(Neo4jImport.javaDouble(1e-7), "1e-07")
    }
}
