import Foundation
import XCTest

/// networkx reads what `twinning convert` writes, and twinning reads what networkx writes.
final class NetworkxInteropTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try Twinning.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    /// A dataset with parallel agreements, typed attributes and awkward text.
    private func writeSample() throws -> String {
        let folder = work.appendingPathComponent("net")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id,label,type,country,population:int,area:double,capital:bool\nminsk,\"Minsk, \"\"capital\"\"\",city,Belarus,2000000,409.5,true\nharbin,哈尔滨,city,China,10000000,,false\ngomel,Гомель,city,Belarus,,,\n"
            .write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try "id,from,to,kind,date,status,quote,amount:double\na1,minsk,harbin,twinning,1992,signed,\"« jumelage »\",\na2,minsk,harbin,roadmap,2017-03,signed,,1.5e6\na3,gomel,harbin,memorandum,2019-05-14,planned,\"two\nlines\",\n"
            .write(to: folder.appendingPathComponent("agreements.csv"), atomically: true, encoding: .utf8)
        return folder.path
    }

    func testNetworkxReadsOurNodeLinkJSON() throws {
        let output = work.appendingPathComponent("net.json").path
        XCTAssertEqual(try Twinning.run(["convert", try writeSample(), "-o", output]).status, 0)
        let script = """
        import json, sys, networkx as nx
        G = nx.node_link_graph(json.load(open(sys.argv[1])), edges="edges")
        attrs = sorted({k for _, d in G.nodes(data=True) for k in d})
        print(G.number_of_nodes(), G.number_of_edges(), G.is_multigraph(), ",".join(attrs), G.nodes["harbin"]["label"], G.nodes["minsk"]["population"])
        """
        guard let result = try Twinning.python(script, arguments: [output]) else { throw XCTSkip("python3 with networkx is not installed") }
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "3 3 True area,capital,country,label,population,type 哈尔滨 2000000\n")
    }

    func testWeReadNetworkxNodeLinkJSON() throws {
        let output = work.appendingPathComponent("nx.json").path
        let script = """
        import json, sys, networkx as nx
        G = nx.karate_club_graph()
        G.add_edge(0, 1, weight=9.5, note="parallel")
        M = nx.MultiGraph(G); M.add_edge(0, 1, weight=1.0)
        json.dump(nx.node_link_data(M, edges="edges"), open(sys.argv[1], "w"))
        print(M.number_of_nodes(), M.number_of_edges())
        """
        guard let made = try Twinning.python(script, arguments: [output]) else { throw XCTSkip("python3 with networkx is not installed") }
        XCTAssertEqual(made.status, 0, made.stderr)
        let result = try Twinning.run(["stats", output, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let counts = made.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(json["nodes"] as? Int, counts[0])
        XCTAssertEqual(json["agreements"] as? Int, counts[1])
        XCTAssertEqual(json["edges"] as? Int, 78)
    }
}
