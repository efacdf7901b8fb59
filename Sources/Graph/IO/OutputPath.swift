import Foundation

/// The one rule that keeps outputs off inputs: an output may not be an input, lie inside an
/// input folder, or be a folder that holds an input.
///
/// Paths are compared after resolving them physically, component by component from the
/// working directory: symbolic links are followed and `..` steps up from where a link led,
/// as the kernel does. A path that does not exist yet is resolved as far as it exists (its
/// parent folder, say) and the rest appended, so `-o ba/new.graphml` is caught when `ba` is
/// an input folder even though `new.graphml` is not there. Standard input and output (`-`)
/// never clash.
public enum OutputPath {
    /// Throws an `InputError` located at `output` when writing it could destroy one of
    /// `inputs` (files or folders a command reads: the graph, `--names`, a theme…).
    public static func checkNotOverwriting(_ output: String, inputs: [String]) throws {
        guard output != "-" else { return }
        let target = resolved(output)
        for input in inputs where input != "-" {
            let source = resolved(input)
            if target == source {
                throw InputError(SourceLocation(file: output), "refusing to write over the input '\(input)'; choose another output path")
            }
            if isInside(target, source) {
                throw InputError(SourceLocation(file: output), "refusing to write inside the input folder '\(input)'; choose another output path")
            }
            if isInside(source, target) {
                throw InputError(SourceLocation(file: output), "refusing to write a folder that holds the input '\(input)'; choose another output path")
            }
        }
    }

    /// The absolute physical path: links followed, `.` and `..` applied, as far as the path
    /// exists; components below the first missing one appended as written.
    public static func resolved(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        var current = path.hasPrefix("/") ? "/" : realPath(cwd) ?? cwd
        var exists = true
        for component in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            switch component {
            case ".": continue
            case "..": current = parent(of: current)
            default:
                current = current == "/" ? "/" + component : current + "/" + component
                if exists, let real = realPath(current) { current = real } else { exists = false }
            }
        }
        return current
    }

    /// Whether `path` lies strictly below `folder`.
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        let prefix = folder == "/" ? "/" : folder + "/"
        return path.count > prefix.count && path.hasPrefix(prefix)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), path != "/" else { return "/" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// realpath(3): nil when the path does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let raw = realpath(path, nil) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }
}
