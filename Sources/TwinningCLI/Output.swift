import ArgumentParser
import Foundation
import Graph

/// Writes a command's result: to standard output, or atomically to `-o FILE`.
func emit(_ text: String, to output: String?) throws {
    guard let output, output != "-" else {
        print(text, terminator: "")
        return
    }
    do {
        try AtomicFile.write(text, to: output)
    } catch let error as OutputError {
        throw CommandFailure.input(error.description)
    }
}

/// Writes bytes (a drawing) atomically to `output`.
func emit(_ bytes: [UInt8], to output: String) throws {
    do {
        try AtomicFile.write(bytes, to: output)
    } catch let error as OutputError {
        throw CommandFailure.input(error.description)
    }
}

/// Prints each warning a library builder met, unless `quiet`.
func warn(_ warnings: [String], quiet: Bool) {
    guard !quiet else { return }
    for warning in warnings { printError("twinning: warning: \(warning)") }
}
