/// A fixture file that cannot be used: which file, and what is wrong with it.
struct FixtureError: Error, CustomStringConvertible {
    let file: String
    let problem: String

    var description: String { "\(file) \(problem)" }
}
