/// An output that could not be written (a file that cannot be created, replaced or renamed
/// into place): located at the output path, printed `path: error: message` like an
/// `InputError`, but a failure of the output, not of the input.
public struct OutputError: LocatedError, Hashable, Sendable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}
