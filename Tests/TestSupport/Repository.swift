import Foundation

/// The checkout the tests run from: datasets, scripts and fixtures are found from its root.
public enum Repository {
    /// The repository root (this file is Tests/TestSupport/Repository.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` (e.g. "graphs/belarus-asia") under the root.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The path of `relative` under the root.
    public static func path(_ relative: String) -> String { url(relative).path }
}
