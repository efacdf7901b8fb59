import Graph

/// A failure the CLI reports itself: a one-line message and an exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32

    static func input(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 1) }
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: "twinning: usage error: \(message)", exitCode: 2)
    }

    /// An output that could not be written: exit 1 with `path: error: cannot write: …`. A
    /// closed pipe (the reader of `twinning … | head -1` has what it wanted) is not a failure:
    /// the command stops quietly with exit 0, as `cat` and `grep` do for such a reader.
    static func output(_ error: OutputError) -> CommandFailure {
        error.isClosedPipe ? .closedPipe : CommandFailure(message: error.description, exitCode: 1)
    }

    /// Stop quietly with exit 0: standard output's reader went away.
    static let closedPipe = CommandFailure(message: "", exitCode: 0)
}

extension CommandFailure {
    /// Runs `body`; an error of type `E` becomes an input failure "twinning: <error>" (exit 1).
    static func catching<T, E: Error>(_ type: E.Type, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as E {
            throw CommandFailure.input("twinning: \(error)")
        }
    }
}
