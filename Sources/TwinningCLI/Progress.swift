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
/// error and warning of the command line goes through here. A failure to write there (a
/// closed or full standard error) is ignored: there is nowhere left to report it.
func printError(_ message: String) {
    try? DescriptorWriter.writeAll(Array((TerminalText.message(message) + "\n").utf8), to: STDERR_FILENO, file: "<stderr>")
}
