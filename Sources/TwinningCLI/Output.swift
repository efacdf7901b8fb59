import Graph
import Render

/// Writes a command's result: to standard output, or atomically to `-o FILE`.
func emit(_ text: String, to output: String?) throws {
    guard let output, output != "-" else {
        print(text, terminator: "")
        return
    }
    do {
        try AtomicFile.write(text, to: output)
    } catch let error as InputError {
        throw CommandFailure.input(error.description)
    }
}
