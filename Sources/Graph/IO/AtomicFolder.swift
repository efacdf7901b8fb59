#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a folder output (a dataset folder, Neo4j import CSVs) so that it cannot half-happen:
/// every file goes into a temporary folder beside the target (`.NAME.twinning-PID.tmp`), which
/// is then swapped in whole. A kill after one file never leaves new actors with old
/// agreements, a failure leaves the old folder as it was, and a file of the old folder that
/// the new one lacks (an old `metadata.csv`) never survives.
///
/// Safety rule: an existing target is replaced only when it is a folder that is empty or holds
/// only regular files of the names its writer writes (`writerFiles`). Anything else — a
/// `README.md` beside a dataset, a subfolder, a hidden file — is somebody's: the write is
/// refused with an `OutputError` naming the first such file (`out/README.md: error: refusing
/// to replace the folder 'out': …`), and nothing is touched. A path that exists but is not a
/// folder is refused too.
///
/// The swap: where the system offers an atomic exchange (Linux `renameat2` with
/// `RENAME_EXCHANGE`), the new folder and the old one trade places in one step; elsewhere the
/// old folder is renamed aside (`.NAME.twinning-PID.old`), the new one renamed in, and a
/// signal between the two renames the old folder back. Then the old folder's files (only the
/// writer's names) and the folder are removed. A new folder gets the umask's default mode; a
/// replaced one keeps its mode, owner and group, and so does each replaced file. A symbolic
/// link to a folder is followed (the link stays). Missing parent folders are created.
public enum AtomicFolder {
    /// Builds the folder `path` with `build`, which writes each file through the
    /// `FolderWriter` it is given, then swaps it in. `writerFiles` are the names the folder
    /// kind holds; `kind` names it in messages ("a dataset folder").
    ///
    /// ```swift
    /// try AtomicFolder.replace("out/ba", writerFiles: ["nodes.csv", "agreements.csv"], kind: "a dataset folder") { folder in
    ///     try folder.write("nodes.csv", nodesText)
    ///     try folder.write("agreements.csv", agreementsText)
    /// }
    /// ```
    public static func replace(_ path: String, writerFiles: Set<String>, kind: String,
                               build: (FolderWriter) throws -> Void) throws {
        let shown = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        let target = try folderTarget(path, shown: shown)
        let existing = try checkReplaceable(target, shown: shown, writerFiles: writerFiles, kind: kind)
        try createParent(of: target, shown: shown)
        let temporary = AtomicFile.temporaryPath(for: target)
        try? FileManager.default.removeItem(atPath: temporary)  // a leftover of a killed run with the same PID
        let folderSlot = TemporaryPaths.register(folder: temporary)  // before it exists: a signal may come right after mkdir
        guard mkdir(temporary, 0o777) == 0 else {
            let code = errno
            TemporaryPaths.unregister(folderSlot)
            throw OutputError(shown, "cannot create a temporary folder beside it", code: code)
        }
        let writer = FolderWriter(path: shown, folder: temporary, previous: existing ? target : nil, names: writerFiles)
        defer {
            writer.unregister()
            TemporaryPaths.unregister(folderSlot)
        }
        do {
            try build(writer)
            if existing { try FilePermissions(of: target)?.apply(toPath: temporary) }
            try syncFolder(temporary, shown: shown)
            try swapIn(temporary, target, shown: shown, existing: existing, writerFiles: writerFiles)
        } catch {
            writer.removeWritten()
            rmdir(temporary)
            throw AtomicFile.wrapped(error, path: shown)
        }
    }

    /// The folder to write: `path` without a trailing slash, through a symbolic link.
    private static func folderTarget(_ path: String, shown: String) throws -> String {
        guard path != "-" else { throw OutputError(SourceLocation(file: path), "a folder cannot be written to standard output") }
        switch OutputTarget(shown) {
        case .folder(let folder), .file(let folder): return folder
        case .standardOutput, .descriptor, .stream:
            throw OutputError(SourceLocation(file: shown), "cannot write a folder over a device or a pipe; name a folder")
        }
    }

    /// Whether `target` exists (and may be replaced); throws when it may not.
    private static func checkReplaceable(_ target: String, shown: String, writerFiles: Set<String>, kind: String) throws -> Bool {
        var info = stat()
        guard lstat(target, &info) == 0 else { return false }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(SourceLocation(file: shown), "refusing to replace it with \(kind): it exists and is not a folder; choose another output path")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
        } catch {
            throw OutputError(SourceLocation(file: shown), "cannot replace: cannot list the folder: \(error.localizedDescription)")
        }
        for entry in entries {
            var entryInfo = stat()
            let isFile = lstat(target + "/" + entry, &entryInfo) == 0 && entryInfo.st_mode & S_IFMT == S_IFREG
            if !isFile || !writerFiles.contains(entry) {
                throw OutputError(SourceLocation(file: shown + "/" + entry),
                                  "refusing to replace the folder '\(shown)': it holds '\(entry)', which is not a file of \(kind) (\(writerFiles.sorted().joined(separator: ", "))); move it away or choose another output folder")
            }
        }
        return true
    }

    private static func createParent(of target: String, shown: String) throws {
        let parent = URL(fileURLWithPath: target).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(SourceLocation(file: shown), "cannot create the folder: \(error.localizedDescription)")
        }
    }

    /// Flushes the folder's entries to the disk.
    private static func syncFolder(_ folder: String, shown: String) throws {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        try DescriptorWriter.sync(descriptor, file: shown)
    }

    /// Puts `temporary` in place of `target`, then removes the old folder.
    private static func swapIn(_ temporary: String, _ target: String, shown: String, existing: Bool,
                               writerFiles: Set<String>) throws {
        guard existing else {
            guard rename(temporary, target) == 0 else { throw OutputError(shown, "cannot replace", code: errno) }
            return
        }
        if RenameExchange.exchange(temporary, target) {
            removeOld(temporary, writerFiles: writerFiles)
            return
        }
        let aside = AtomicFile.temporaryPath(for: target, suffix: "old")
        try? FileManager.default.removeItem(atPath: aside)
        let restore = TemporaryPaths.register(restoring: aside, to: target)
        guard rename(target, aside) == 0 else {
            TemporaryPaths.unregister(restore)
            throw OutputError(shown, "cannot replace", code: errno)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            rename(aside, target)
            TemporaryPaths.unregister(restore)
            throw OutputError(shown, "cannot replace", code: code)
        }
        TemporaryPaths.unregister(restore)
        removeOld(aside, writerFiles: writerFiles)
    }

    /// Removes the replaced folder: only the writer's files, then the folder (left in place,
    /// hidden, if something else appeared in it meanwhile). Registered first, so that a
    /// signal during the removal finishes it.
    private static func removeOld(_ folder: String, writerFiles: Set<String>) {
        let files = writerFiles.sorted().map { folder + "/" + $0 }
        let slots = [TemporaryPaths.register(folder: folder)] + files.map { TemporaryPaths.register(file: $0) }
        defer { slots.forEach(TemporaryPaths.unregister) }
        for file in files { unlink(file) }
        rmdir(folder)
    }
}

extension AtomicFolder {
    /// Writes `files` (name, text) as the folder `path`, swapped in whole (`replace`).
    public static func write(_ files: [(name: String, content: String)], to path: String,
                             writerFiles: Set<String>, kind: String) throws {
        try replace(path, writerFiles: writerFiles, kind: kind) { folder in
            for (name, content) in files { try folder.write(name, content) }
        }
    }
}
