#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output that could not be written (a file that cannot be created, replaced or renamed
/// into place, a full disk, a closed pipe): located at the output path (`<stdout>` for
/// standard output), printed `path: error: message` like an `InputError`, but a failure of
/// the output, not of the input.
public struct OutputError: LocatedError, Hashable, Sendable {
    public var location: SourceLocation
    public var message: String
    /// The errno of the system call that failed, when one did.
    public var errorNumber: Int32?

    public init(_ location: SourceLocation, _ message: String, errorNumber: Int32? = nil) {
        self.location = location
        self.message = message
        self.errorNumber = errorNumber
    }

    /// `path: error: <what>: <strerror(code)>`, e.g. `cannot write: No space left on device`.
    public init(_ path: String, _ what: String, code: Int32) {
        self.init(SourceLocation(file: path), "\(what): \(String(cString: strerror(code)))", errorNumber: code)
    }

    /// The reader of a pipe went away (`twinning stats … | head -1`): EPIPE. Not a failure of
    /// the command: the CLI stops quietly with exit 0.
    public var isClosedPipe: Bool { errorNumber == EPIPE }
}
