import ArgumentParser
import ClaimKBQuery

extension ClaimKB {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find words in article text and claim evidence, with highlighted snippets.",
            discussion: """
                Full-text search (FTS5). All the words must occur, in any order, whatever their case \
                or accents; matches are marked [like this] (**like this** in Markdown). Articles come \
                first, then claims, best match first. With --fts the text is an FTS5 query: \
                "special forces" OR commando*, NEAR(troops Kursk).

                Example:
                  claimkb search "special forces"
                  claimkb search --fts 'Budanov AND troop*' --format json
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The words to look for.")
        var text: String

        @Flag(help: "Read the text as an FTS5 query (phrases, OR, NOT, prefix*, NEAR).")
        var fts = false

        func run() throws {
            let db = try database.open(.readOnly)
            let marks = output.format == .markdown ? (open: "**", close: "**") : (open: "[", close: "]")
            let query = SearchQuery(text: text, syntax: fts, highlight: marks, limit: output.limit)
            let rows = try answering("search") { try db.answer(query) }
            output.write(rows, empty: "nothing found for '\(text)'")
        }
    }
}
