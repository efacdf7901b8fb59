#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output path leads to, which decides how it is written.
///
/// - `-` is standard output.
/// - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` name a descriptor that
///   is already open (bash's `>(…)` too): it is written at its current position, never
///   reopened, truncated or renamed over.
/// - An existing device, FIFO or socket (`/dev/null`, `/dev/full`, a tty, `mkfifo`) is opened
///   and written in place: a temporary file is never renamed over it.
/// - An existing folder is a folder (dataset folders, Neo4j import).
/// - Anything else is a regular file, new or replaced through a temporary file beside it. A
///   symbolic link is followed: the file it points at is replaced and the link kept (a
///   dangling link is replaced by the file).
public enum OutputTarget: Equatable, Sendable {
    case standardOutput
    case descriptor(Int32)
    case stream(String)
    case folder(String)
    case file(String)

    public init(_ path: String) {
        if path == "-" { self = .standardOutput; return }
        if let descriptor = OutputTarget.descriptorNumber(path), fcntl(descriptor, F_GETFD) != -1 {
            self = .descriptor(descriptor)
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else { self = .file(OutputTarget.followingLink(path)); return }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .file(OutputTarget.followingLink(path))
        case S_IFDIR: self = .folder(OutputTarget.followingLink(path))
        default: self = .stream(path)
        }
    }

    /// True for standard output, an open descriptor, a device, FIFO or socket: outputs
    /// written as a stream, in place.
    public var isStream: Bool {
        switch self {
        case .standardOutput, .descriptor, .stream: return true
        case .folder, .file: return false
        }
    }

    /// The descriptor a path names, if it names one by number or by its standard name.
    static func descriptorNumber(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// The path a symbolic link points at (resolved physically), or `path` itself.
    static func followingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let raw = realpath(path, nil) else { return path }
        defer { free(raw) }
        return String(cString: raw)
    }
}
