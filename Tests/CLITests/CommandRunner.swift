import Foundation
import TestSupport
import XCTest

/// Runs the built `twinning` executable and captures what it prints.
enum Twinning {
    /// The folder holding the built products (the test bundle sits beside them).
    static var productsDirectory: URL {
        Bundle.main.bundleURL
    }

    static var executable: URL { productsDirectory.appendingPathComponent("twinning") }

    /// Runs `twinning arguments…` in `directory` (the repository root when nil).
    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> CommandResult {
        try ProcessRunner.run(executable, arguments, stdin: stdin, in: directory ?? Repository.root)
    }
}
