import ArgumentParser
import Render

/// How a command prints its results.
typealias ReportFormat = TableFormat

extension TableFormat: ExpressibleByArgument {}
