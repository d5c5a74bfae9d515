import ArgumentParser
import ClaimKBQuery

extension ClaimKB.Query {
    struct Disagreements: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List figures from different sources that cannot both be right, side by side.",
            discussion: """
                For each kind (and reported or planned), pairs of figures whose ranges do not overlap, \
                lower first, with who said each and when: 1,500 vs ~12,000 North Korean troops. Vague \
                amounts (several thousand) and denials are left out; "~N" counts as 90–110% of N, "at least \
                N" has no upper end, and figures more than 20 times apart (3 generals, 1.2 million \
                personnel) count different things.

                Example:
                  claimkb query disagreements --kind troops
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only figures of this kind: troops, casualties, money, ...")
        var kind: String?

        func run() throws {
            let db = try database.open(.readOnly)
            try output.write(DisagreementsQuery(kind: kind, limit: output.limit), from: db,
                             empty: emptyNote("disagreements", kind: kind, db: db))
        }
    }
}
