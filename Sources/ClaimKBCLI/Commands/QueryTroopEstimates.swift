import ArgumentParser
import ClaimKBQuery

extension ClaimKB.Query {
    struct TroopEstimates: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "troop-estimates",
            abstract: "List every estimate of troop numbers, by source, with all the articles that report it.",
            discussion: """
                The same figure from the same source in several articles is one row listing them all \
                (corroboration). Sorted by source, then date. The figure is written as the earliest \
                article wrote it (~1,500, up to 10,000, several thousand).

                Example:
                  claimkb query troop-estimates
                  claimkb query troop-estimates --evidence --format markdown
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Flag(help: "Show the sentence that carries each figure (JSON and CSV always have it).")
        var evidence = false

        func run() throws {
            let db = try database.open(.readOnly)
            try output.write(EstimatesQuery.troops(limit: output.limit), from: db, evidence: evidence, hiding: ["kind"],
                             empty: "no troop estimates found")
        }
    }
}
