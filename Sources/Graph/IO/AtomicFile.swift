import Foundation

/// Writes outputs atomically: into a temporary file beside the target, then renamed over it,
/// so a reader never sees a half-written file and a failure leaves no partial output. A
/// failure to write throws an `OutputError` (an `InputError` thrown while building passes through).
public enum AtomicFile {
    /// Writes `bytes` to `path`, or to standard output when `path` is `-`.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try replace(path) { temporary in try Data(bytes).write(to: URL(fileURLWithPath: temporary)) }
    }

    /// Lets `build` create the output at a temporary path beside `path` (a file such as an
    /// SQLite database, written by a library), then renames it over `path`. When `build`
    /// throws, the temporary file (and any `-journal` SQLite left) is removed and nothing
    /// is written.
    public static func replace(_ path: String, build: (_ temporaryPath: String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        func removeTemporary() {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        }
        removeTemporary()  // a leftover of an interrupted run
        do {
            try build(temporary.path)
            // rename(2) replaces the target in one step.
            guard rename(temporary.path, url.path) == 0 else {
                throw OutputError(SourceLocation(file: path), "cannot replace: \(String(cString: strerror(errno)))")
            }
        } catch let error as InputError {
            removeTemporary()
            throw error
        } catch let error as OutputError {
            removeTemporary()
            throw error
        } catch {
            removeTemporary()
            throw OutputError(SourceLocation(file: path), "cannot write: \(error.localizedDescription)")
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}

extension AtomicFile {
    /// Writes a folder of files (a dataset folder, Neo4j import CSVs), creating the folder if
    /// needed; each file is replaced atomically.
    public static func writeFolder(_ files: [(name: String, content: String)], to path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(SourceLocation(file: path), "cannot create the folder: \(error.localizedDescription)")
        }
        for (name, content) in files {
            try write(content, to: path + "/" + name)
        }
    }
}
