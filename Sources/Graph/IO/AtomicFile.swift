#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes outputs so that they cannot half-happen: a file is built in a temporary file beside
/// the target (`.NAME.twinning-PID.tmp`), flushed to the disk, then renamed over it, so a
/// reader never sees a half-written file and a failure or a signal leaves the old file as
/// it was and no temporary behind (`TemporaryPaths` removes it on SIGINT, SIGTERM, SIGHUP).
///
/// Conventions (`OutputTarget` decides which applies):
/// - `-`, `/dev/stdout`, `/dev/fd/N`, devices, FIFOs and sockets are written directly, in
///   place; nothing is ever renamed over them.
/// - A replaced file keeps its permission bits and, where the process may set them, its owner
///   and group (a 0600 target stays 0600); a new file gets the umask's default (0666 & ~umask).
/// - A symbolic link is followed: the file it points at is replaced, the link stays.
/// - Every failure throws an `OutputError` naming the output and the system's reason
///   (`out.graphml: error: cannot write: No space left on device`); an `InputError` thrown
///   while building passes through unchanged.
public enum AtomicFile {
    /// Writes `bytes` to `path`, or to standard output when `path` is `-`.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        switch OutputTarget(path) {
        case .standardOutput: try StandardOutput.write(bytes)
        case .descriptor(let descriptor):
            try StandardOutput.flushStdio()
            try DescriptorWriter.writeAll(bytes, to: descriptor, file: path)
        case .stream(let device): try writeInPlace(bytes, to: device)
        case .folder: throw OutputError(SourceLocation(file: path), "cannot replace: it is a folder; name a file")
        case .file(let file): try replaceFile(file, named: path, with: bytes)
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Lets `build` create the output at a temporary path beside `path` (a file such as an
    /// SQLite database, written by a library), then renames it over `path`. When `build`
    /// throws, the temporary file (and any `-journal`, `-wal`, `-shm` SQLite left) is removed
    /// and nothing is written. Devices and pipes are refused: the file must be a real file.
    public static func replace(_ path: String, build: (_ temporaryPath: String) throws -> Void) throws {
        let target: String
        switch OutputTarget(path) {
        case .file(let file): target = file
        case .folder: throw OutputError(SourceLocation(file: path), "cannot replace: it is a folder; name a file")
        case .standardOutput, .descriptor, .stream:
            throw OutputError(SourceLocation(file: path), "cannot write this format to a device or a pipe; name a file")
        }
        let temporary = temporaryPath(for: target)
        let companions = ["", "-journal", "-wal", "-shm"].map { temporary + $0 }
        let slots = companions.map { TemporaryPaths.register(file: $0) }
        func removeTemporary() { for file in companions { unlink(file) } }
        defer { slots.forEach(TemporaryPaths.unregister) }
        removeTemporary()  // a leftover of an interrupted run
        do {
            try build(temporary)
            try FilePermissions(of: target)?.apply(toPath: temporary)
            try moveIntoPlace(temporary, target, named: path)
        } catch {
            removeTemporary()
            throw wrapped(error, path: path)
        }
    }

    /// The temporary path beside `target`: hidden, named after the output and the process.
    static func temporaryPath(for target: String, suffix: String = "tmp") -> String {
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        return (directory == "/" ? "" : directory) + "/.\(url.lastPathComponent).twinning-\(getpid()).\(suffix)"
    }

    /// Writes `bytes` into a temporary file beside `target` and renames it over `target`.
    private static func replaceFile(_ target: String, named path: String, with bytes: some Collection<UInt8>) throws {
        let temporary = temporaryPath(for: target)
        let slot = TemporaryPaths.register(file: temporary)
        defer { TemporaryPaths.unregister(slot) }
        unlink(temporary)  // a leftover of a killed run with the same PID
        do {
            try writeNewFile(bytes, at: temporary, named: path, permissions: FilePermissions(of: target))
            try moveIntoPlace(temporary, target, named: path)
        } catch {
            unlink(temporary)
            throw wrapped(error, path: path)
        }
    }

    /// Creates the file `file` (which must not exist), writes `bytes`, gives it `permissions`
    /// (or the umask's default) and flushes it to the disk. `path` names it in errors.
    static func writeNewFile(_ bytes: some Collection<UInt8>, at file: String, named path: String,
                             permissions: FilePermissions?) throws {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputError(path, "cannot create a temporary file beside it", code: errno) }
        do {
            try permissions?.apply(toDescriptor: descriptor, file: path)
            try DescriptorWriter.writeAll(bytes, to: descriptor, file: path)
            try DescriptorWriter.sync(descriptor, file: path)
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw OutputError(path, "cannot write", code: errno) }
    }

    /// Opens an existing device, FIFO or socket and writes `bytes` to it.
    private static func writeInPlace(_ bytes: some Collection<UInt8>, to path: String) throws {
        var descriptor: Int32
        repeat { descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw OutputError(path, "cannot write", code: errno) }
        defer { close(descriptor) }
        try DescriptorWriter.writeAll(bytes, to: descriptor, file: path)
    }

    /// rename(2): replaces `target` in one step.
    private static func moveIntoPlace(_ temporary: String, _ target: String, named path: String) throws {
        guard rename(temporary, target) == 0 else { throw OutputError(path, "cannot replace", code: errno) }
    }

    /// `error` as thrown by a write of `path`: located errors as they are, anything else an
    /// `OutputError`.
    static func wrapped(_ error: Error, path: String) -> Error {
        if error is InputError || error is OutputError { return error }
        return OutputError(SourceLocation(file: path), "cannot write: \(error.localizedDescription)")
    }
}
