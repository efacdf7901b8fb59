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
            component and the top actors by degree. Undated agreements are counted apart. \
            --directed adds the directed view of each year's network (an arc per directed \
            agreement, two per undirected one; networkx's DiGraph): arcs, directed density \
            arcs/(n(n − 1)), reciprocity, strongly connected components and the largest.

            Example:
              twinning timeline graphs/belarus-asia
              twinning timeline graphs/belarus-asia --kind twinning --format csv > twinning-by-year.csv
            """
        )

        @OptionGroup var input: InputOptions

        @OptionGroup var out: TableOutput

        @Option(help: "How many top actors to name per year.")
        var top: Int = 3

        @Flag(help: "Add each year's directed view: arcs, directed density, reciprocity, strong components.")
        var directed = false

        func validate() throws {
            try input.refuseOverwriting(out.output)
        }

        func run() throws {
            let dataset = try input.load()
            input.progress.stage("computing the timeline")
            try out.emit(TimelineTable.printed(dataset, topActors: top, format: out.format, directed: directed).render(out.format))
        }
    }
}
