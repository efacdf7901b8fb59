/// Why an analytic measure could not be computed, in words a command line can print.
public enum AnalyticsError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A power iteration (PageRank, eigenvector, Katz, HITS) did not reach its tolerance.
    case didNotConverge(measure: String, iterations: Int)
    /// The measure has no meaning for this graph (the null graph, a disconnected graph...).
    case undefined(measure: String, reason: String)
    /// A parameter is out of its range.
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .didNotConverge(let measure, let iterations):
            return "\(measure) did not converge in \(iterations) iterations"
        case .undefined(let measure, let reason):
            return "\(measure) is undefined: \(reason)"
        case .invalidParameter(let message):
            return "invalid parameter: \(message)"
        }
    }
}
