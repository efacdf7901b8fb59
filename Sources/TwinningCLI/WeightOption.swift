import Analytics
import Graph

/// Checks `--weight` against the loaded dataset before a measure runs and returns the dataset
/// the measure reads: with `--weight distance`, the agreements carry their great-circle km
/// (`EdgeWeighting.distanceWeights`). Naming an attribute no agreement has, or one holding
/// text, is a usage error (exit 2) that lists the numeric attributes; so is `distance` on an
/// input without places. Agreements without a value are counted in a warning (they weigh 1).
func weighted(_ option: String?, _ dataset: Dataset, quiet: Bool) throws -> Dataset {
    do {
        let prepared = try EdgeWeighting.distanceWeights(dataset, option: option)
        if let note = prepared.note, !quiet { printError("twinning: note: \(note)") }
        if let warning = try EdgeWeighting(option: option).coverage(in: prepared.dataset)?.warning {
            warn([warning], quiet: quiet)
        }
        return prepared.dataset
    } catch let error as WeightOptionError {
        throw CommandFailure.usage(error.description)
    }
}
