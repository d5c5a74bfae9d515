import ArgumentParser
import ClaimKBQuery

extension ClaimKB.Query {
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List who makes claims: how many, of which kinds, in how many articles.",
            discussion: """
                Claims no one is named for belong to "(the article)". Most claims first.

                Example:
                  claimkb query sources --format csv > sources.csv
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let db = try database.open(.readOnly)
            try output.write(SourcesQuery(limit: output.limit), from: db, empty: "no sources found")
        }
    }
}
