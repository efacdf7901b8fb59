#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Swaps two paths in one atomic step: Linux `renameat2(2)` with `RENAME_EXCHANGE`, looked up
/// at run time (glibc 2.28 and later; the Swift overlay does not declare it). Returns false
/// when the system or the file system cannot (no such call, EINVAL, ENOSYS…): the caller then
/// renames in two steps.
enum RenameExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_EXCHANGE` of <linux/fs.h>.
    private static let exchangeFlag: UInt32 = 1 << 1

    #if os(Linux)
    private static let function: RenameAt2? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #else
    private static let function: RenameAt2? = nil
    #endif

    /// False to use the two-step swap even where the exchange exists (tests of that path).
    nonisolated(unsafe) static var enabled = true

    /// Exchanges `a` and `b` (both must exist); true when done.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard enabled, let function else { return false }
        return function(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
    }
}
