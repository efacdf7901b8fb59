#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output, written through one checked writer: every command's result goes to
/// descriptor 1 with `DescriptorWriter`, so a full disk (`> /dev/full`) is an error
/// (`<stdout>: error: cannot write: No space left on device`), never a silent exit 0, and
/// never a trap.
///
/// Anything already printed through stdio (`print`) is flushed first, so the order holds.
/// A closed pipe throws an `OutputError` whose `isClosedPipe` is true.
public enum StandardOutput {
    /// The name used for standard output in messages.
    public static let name = "<stdout>"

    public static func write(_ bytes: some Collection<UInt8>) throws {
        try flushStdio()
        try DescriptorWriter.writeAll(bytes, to: STDOUT_FILENO, file: name)
    }

    public static func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Flushes stdio's buffer of standard output (what `print` wrote) and throws when stdio
    /// met a write error on it: the check the CLI makes before it exits.
    public static func flushStdio() throws {
        errno = 0
        if fflush(stdout) != 0 || ferror(stdout) != 0 {
            let code = errno == 0 ? EIO : errno
            clearerr(stdout)
            throw OutputError(name, "cannot write", code: code)
        }
    }
}
