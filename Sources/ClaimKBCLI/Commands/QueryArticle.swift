import ArgumentParser
import ClaimKBQuery

extension ClaimKB.Query {
    struct Article: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show everything extracted from one article: its claims with evidence, or its entities.",
            discussion: """
                NAME is the article's name (its file name without extension), its file name, or a \
                prefix of its name that no other article has. A line on stderr says what the article is.

                Example:
                  claimkb query article 003
                  claimkb query article 003_f7d78eb1bd6ee391 --entities
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The article's name, file name, or a unique prefix of its name.")
        var name: String

        @Flag(help: "List the entities it mentions instead of its claims.")
        var entities = false

        func run() throws {
            let db = try database.open(.readOnly)
            let summary = try answering { try db.writer.read { try ArticleSummary.fetch(name, in: $0) } }
            let about = [summary.title.map { "'\($0)'" }, summary.publisher, summary.published].compactMap { $0 }
            Console.error("\(summary.name)" + (about.isEmpty ? "" : ": " + about.joined(separator: ", ")))
            if entities {
                let rows = try answering { try db.answer(ArticleEntitiesQuery(name: summary.name)) }
                output.write(Array(rows.prefix(output.limit ?? .max)), empty: "no entities found in \(summary.name)")
            } else {
                let rows = try answering { try db.answer(ArticleQuery(name: summary.name)) }
                output.write(Array(rows.prefix(output.limit ?? .max)), evidence: true, hiding: ["article"],
                             empty: "no claims found in \(summary.name)")
            }
        }
    }
}
