import Foundation
import Graph

/// Progress messages on standard error, shown only when it is a terminal and `--quiet` is
/// not given: the one progress reporter of the command line.
struct Progress {
    let enabled: Bool

    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    /// Announces a stage of the work ("reading graphs/x", "validating").
    func stage(_ message: String) {
        guard enabled else { return }
        printError("twinning: \(message)…")
    }
}

/// Writes a line to standard error, control characters shown escaped (`TerminalText`): every
/// error and warning of the command line goes through here.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.message(message) + "\n").utf8))
}
