import Analytics
import Graph

/// Checks `--weight` against the loaded dataset before a measure runs: naming an attribute no
/// agreement has, or one holding text, is a usage error (exit 2) that lists the numeric
/// attributes; agreements without a value are counted in a warning (they weigh 1).
func checkWeight(_ option: String?, in dataset: Dataset, quiet: Bool) throws {
    do {
        if let warning = try EdgeWeighting(option: option).coverage(in: dataset)?.warning {
            warn([warning], quiet: quiet)
        }
    } catch let error as WeightOptionError {
        throw CommandFailure.usage(error.description)
    }
}
