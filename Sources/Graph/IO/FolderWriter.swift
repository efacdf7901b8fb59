#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a folder output, written one by one into the temporary folder that
/// `AtomicFolder.replace` later swaps in whole. Each file is registered with `TemporaryPaths`
/// (removed if a signal ends the process), flushed to the disk, and given the permissions of
/// the file of the same name in the folder it replaces (else the umask's default).
public final class FolderWriter {
    /// The output folder as named by the caller (errors name `path/file`).
    public let path: String
    /// The temporary folder the files go into.
    let folder: String
    /// The folder being replaced, if any.
    let previous: String?
    /// The only names this writer may write (the folder kind's files).
    let names: Set<String>
    private(set) var written: [String] = []
    private var slots: [TemporaryPaths.Slot] = []

    init(path: String, folder: String, previous: String?, names: Set<String>) {
        self.path = path
        self.folder = folder
        self.previous = previous
        self.names = names
    }

    /// Writes the file `name` of the folder.
    public func write(_ name: String, _ bytes: some Collection<UInt8>) throws {
        let shown = path + "/" + name
        guard names.contains(name) else {
            throw OutputError(SourceLocation(file: shown), "cannot write: not one of the files of this folder (\(names.sorted().joined(separator: ", ")))")
        }
        guard !written.contains(name) else { throw OutputError(SourceLocation(file: shown), "cannot write: written twice") }
        let file = folder + "/" + name
        slots.append(TemporaryPaths.register(file: file))
        written.append(name)
        try AtomicFile.writeNewFile(bytes, at: file, named: shown,
                                    permissions: previous.flatMap { FilePermissions(of: $0 + "/" + name) })
    }

    public func write(_ name: String, _ text: String) throws {
        try write(name, Array(text.utf8))
    }

    /// Removes the files written so far (after a failure).
    func removeWritten() {
        for name in written { unlink(folder + "/" + name) }
    }

    /// Forgets the registered temporaries (they were removed or moved into place).
    func unregister() {
        slots.forEach(TemporaryPaths.unregister)
        slots = []
    }
}
