import ArgumentParser

/// `--permutations N --seed S`: the draws of a command's null model (homophily and brokerage:
/// node-label permutations; geography: places permuted among the placed actors; stats:
/// degree-preserving rewirings) and the seed that fixes them.
struct NullModelOptions: ParsableArguments {
    @Option(help: "Test the figures against N draws of the command's null model (homophily, brokerage: node-label permutations; geography: places permuted among the actors, 1000 unless given; stats: degree-preserving rewirings): null mean, sd, z and two-sided p.")
    var permutations: Int?

    @Option(help: "Seed of the draws (the same seed gives the same numbers).")
    var seed: UInt64 = 0

    func validate() throws {
        if let permutations, permutations < 1 { throw ValidationError("--permutations expects 1 or more, found \(permutations)") }
    }
}
