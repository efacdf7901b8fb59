#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The permission bits, owner and group of an existing file or folder, given to what replaces
/// it: a 0600 file stays 0600.
///
/// The owner and group are set where the process may set them (root: both; the owner: a group
/// it belongs to) and otherwise left to the process; a failure to set them is not an error.
/// The mode is set after the owner (chown can clear set-user-ID bits), and a failure to set
/// it is an error: a file must never come back more open than it was.
struct FilePermissions {
    var mode: mode_t
    var owner: uid_t
    var group: gid_t

    /// The permissions of `path`, or nil when it does not exist.
    init?(of path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        mode = info.st_mode & 0o7777
        owner = info.st_uid
        group = info.st_gid
    }

    func apply(toDescriptor descriptor: Int32, file: String) throws {
        if owner != geteuid() || group != getegid() {
            if fchown(descriptor, owner, group) != 0 { _ = fchown(descriptor, uid_t.max, group) }
        }
        guard fchmod(descriptor, mode) == 0 else { throw OutputError(file, "cannot keep the permissions", code: errno) }
    }

    func apply(toPath path: String) throws {
        if owner != geteuid() || group != getegid() {
            if chown(path, owner, group) != 0 { _ = chown(path, uid_t.max, group) }
        }
        guard chmod(path, mode) == 0 else { throw OutputError(path, "cannot keep the permissions", code: errno) }
    }
}
