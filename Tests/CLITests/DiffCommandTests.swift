import Foundation
import Graph
import TestSupport
import XCTest

/// `twinning diff`: the bundled dataset against itself is empty in every format; a planted
/// version lists exactly the planted changes; `--as-of 2015 --versus 2024` is the diff of the
/// two as-of datasets and adds exactly the agreements dated 2016–2024 (counted from
/// agreements.csv here); the errors name the problem.
final class DiffCommandTests: XCTestCase {
    let bundled = "graphs/belarus-asia"
    var work: URL!

    override func setUpWithError() throws {
        work = try scratchFolder("diff")
    }

    func testTheBundledDatasetAgainstItselfIsEmpty() throws {
        let text = try Twinning.run(["diff", bundled, bundled, "--quiet"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("no differences"), text.stdout)
        XCTAssertTrue(text.stdout.contains("0 of the 603 actors in both moved"), text.stdout)
        XCTAssertTrue(text.stdout.contains("0 split, 0 merged"), text.stdout)
        let json = try Twinning.run(["diff", bundled, bundled, "--format", "json", "--quiet"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["empty"] as? Bool, true)
        let csv = try Twinning.run(["diff", bundled, bundled, "--format", "csv", "--quiet"])
        XCTAssertEqual(csv.stdout, "change,record,id,new_id,from,to,field,old,new\n")
    }

    /// The planted version: one actor added, one agreement removed, one label and one kind
    /// changed, written as a dataset folder.
    func testAPlantedVersionListsExactlyThePlantedChanges() throws {
        var dataset = try NativeFolder.read(folder: Repository.path(bundled))
        let removed = dataset.agreements.remove(at: 5)
        dataset.nodes.append(Node(id: "planted", label: "Planted", type: .firm, country: "Belarus"))
        let relabelled = dataset.nodes[7].id
        dataset.nodes[7].label = "Relabelled"
        let rekinded = dataset.agreements[30]
        dataset.agreements[30].kind = rekinded.kind == .other ? .twinning : .other
        let folder = work.appendingPathComponent("planted").path
        try NativeFolder.write(dataset, to: folder)

        let csv = try Twinning.run(["diff", bundled, folder, "--format", "csv", "-o", work.appendingPathComponent("changes.csv").path])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stderr.contains("agreements: 0 added, 1 removed, 1 changed, 907 unchanged"), csv.stderr)
        let table = CSVTable(try String(contentsOf: work.appendingPathComponent("changes.csv"), encoding: .utf8))
        let structural = table.records.filter { ["added", "removed", "changed"].contains($0["change"]) }
            .map { [$0["change"]!, $0["record"]!, $0["id"]!, $0["field"]!] }
        XCTAssertEqual(structural, [
            ["added", "actor", "planted", ""],
            ["changed", "actor", relabelled, "label"],
            ["removed", "agreement", removed.id, ""],
            ["changed", "agreement", rekinded.id, "kind"],
        ])
        // The measures moved (an agreement fewer): degree rows say so, with old and new values.
        XCTAssertTrue(table.records.contains { $0["change"] == "moved" && $0["field"] == "degree" && $0["id"] == removed.from })
    }

    /// The years form is the diff of the two as-of networks (written by convert --as-of), and
    /// the agreements added are those dated 2016 to 2024 (the file has no end dates).
    func testYearsFormIsTheDiffOfTheTwoAsOfNetworks() throws {
        let years = try Twinning.run(["diff", bundled, "--as-of", "2015", "--versus", "2024", "--no-measures", "--format", "csv", "--quiet"])
        XCTAssertEqual(years.status, 0, years.stderr)
        var folders: [String] = []
        for year in ["2015", "2024"] {
            let folder = work.appendingPathComponent("as-of-\(year)").path
            let convert = try Twinning.run(["convert", bundled, "--as-of", year, "-o", folder, "--quiet"])
            XCTAssertEqual(convert.status, 0, convert.stderr)
            folders.append(folder)
        }
        let files = try Twinning.run(["diff", folders[0], folders[1], "--no-measures", "--format", "csv", "--quiet"])
        XCTAssertEqual(files.status, 0, files.stderr)
        XCTAssertEqual(years.stdout, files.stdout)

        let agreements = CSVTable(try String(contentsOfFile: Repository.path("\(bundled)/agreements.csv"), encoding: .utf8))
        XCTAssertFalse(agreements.header.contains("end_date") || agreements.header.contains("ended"))
        let expected = Set(agreements.records.filter { record in
            guard let year = Int(record["date"]!.prefix(4)) else { return false }
            return year > 2015 && year <= 2024
        }.map { $0["id"]! })
        let rows = CSVTable(years.stdout).records
        XCTAssertEqual(Set(rows.filter { $0["change"] == "added" && $0["record"] == "agreement" }.map { $0["id"]! }), expected)
        XCTAssertGreaterThan(expected.count, 100)
        XCTAssertEqual(rows.filter { $0["change"] != "added" }.count, 0, "nothing in force in 2015 is gone by 2024")
    }

    func testErrorsNameTheProblem() throws {
        let missing = try Twinning.run(["diff", bundled, "no/such/folder"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no/such/folder"), missing.stderr)

        let both = try Twinning.run(["diff", bundled, bundled, "--as-of", "2015", "--versus", "2024"])
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stderr.contains("not both"), both.stderr)

        let one = try Twinning.run(["diff", bundled])
        XCTAssertEqual(one.status, 2)
        XCTAssertTrue(one.stderr.contains("needs a second input"), one.stderr)

        let versusAlone = try Twinning.run(["diff", bundled, "--versus", "2024"])
        XCTAssertEqual(versusAlone.status, 2)
        XCTAssertTrue(versusAlone.stderr.contains("give --as-of too"), versusAlone.stderr)

        let badYear = try Twinning.run(["diff", bundled, "--as-of", "2015", "--versus", "0"])
        XCTAssertEqual(badYear.status, 2)
        XCTAssertTrue(badYear.stderr.contains("--versus expects a year from 1 to 9999, found 0"), badYear.stderr)

        let notAYear = try Twinning.run(["diff", bundled, "--as-of", "2015", "--versus", "twenty"])
        XCTAssertEqual(notAYear.status, 2)
        XCTAssertTrue(notAYear.stderr.contains("twenty"), notAYear.stderr)

        let overwrite = try Twinning.run(["diff", bundled, "\(bundled)/agreements.csv", "-o", "\(bundled)/agreements.csv"])
        XCTAssertEqual(overwrite.status, 2, overwrite.stderr)
    }
}

/// `twinning report --compare-years Y1,Y2`: the "What changed" section in the HTML, and the
/// option's errors.
final class ReportChangesCommandTests: XCTestCase {
    func testTheReportHasTheSection() throws {
        let work = try scratchFolder("report-changes")
        let html = work.appendingPathComponent("report.html").path
        let run = try Twinning.run(["report", "graphs/belarus-asia", "--compare-years", "2015,2024", "-o", html, "--quiet"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        XCTAssertTrue(page.contains("<section id=\"changes\">"))
        XCTAssertTrue(page.contains("What changed 2015–2024"))
        XCTAssertTrue(page.contains("Agreements in force by 2024, not by 2015"))
    }

    func testErrors() throws {
        for (arguments, message) in [(["--compare-years", "2015"], "--compare-years expects two years"),
                                     (["--compare-years", "2015,0"], "found '2015,0'"),
                                     (["--compare-years", "2015,2024", "--as-of", "2020"], "cannot be combined with --as-of")] {
            let run = try Twinning.run(["report", "graphs/belarus-asia", "-o", "/tmp/never.html"] + arguments)
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertTrue(run.stderr.contains(message), run.stderr)
        }
    }
}
