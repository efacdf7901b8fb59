import Foundation
import TestSupport
import XCTest

/// networkx reads what `twinning convert` writes, and twinning reads what networkx writes.
final class NetworkxInteropTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws { work = try scratchFolder("cli") }

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
        let result = try Python.run(script, arguments: [output], requiring: ["networkx"])
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
        let made = try Python.run(script, arguments: [output], requiring: ["networkx"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let result = try Twinning.run(["stats", output, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let counts = made.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(json["nodes"] as? Int, counts[0])
        XCTAssertEqual(json["agreements"] as? Int, counts[1])
        XCTAssertEqual(json["edges"] as? Int, 78)
    }

    func testNetworkxReadsOurGraphMLAndGEXF() throws {
        let sample = try writeSample()
        for (ext, reader) in [("graphml", "nx.read_graphml(sys.argv[1])"), ("gexf", "nx.read_gexf(sys.argv[1])")] {
            let output = work.appendingPathComponent("net.\(ext)").path
            let converted = try Twinning.run(["convert", sample, "-o", output])
            XCTAssertEqual(converted.status, 0, converted.stderr)
            let script = """
            import sys, networkx as nx
            G = \(reader)
            attrs = sorted({k for _, d in G.nodes(data=True) for k in d} - {"label"})
            edge_attrs = sorted({k for _, _, d in G.edges(data=True) for k in d} & {"kind", "date", "status", "quote", "amount"})
            print(G.number_of_nodes(), G.number_of_edges(), ",".join(attrs), ",".join(edge_attrs), G.nodes["harbin"].get("label"))
            """
            let result = try Python.run(script, arguments: [output], requiring: ["networkx"])
            XCTAssertEqual(result.status, 0, "\(ext): \(result.stderr)")
            XCTAssertEqual(result.stdout, "3 3 area,capital,country,population,type amount,date,kind,quote,status 哈尔滨\n", ext)
        }
    }

    func testWeConvertNetworkxGraphMLAndGEXF() throws {
        let graphml = work.appendingPathComponent("nx.graphml").path, gexf = work.appendingPathComponent("nx.gexf").path
        let script = """
        import sys, networkx as nx
        G = nx.les_miserables_graph()
        nx.set_node_attributes(G, {n: len(n) for n in G}, "name_length")
        M = nx.MultiGraph(G); M.add_edge("Valjean", "Javert", weight=99.0)
        nx.write_graphml(M, sys.argv[1]); nx.write_gexf(G, sys.argv[2])
        print(M.number_of_nodes(), M.number_of_edges(), G.number_of_edges())
        """
        let made = try Python.run(script, arguments: [graphml, gexf], requiring: ["networkx"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let counts = made.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        for (path, agreements) in [(graphml, counts[1]), (gexf, counts[2])] {
            let folder = path.replacingOccurrences(of: ".", with: "-") + "-dataset/"
            let result = try Twinning.run(["convert", path, "-o", folder])
            XCTAssertEqual(result.status, 0, result.stderr)
            let stats = try Twinning.run(["stats", folder, "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as! [String: Any]
            XCTAssertEqual(json["nodes"] as? Int, counts[0], path)
            XCTAssertEqual(json["agreements"] as? Int, agreements, path)
            XCTAssertEqual(json["edges"] as? Int, 254, path)
            let nodes = try String(contentsOfFile: folder + "/nodes.csv", encoding: .utf8)
            XCTAssertTrue(nodes.hasPrefix("id,label,type,country,within,aliases,name_length:int\n"), String(nodes.prefix(120)))
            let agreementsCSV = try String(contentsOfFile: folder + "/agreements.csv", encoding: .utf8)
            // Only the multigraph (GraphML) has the parallel Valjean–Javert agreement of weight 99.
            XCTAssertEqual(agreementsCSV.contains(",99.0,"), path == graphml, path)
        }
    }
}
