import Foundation

/// Starts a program and waits for it, feeding it standard input and capturing both outputs.
///
/// The one way the tests start a process (the `twinning` binary, python3, chromium,
/// valgrind): both pipes are drained while the program runs, so that a large output can
/// never block it.
public enum ProcessRunner {
    /// Runs `executable` with `arguments` in `directory` (the current folder when nil).
    public static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil,
                           in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let captured = Captured()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { captured.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: captured.data, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the program `name` found on the PATH (through /usr/bin/env).
    public static func run(named name: String, _ arguments: [String], stdin: String? = nil,
                           in directory: URL? = nil) throws -> CommandResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, stdin: stdin, in: directory)
    }
}

/// Standard output, read on another thread while standard error is read on this one.
private final class Captured: @unchecked Sendable {
    var data = Data()
}
