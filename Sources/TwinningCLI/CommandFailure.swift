/// A failure the CLI reports itself: a one-line message and an exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32

    static func input(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 1) }
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: "twinning: usage error: \(message)", exitCode: 2)
    }
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
