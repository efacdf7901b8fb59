import Tables

extension ResultTable {
    /// The table as a ranking command prints it: text output, and any output cut to `top`
    /// rows, sorted by the numeric column `column` (largest first); csv and json of every row
    /// keep the dataset's order. Then cut to `top`.
    public func ranked(byColumnNamed column: String, format: TableFormat, top: Int?) -> ResultTable {
        let sorted = format == .text || top != nil ? sortedDescending(byColumnNamed: column) : self
        return sorted.limited(to: top)
    }
}
