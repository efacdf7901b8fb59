import Foundation
import XCTest

/// Runs the built `twinning` executable and captures what it prints.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Standard output read on another thread.
private final class Captured: @unchecked Sendable {
    var data = Data()
}

enum Twinning {
    /// The folder holding the built products (the test bundle sits beside them).
    static var productsDirectory: URL {
        Bundle.main.bundleURL
    }

    static var executable: URL { productsDirectory.appendingPathComponent("twinning") }

    /// The repository root (this file is Tests/CLITests/CommandRunner.swift).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs so that a large output cannot block it.
        let captured = Captured()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { captured.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = captured.data
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a Python snippet (networkx interop); nil when python3 or networkx is missing.
    static func python(_ script: String, arguments: [String] = []) throws -> CommandResult? {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import networkx"]
        check.standardError = FileHandle.nullDevice
        check.standardOutput = FileHandle.nullDevice
        try? check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("twinning-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
