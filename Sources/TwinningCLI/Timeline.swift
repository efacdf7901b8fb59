import ArgumentParser
import Reports

extension Twinning {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How the network grew: agreements per year by kind, and its shape as of each year.",
            discussion: """
            One row per year from the first dated agreement to the last: new agreements (in all \
            and by kind), then the network as of the end of that year (agreements dated in or \
            before it): active actors, agreements, actor pairs, density, components, the largest \
            component and the top actors by degree. Undated agreements are counted apart.

            Example:
              twinning timeline graphs/belarus-asia
              twinning timeline graphs/belarus-asia --kind twinning --format csv > twinning-by-year.csv
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Option(help: "How many top actors to name per year.")
        var top: Int = 3

        func validate() throws {
            try input.refuseOverwriting(out.output)
        }

        func run() throws {
            let dataset = try input.load()
            input.progress.stage("computing the timeline")
            try out.emit(TimelineTable.printed(dataset, topActors: top, format: out.format).render(out.format))
        }
    }
}
