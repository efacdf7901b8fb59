import Foundation
import XCTest

/// python3, for the tests that compare Twinning with networkx and igraph or run the dataset tools.
///
/// Every Python-backed test goes through here: `run` reports the status and both outputs,
/// `output` throws a `PythonFailure` when the script fails, and both throw `XCTSkip` (the test
/// is skipped with the reason) when python3 or a required module is missing, or when a module
/// pinned in `scripts/requirements.txt` is installed at another version, so that the networkx
/// fixtures are never compared against another networkx.
public enum Python {
    /// The versions the fixtures were made with: `module==version` lines of
    /// scripts/requirements.txt, which scripts/setup.sh installs.
    public static let pinned: [String: String] = {
        let text = (try? String(contentsOf: Repository.url("scripts/requirements.txt"), encoding: .utf8)) ?? ""
        return pins(in: text)
    }()

    /// Runs `script` (`python3 -c script arguments…`) once python3 and `modules` are usable.
    public static func run(_ script: String, arguments: [String] = [], requiring modules: [String] = []) throws -> CommandResult {
        try require(modules)
        return try ProcessRunner.run(named: "python3", ["-c", script] + arguments)
    }

    /// What `script` prints; throws a `PythonFailure` (with its standard error) when it fails.
    public static func output(_ script: String, arguments: [String] = [], requiring modules: [String] = []) throws -> String {
        let result = try run(script, arguments: arguments, requiring: modules)
        guard result.status == 0 else { throw PythonFailure(status: result.status, stderr: result.stderr) }
        return result.stdout
    }

    /// Skips the test unless python3 runs and imports every module of `modules` at its pinned version.
    public static func require(_ modules: String...) throws { try require(modules) }

    public static func require(_ modules: [String]) throws {
        if let reason = probes.pythonMissing() { throw XCTSkip("python3 is not available: \(reason)") }
        for module in modules {
            if let reason = skipReason(module: module, found: probes.version(of: module)) { throw XCTSkip(reason) }
        }
    }

    public static func requireNetworkx() throws { try require("networkx") }

    public static func requireIgraph() throws { try require("igraph") }

    /// Why a test needing `module` must skip, given the version found (nil: it does not import).
    public static func skipReason(module: String, found version: String?, pinned: [String: String] = pinned) -> String? {
        guard let version else { return "python3 has no \(module) (scripts/setup.sh installs it)" }
        if let wanted = pinned[module], wanted != version {
            return "python3 has \(module) \(version), but the fixtures were made with \(module) \(wanted): "
                + "not comparing against another version (scripts/setup.sh installs \(module)==\(wanted))"
        }
        return nil
    }

    /// The `module==version` pins of a requirements text (comments and blank lines ignored).
    public static func pins(in text: String) -> [String: String] {
        var pins: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let pin = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            guard let range = pin.range(of: "==") else { continue }
            let module = pin[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            pins[module] = pin[range.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        return pins
    }

    private static let probes = Probes()
}

/// A Python script that exited with a non-zero status.
public struct PythonFailure: Error, CustomStringConvertible {
    public let status: Int32
    public let stderr: String

    public var description: String { "python3 exited with status \(status): \(stderr)" }
}

/// What python3 and its modules answered, asked once per test run.
private final class Probes: @unchecked Sendable {
    private let lock = NSLock()
    private var python: String??
    private var versions: [String: String?] = [:]

    /// Why python3 cannot run, nil when it can.
    func pythonMissing() -> String? {
        lock.lock(); defer { lock.unlock() }
        if let python { return python }
        let answer: String?
        do {
            let result = try ProcessRunner.run(named: "python3", ["-c", "import sys"])
            answer = result.status == 0 ? nil : "exit status \(result.status) \(result.stderr)"
        } catch {
            answer = "\(error)"
        }
        python = .some(answer)
        return answer
    }

    /// The module's `__version__` ("" when it has none), nil when it does not import.
    func version(of module: String) -> String? {
        lock.lock(); defer { lock.unlock() }
        if let known = versions[module] { return known }
        let script = "import importlib, sys\nm = importlib.import_module(sys.argv[1])\nprint(getattr(m, '__version__', ''))"
        let result = try? ProcessRunner.run(named: "python3", ["-c", script, module])
        let found = result.flatMap { $0.status == 0 ? $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil }
        versions[module] = .some(found)
        return found
    }
}
