import ArgumentParser
import ClaimKBQuery

extension ClaimKB.Query {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List claims in the order of the dates they are about; undated ones last.",
            discussion: """
                Undated claims follow in publication order.

                Example:
                  claimkb query timeline --about "Kursk region" --evidence
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only claims whose sentence mentions this entity or that are about it as a place.")
        var about: String?

        @Flag(help: "Show the sentence that carries each claim (JSON and CSV always have it).")
        var evidence = false

        func run() throws {
            let db = try database.open(.readOnly)
            try output.write(TimelineQuery(about: about, limit: output.limit), from: db, evidence: evidence,
                             empty: "no claims found")
        }
    }
}
