import Foundation

/// cgraph and the layout engines keep global state (the parser, the error buffer, the random
/// generators of the force-directed layouts): one Graphviz call at a time, the DOT parser and
/// the renderer alike, under this lock.
enum CGraphLock {
    private static let lock = NSLock()

    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
