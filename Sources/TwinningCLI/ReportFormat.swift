import ArgumentParser

/// How a command prints its results.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}
