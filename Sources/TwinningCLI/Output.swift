import ArgumentParser
import Foundation
import Graph

/// Writes a command's result: to standard output (through the one checked writer,
/// `StandardOutput`), or atomically to `-o FILE` (`AtomicFile`: devices and pipes in place).
func emit(_ text: String, to output: String?) throws {
    try emit(Array(text.utf8), to: output ?? "-")
}

/// Writes bytes (a drawing, a table, a report) to `output` (`-` for standard output).
func emit(_ bytes: [UInt8], to output: String) throws {
    do {
        try AtomicFile.write(bytes, to: output)
    } catch let error as OutputError {
        throw CommandFailure.output(error)
    }
}

/// Prints each warning a library builder met, unless `quiet`.
func warn(_ warnings: [String], quiet: Bool) {
    guard !quiet else { return }
    for warning in warnings { printError("twinning: warning: \(warning)") }
}
