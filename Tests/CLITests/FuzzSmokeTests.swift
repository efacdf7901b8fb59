import Foundation
import TestSupport
import XCTest

/// Builds the libFuzzer harnesses of `Fuzz/` with `scripts/fuzz.sh` and replays every
/// harness's seed corpus once under the address sanitizer (`--replay`: the seeds and every past
/// finding, nothing mutated); fails on any finding (a crash, a sanitizer report, a hang over
/// 10 s, a writer whose output does not read back).
///
/// Why no mutations here: a mutation run with a fixed seed repeats its inputs only for one
/// exact binary, so any change in the code can send it somewhere new and turn CI red on a bug
/// the change did not make (it happened twice). Mutation fuzzing is a campaign
/// (`scripts/fuzz.sh --runs 1000000`, results in `Fuzz/README.md`); what it finds joins the
/// corpus, and this test keeps it found.
///
/// The sanitized release build (`.build-fuzz`, kept between runs) is the cost: several
/// minutes the first time, a relink after. Skipped with a message where the toolchain has no
/// libFuzzer runtime (`-sanitize=fuzzer` fails on a one-line program), or when
/// `TWINNING_SKIP_FUZZ` is set (a quick local run of the suite).
final class FuzzSmokeTests: XCTestCase {
    func testEveryHarnessRunsOverItsCorpusWithoutFindings() throws {
        try Self.skipWithoutFuzzerRuntime()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("twinning-fuzz-smoke-\(getpid())")
        let run = try ProcessRunner.run(URL(fileURLWithPath: Repository.path("scripts/fuzz.sh")),
                                        ["--replay", "--out", out.path], in: Repository.root)
        XCTAssertEqual(run.status, 0, "scripts/fuzz.sh found something or failed (inputs and logs kept in \(out.path)):\n\(run.stdout)\n\(run.stderr)")
        if run.status == 0 { try? FileManager.default.removeItem(at: out) }

        let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let harnesses = Set(rows.compactMap(\.first))
        for reader in ["native", "graphml", "gexf", "json", "gml", "pajek", "csv", "tsv", "edgelist", "gephi", "sqlite", "dot"] {
            XCTAssertTrue(harnesses.contains(reader), "no harness \(reader) in:\n\(run.stdout)")
            XCTAssertTrue(harnesses.contains("write-\(reader)"), "no harness write-\(reader) in:\n\(run.stdout)")
        }
        for row in rows {
            XCTAssertEqual(row.count, 6, row.joined(separator: " "))
            guard row.count == 6 else { continue }
            let seeds = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path("Fuzz/Corpus/\(row[0])")).count) ?? 0
            XCTAssertGreaterThan(seeds, 0, "\(row[0]) has no seed corpus")
            // Executions: every seed at least once; the coverage counters are numbers.
            XCTAssertGreaterThanOrEqual(Int(row[1]) ?? 0, seeds, "\(row[0]) ran \(row[1]) inputs of \(seeds) seeds")
            XCTAssertGreaterThan(Int(row[3]) ?? 0, 0, "\(row[0]) cov \(row[3])")
            XCTAssertEqual(row[5], "0", "\(row[0]) findings in \(out.path)/findings/\(row[0])")
        }
    }

    /// Skips unless `swiftc -sanitize=fuzzer` links a one-line program here.
    static func skipWithoutFuzzerRuntime() throws {
        if ProcessInfo.processInfo.environment["TWINNING_SKIP_FUZZ"] != nil {
            throw XCTSkip("TWINNING_SKIP_FUZZ is set")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twinning-fuzz-probe-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("probe.swift")
        try Data("""
            @_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt { 0 }
            """.utf8).write(to: source)
        let probe = try ProcessRunner.run(named: "swiftc", ["-sanitize=fuzzer", "-parse-as-library", source.path,
                                                            "-o", folder.appendingPathComponent("probe").path])
        if probe.status != 0 {
            throw XCTSkip("no libFuzzer runtime in this toolchain (swiftc -sanitize=fuzzer fails): \(probe.stderr.prefix(300))")
        }
    }
}
