import ArgumentParser
import ClaimKBQuery

extension ClaimKB.Query {
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List extracted claims, once per article, filtered by kind, source, subject, place or date.",
            discussion: """
                Unlike troop-estimates, claims are not merged across articles. Names resolve through \
                aliases and case. Dates compare with the date a claim is about, or for an undated \
                claim with its article's publication date.

                Example:
                  claimkb query claims --kind troops --by nis --since 2024-10-18 --evidence
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only claims of this kind: troops, casualties, money, ..., statement.")
        var kind: String?

        @Option(help: "Only claims this entity makes or is cited for.")
        var by: String?

        @Option(help: "Only claims whose sentence mentions this entity or that are about it as a place.")
        var about: String?

        @Option(help: "Only claims about this place.")
        var place: String?

        @Option(help: "Only claims about this date or later (YYYY-MM-DD).")
        var since: String?

        @Option(help: "Only claims about this date or earlier (YYYY-MM-DD).")
        var until: String?

        @Flag(help: "Show the sentence that carries each claim (JSON and CSV always have it).")
        var evidence = false

        func validate() throws {
            if let since, DateText.iso(since) == nil { throw ValidationError("--since must be a date YYYY-MM-DD, not '\(since)'") }
            if let until, DateText.iso(until) == nil { throw ValidationError("--until must be a date YYYY-MM-DD, not '\(until)'") }
        }

        func run() throws {
            let db = try database.open(.readOnly)
            let query = ClaimsQuery(kind: kind, by: by, about: about, place: place, since: since, until: until,
                                    limit: output.limit)
            try output.write(query, from: db, evidence: evidence, hiding: kind == nil ? [] : ["kind"],
                             empty: emptyNote("claims", kind: kind, db: db))
        }
    }
}
