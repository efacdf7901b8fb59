import Foundation

/// Writes outputs atomically: into a temporary file beside the target, then renamed over it,
/// so a reader never sees a half-written file and a failure leaves no partial output.
public enum AtomicFile {
    /// Writes `bytes` to `path`, or to standard output when `path` is `-`.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(bytes).write(to: temporary)
            // rename(2) replaces the target in one step.
            guard rename(temporary.path, url.path) == 0 else {
                throw InputError(SourceLocation(file: path), "cannot replace: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(SourceLocation(file: path), "cannot write: \(error.localizedDescription)")
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}
