import ArgumentParser
import Graph

extension InputOptions {
    /// Every file the command reads: the graph and --names (commands add their own, such as
    /// a theme).
    var readPaths: [String] { [file] + (names.map { [$0] } ?? []) }

    /// Refuses (exit 2, before anything is read or written) an output that could destroy an
    /// input; the rule itself is `OutputPath`'s.
    func refuseOverwriting(_ output: String?, alsoReading extra: [String?] = []) throws {
        guard let output else { return }
        do {
            try OutputPath.checkNotOverwriting(output, inputs: readPaths + extra.compactMap { $0 })
        } catch let error as InputError {
            throw ValidationError(error.description)
        }
    }
}
