#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to an open file descriptor completely, or throws: the one loop under every
/// output (temporary files, devices, pipes, standard output).
///
/// Conventions: a short write continues where it stopped; EINTR retries; EAGAIN (a
/// non-blocking pipe that is full) waits with poll(2) until it can be written. Any other
/// failure throws `OutputError(file, "cannot write", code: errno)`, printed
/// `file: error: cannot write: No space left on device` (EPIPE included: the caller decides
/// what a closed pipe means; `OutputError.isClosedPipe`).
public enum DescriptorWriter {
    /// Writes all of `bytes` to `descriptor`; `file` names it in an error.
    public static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32, file: String) throws {
        let array = bytes as? [UInt8] ?? Array(bytes)
        try array.withUnsafeBytes { buffer in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = write(descriptor, pointer, min(remaining, 1 << 30))
                if written >= 0 {
                    pointer += written
                    remaining -= written
                    continue
                }
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&wanted, 1, -1)
                    continue
                }
                throw OutputError(file, "cannot write", code: code)
            }
        }
    }

    /// Flushes a file's data to the disk (fsync(2)); descriptors that cannot be synced (a
    /// pipe, a device: EINVAL, EROFS) are left as they are.
    public static func sync(_ descriptor: Int32, file: String) throws {
        guard fsync(descriptor) != 0 else { return }
        let code = errno
        if code == EINVAL || code == EROFS || code == ENOTSUP { return }
        throw OutputError(file, "cannot write", code: code)
    }
}
