import Foundation
import TestSupport
import XCTest

/// `--dedupe` and `--to gephi`/`--from gephi` through the command line.
final class EdgeListCommandTests: XCTestCase {
    func testDedupeFlagMergesReciprocalDuplicates() throws {
        let input = "a\tb\nb\ta\nb\tc\n"
        let warned = try Twinning.run(["convert", "-", "--from", "tsv", "-o", "-", "--to", "csv"], stdin: input)
        XCTAssertEqual(warned.status, 0, warned.stderr)
        XCTAssertEqual(warned.stdout, "from,to\na,b\nb,a\nb,c\n")
        XCTAssertTrue(warned.stderr.contains("<stdin>:2: warning: 1 agreement repeats an earlier undirected one in the other direction"), warned.stderr)
        let merged = try Twinning.run(["convert", "-", "--from", "tsv", "-o", "-", "--to", "csv", "--dedupe"], stdin: input)
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(merged.stdout, "from,to,id\na,b,e0\nb,c,e2\n")
        XCTAssertTrue(merged.stderr.contains("<stdin>:2: warning: merged 1 agreement that repeats"), merged.stderr)
    }

    func testGephiTablesWrittenAndReadBack() throws {
        let folder = try scratchFolder("cli")
        let edges = folder.appendingPathComponent("net-edges.csv").path
        let input = "a b {'kind': 'twinning', 'directed': True, 'weight': 2}\nb c {'label': 'x'}\n"
        let written = try Twinning.run(["convert", "-", "--from", "edgelist", "-o", edges, "--to", "gephi"], stdin: input)
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(try String(contentsOfFile: edges, encoding: .utf8),
                       "Source,Target,Type,Id,Label,Weight,kind\na,b,Directed,e0,,2,twinning\nb,c,Undirected,e1,x,,\n")
        XCTAssertEqual(try String(contentsOfFile: folder.appendingPathComponent("net-nodes.csv").path, encoding: .utf8),
                       "Id,Label\na,a\nb,b\nc,c\n")
        let back = try Twinning.run(["convert", edges, "--from", "gephi", "-o", "-", "--to", "edgelist"])
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(back.stdout, "a b {'kind': 'twinning', 'directed': True, 'weight': 2}\nb c {'directed': False, 'label': 'x'}\n")
    }

    func testEdgelistRefusesAnIDWithASpace() throws {
        let result = try Twinning.run(["convert", "-", "--from", "tsv", "-o", "-", "--to", "edgelist"], stdin: "São Paulo\tb\n")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("expected node ids without whitespace or '#' in networkx's edge list format, found 'São Paulo'; write .csv or .tsv instead"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }
}
