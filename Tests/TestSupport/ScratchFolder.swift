import Foundation
import XCTest

/// A new empty folder in the system's temporary folder, named `twinning-<name>-<UUID>`.
public enum ScratchFolder {
    public static func make(_ name: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("twinning-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension XCTestCase {
    /// A new empty folder for this test, removed when the test ends.
    public func scratchFolder(_ name: String = "test") throws -> URL {
        let url = try ScratchFolder.make(name)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
