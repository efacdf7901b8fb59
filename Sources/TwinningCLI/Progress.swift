import Foundation

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
        FileHandle.standardError.write(Data("twinning: \(message)…\n".utf8))
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
