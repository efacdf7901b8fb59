import ArgumentParser

extension InputOptions {
    /// The same input options reading another file, for a command with two inputs (`match`, `merge`, `diff A B`):
    /// the filters, limits, --dedupe and --quiet apply to both; --from and --names name the
    /// first input's format and node names, so the second is read by its extension alone.
    func reading(_ other: String) -> InputOptions {
        var second = self
        second.file = other
        second.inputFormat = nil
        second.names = nil
        return second
    }
}
