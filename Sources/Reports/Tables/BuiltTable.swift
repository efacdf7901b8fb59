import Tables

/// A table with the warnings met while building it (a measure left empty, core numbers
/// computed without self-loops): the caller decides whether and where to show them.
public struct BuiltTable: Sendable {
    public var table: ResultTable
    /// One line each, without a program prefix ("pagerank left empty: …").
    public var warnings: [String]

    public init(table: ResultTable, warnings: [String] = []) {
        self.table = table
        self.warnings = warnings
    }
}
