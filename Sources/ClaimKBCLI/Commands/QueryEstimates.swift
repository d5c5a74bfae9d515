import ArgumentParser
import ClaimKBQuery

extension ClaimKB.Query {
    struct Estimates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the estimates of one kind (casualties, refugees, money, ...), by source.",
            discussion: """
                Like troop-estimates, for any kind: the same figure from the same source in several \
                articles is one row listing them all. Without --kind, every kind.

                Example:
                  claimkb query estimates --kind munitions --evidence
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The kind of figure: troops, casualties, refugees, money, munitions, ...")
        var kind: String?

        @Flag(help: "Show the sentence that carries each figure (JSON and CSV always have it).")
        var evidence = false

        func run() throws {
            let db = try database.open(.readOnly)
            try output.write(EstimatesQuery(kind: kind, limit: output.limit), from: db, evidence: evidence,
                             hiding: kind == nil ? [] : ["kind"], empty: emptyNote("estimates", kind: kind, db: db))
        }
    }
}
